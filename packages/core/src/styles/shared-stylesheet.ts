import { councilCss } from './govuk-css.generated.js';

/** The class that marks an element's subtree as shielded from host-page CSS. */
export const SCOPE_CLASS = 'ccuk-scope';

let sharedSheet: CSSStyleSheet | undefined;

/**
 * The one constructable stylesheet every instance of every component shares.
 * Constructable stylesheets are not inline styles, so a strict
 * Content-Security-Policy (no `'unsafe-inline'` in `style-src`) allows them.
 */
export function councilStyleSheet(): CSSStyleSheet {
  if (!sharedSheet) {
    sharedSheet = new CSSStyleSheet();
    sharedSheet.replaceSync(councilCss);
  }
  return sharedSheet;
}

/** Adopts the shared stylesheet into the document or shadow root holding `node`, once. */
export function adoptCouncilStyles(node: Node): void {
  const root = node.getRootNode();
  const target: Document | ShadowRoot =
    root instanceof ShadowRoot || root instanceof Document ? root : (node.ownerDocument ?? document);
  const sheet = councilStyleSheet();
  if (!target.adoptedStyleSheets.includes(sheet)) {
    target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
  }
}
