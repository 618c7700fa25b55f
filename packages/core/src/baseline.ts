/**
 * Whether this browser is one Council Components run in: the baseline, whose
 * versions are written once in packages/distribution/src/browser-targets.ts
 * (Chrome and Edge 105, Firefox 110, Safari 16.4), where the bundles and
 * stylesheets are compiled for them. The check is the two features that
 * arrived last among those browsers: container queries (Chrome 105, Firefox
 * 110, Safari 16) and constructable stylesheets adopted by a document (Safari
 * 16.4). `defineElement` and the loader both ask it; this is its only copy.
 *
 * Below it, elements are not defined at all, so the page stays exactly as its
 * author wrote it — the fallback fields and links that work without
 * JavaScript — rather than half-working. That also keeps iOS 15, whose
 * class-field bug (WebKit 236843) can break modern code, on the plain page.
 */
export function meetsBaseline(scope: typeof globalThis = globalThis): boolean {
  const document = scope.Document as typeof Document | undefined;
  const css = scope.CSS as typeof CSS | undefined;
  return (
    document !== undefined &&
    'adoptedStyleSheets' in document.prototype &&
    css?.supports('container-type', 'inline-size') === true
  );
}
