/**
 * Tells `listener` whenever a `lang` attribute changes anywhere in `doc`.
 * Pages switch language without a reload (a CMS language toggle, a
 * single-page app), and every component must follow. One observer per
 * component: lang changes are rare, and a page holds a handful of components.
 */
export function observeLangChanges(doc: Document, listener: () => void): () => void {
  const observer = new MutationObserver(listener);
  observer.observe(doc.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  return () => {
    observer.disconnect();
  };
}
