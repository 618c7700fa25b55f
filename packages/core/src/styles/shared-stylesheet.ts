import { councilCss } from './govuk-css.generated.js';
import { leaveTextSpacingToThePerson } from './text-spacing.js';

/** The class that marks an element's subtree as shielded from host-page CSS. */
export const SCOPE_CLASS = 'ccuk-scope';

/**
 * One constructable stylesheet per CSS text and document, shared by every instance of every component there. A
 * stylesheet can only be adopted by the document it was made for: an element moved into a same-origin iframe gets
 * that frame's own copy.
 */
const sheets = new WeakMap<Document, Map<string, CSSStyleSheet>>();

/**
 * The stylesheet for `css` in `doc` (default: this document), made once. Constructable stylesheets are not inline
 * styles, so a strict Content-Security-Policy (no `'unsafe-inline'` in `style-src`) allows them.
 */
export function styleSheetOf(css: string, doc: Document = document): CSSStyleSheet {
  let made = sheets.get(doc);
  if (!made) sheets.set(doc, (made = new Map<string, CSSStyleSheet>()));
  let sheet = made.get(css);
  if (!sheet) {
    // The frame's own constructor: a sheet made by this one's belongs to this document.
    sheet = new (doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet)();
    sheet.replaceSync(css);
    leaveTextSpacingToThePerson(sheet, doc);
    made.set(css, sheet);
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
  const doc = node.ownerDocument ?? document;
  const target = 'adoptedStyleSheets' in root ? (root as DocumentOrShadowRoot) : doc;
  const wanted = [councilCss, ...(componentCss ? [componentCss] : [])].map((css) => styleSheetOf(css, doc));
  const missing = wanted.filter((sheet) => !target.adoptedStyleSheets.includes(sheet));
  if (missing.length > 0) target.adoptedStyleSheets = [...target.adoptedStyleSheets, ...missing];
}
