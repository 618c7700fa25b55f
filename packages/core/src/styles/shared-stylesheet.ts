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

/** Constructable stylesheets arrived in Safari 16.4; older iPhones stay on iOS 15 and need a `<style>` element. */
const supportsConstructableSheets =
  typeof CSSStyleSheet !== 'undefined' &&
  'replaceSync' in CSSStyleSheet.prototype &&
  typeof Document !== 'undefined' &&
  'adoptedStyleSheets' in Document.prototype;

/**
 * Adopts the shared stylesheet into the document or shadow root holding
 * `node`, once. Where constructable stylesheets are missing, one `<style>`
 * element is added instead (a strict CSP blocks it, but such browsers are rare).
 */
export function adoptCouncilStyles(node: Node, constructable = supportsConstructableSheets): void {
  // Node types, not instanceof: the element may come from another frame's realm.
  const root = node.getRootNode();
  const isDocument = (candidate: Node): candidate is Document => candidate.nodeType === Node.DOCUMENT_NODE;
  const isShadowRoot = (candidate: Node): candidate is ShadowRoot =>
    candidate.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in candidate;
  const target: Document | ShadowRoot =
    isShadowRoot(root) || isDocument(root) ? root : (node.ownerDocument ?? document);
  if (!constructable) {
    const container = isDocument(target) ? target.head : target;
    if (!container.querySelector('style[data-council-components]')) {
      const style = (node.ownerDocument ?? document).createElement('style');
      style.setAttribute('data-council-components', '');
      style.textContent = councilCss;
      container.append(style);
    }
    return;
  }
  const sheet = councilStyleSheet();
  if (!target.adoptedStyleSheets.includes(sheet)) {
    target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
  }
}
