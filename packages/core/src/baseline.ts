/**
 * The browsers Council Components run in: constructable stylesheets adopted
 * into documents and shadow roots (Chrome and Edge 73, Firefox 101, Safari
 * 16.4). The script-tag bundles are compiled for Chrome/Edge 105, Firefox 110
 * and Safari 16.4 (packages/distribution/src/browser-targets.ts).
 *
 * Below it, elements are not defined at all, so the page stays exactly as its
 * author wrote it — the fallback fields and links that work without
 * JavaScript — rather than half-working. That also keeps iOS 15, whose
 * class-field bug (WebKit 236843) can break modern code, on the plain page.
 */
export function meetsBaseline(scope: typeof globalThis = globalThis): boolean {
  // Every browser with adoptedStyleSheets also has `new CSSStyleSheet()` and replaceSync.
  const document = scope.Document as typeof Document | undefined;
  return document !== undefined && 'adoptedStyleSheets' in document.prototype;
}
