import { councilCss } from './govuk-css.generated.js';

/** The class that marks an element's subtree as shielded from host-page CSS. */
export const SCOPE_CLASS = 'ccuk-scope';

/** One constructable stylesheet per CSS text, shared by every instance of every component. */
const sheets = new Map<string, CSSStyleSheet>();

/**
 * The stylesheet for `css`, made once. Constructable stylesheets are not
 * inline styles, so a strict Content-Security-Policy (no `'unsafe-inline'` in
 * `style-src`) allows them.
 */
export function styleSheetOf(css: string): CSSStyleSheet {
  let sheet = sheets.get(css);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(css, sheet);
  }
  return sheet;
}

/**
 * Adopts core's shared stylesheet, then a component's own (`componentCss`),
 * into the document or shadow root holding `node`, each once. The component's
 * comes later, so at equal specificity its rules win. Every browser that runs
 * Council Components has constructable stylesheets (the baseline,
 * `../baseline.ts`); `defineElement` does not define elements anywhere else.
 */
export function adoptCouncilStyles(node: Node, componentCss?: string): void {
  // A document or a shadow root (both adopt sheets), whatever the realm; a detached element's is its document.
  const root = node.getRootNode() as Partial<DocumentOrShadowRoot>;
  const target = 'adoptedStyleSheets' in root ? (root as DocumentOrShadowRoot) : (node.ownerDocument ?? document);
  const wanted = [styleSheetOf(councilCss), ...(componentCss ? [styleSheetOf(componentCss)] : [])];
  const missing = wanted.filter((sheet) => !target.adoptedStyleSheets.includes(sheet));
  if (missing.length > 0) target.adoptedStyleSheets = [...target.adoptedStyleSheets, ...missing];
}
