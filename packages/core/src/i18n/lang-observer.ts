/**
 * One MutationObserver per document watches every `lang` attribute, and tells
 * each subscribed element to look again. Pages switch language without a
 * reload (a CMS language toggle, a single-page app), and every component must
 * follow.
 */
type Listener = () => void;

const listenersByDocument = new WeakMap<Document, Set<Listener>>();
const observers = new WeakMap<Document, MutationObserver>();

export function observeLangChanges(doc: Document, listener: Listener): () => void {
  let listeners = listenersByDocument.get(doc);
  if (!listeners) {
    listeners = new Set();
    listenersByDocument.set(doc, listeners);
  }
  listeners.add(listener);

  if (!observers.has(doc)) {
    const current = listeners;
    const observer = new MutationObserver(() => {
      for (const notify of [...current]) notify();
    });
    observer.observe(doc.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    observers.set(doc, observer);
  }

  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observers.get(doc)?.disconnect();
      observers.delete(doc);
    }
  };
}
