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

/**
 * Adopts the shared stylesheet into the document or shadow root holding
 * `node`, once. Every browser that runs Council Components has constructable
 * stylesheets (the baseline, `./baseline.ts`); `defineElement` does not
 * define elements anywhere else.
 */
export function adoptCouncilStyles(node: Node): void {
  // A document or a shadow root (both adopt sheets), whatever the realm; a detached element's is its document.
  const root = node.getRootNode() as Partial<DocumentOrShadowRoot>;
  const target = 'adoptedStyleSheets' in root ? (root as DocumentOrShadowRoot) : (node.ownerDocument ?? document);
  const sheet = councilStyleSheet();
  if (!target.adoptedStyleSheets.includes(sheet)) {
    target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
  }
}
