// @council-components/loader: the one script tag a page needs for every
// Council Components element. It fetches only the components the page
// uses (and the shared runtime once), each file checked against its SRI
// hash, including elements added to the page later (a CMS widget, a
// single-page app).
//
// It imports nothing at run time and exports nothing, so that it also runs
// as a classic script. A page's `integrity` attribute covers this file only,
// and everything it loads goes through the verified imports. (The baseline
// check below is core's, copied into this file by the build.)
import { meetsBaseline } from '@council-components/core/baseline.js';
import { componentLoaders } from './components.generated.js';

/**
 * Browsers without modulepreload (Firefox before 115, Safari before 17) cannot
 * check the integrity of the files loaded after this one, so the loader does
 * not start there: the page keeps what its author wrote. (Each component's own
 * script-tag bundle, one file with its `integrity`, runs from Safari 16.4.)
 * Components check the rest of the browser baseline themselves when defined.
 */
const canVerify = (): boolean => document.createElement('link').relList.supports('modulepreload');

/** A browser the components would decline (below core's baseline) fetches nothing. */
const canStart = (): boolean => canVerify() && meetsBaseline();

const requested = new Set<string>();
const tags = Object.keys(componentLoaders);

/**
 * Loads every Council Components element in `root` (and `root` itself) that
 * is not defined yet. The loader calls it for the document and for every
 * element added later; call it yourself for content inside shadow roots, as
 * `councilComponents.loadComponentsIn(shadowRoot)`.
 */
function loadComponentsIn(root: ParentNode): void {
  if (!canStart()) return;
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

declare global {
  interface Window {
    /** What the loader offers the page (one global: the loader is also a classic script, which cannot export). */
    councilComponents?: { loadComponentsIn: (root: ParentNode) => void };
  }
}

window.councilComponents = { ...window.councilComponents, loadComponentsIn };

// Written into a page as a classic script (CMS asset APIs do): it works, but a browser too old for the components
// would then run it too, and fail; as a module such a browser skips it.
if (document.currentScript) {
  console.warn('[council-components] load council-components.js with <script type="module">, as the README shows');
}

if (canStart()) {
  loadComponentsIn(document);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) loadComponentsIn(node);
    }
    if (tags.every((tag) => customElements.get(tag))) observer.disconnect();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}
