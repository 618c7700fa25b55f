/**
 * Pages switch language without a reload (a CMS language toggle, a single-page app), and every component must
 * follow. One observer per document, however many components it holds: each observer of a whole document is asked
 * about every attribute the page changes, so fifty of them (a page of fifty questions) cost fifty times as much.
 */
interface SharedObserver {
  readonly observer: MutationObserver;
  readonly listeners: Set<() => void>;
}

const shared = new WeakMap<Document, SharedObserver>();

/** Tells `listener` whenever a `lang` attribute changes anywhere in `doc`, until the function it returns is called. */
export function observeLangChanges(doc: Document, listener: () => void): () => void {
  let watch = shared.get(doc);
  if (!watch) {
    const listeners = new Set<() => void>();
    // A copy: a listener may stop listening, or another start, while they are told.
    watch = { observer: new MutationObserver(() => [...listeners].forEach((each) => each())), listeners };
    shared.set(doc, watch);
  }
  const { observer, listeners } = watch;
  if (listeners.size === 0)
    observer.observe(doc.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) observer.disconnect();
  };
}
