// @council-components/loader: the one script tag a page needs for every
// Council Components element. It fetches only the components the page
// uses (and the shared runtime once), each file checked against its SRI
// hash, including elements added to the page later (a CMS widget, a
// single-page app). Below the browser baseline it fetches nothing and the
// page keeps what its author wrote.
import { meetsBaseline } from '@council-components/core/baseline.js';
import { componentLoaders } from './components.generated.js';

const requested = new Set<string>();
const tags = Object.keys(componentLoaders);

/**
 * Loads every Council Components element in `root` (and `root` itself) that
 * is not defined yet. The loader calls it for the document and for every
 * element added later; call it yourself for content inside shadow roots.
 */
export function loadComponentsIn(root: ParentNode): void {
  if (!meetsBaseline()) return;
  for (const tag of tags) {
    const load = componentLoaders[tag];
    if (!load || requested.has(tag) || customElements.get(tag)) continue;
    if (!(root instanceof Element && root.matches(tag)) && !root.querySelector(tag)) continue;
    requested.add(tag);
    load().catch((error: unknown) => {
      // The page keeps the element's fallback content; a later insertion of the element tries again.
      requested.delete(tag);
      console.error(`[council-components] <${tag}> could not be loaded.`, error);
    });
  }
}

if (meetsBaseline()) {
  loadComponentsIn(document);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) loadComponentsIn(node);
    }
    if (tags.every((tag) => customElements.get(tag))) observer.disconnect();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}
