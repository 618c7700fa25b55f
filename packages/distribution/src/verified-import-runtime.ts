/**
 * The function the verified-imports plugin puts at the top of every chunk
 * that imports another lazily. Kept as source text (it is pasted into built
 * output, where it is minified with the rest).
 *
 * `files` are the chunk to import and every chunk it needs that is not loaded
 * yet, each with its SRI hash. Each is fetched with its hash through
 * `<link rel="modulepreload" integrity>`, which fills the browser's module
 * map, so the `import()` that follows runs exactly the verified bytes; a file
 * that fails its hash is never run. Browsers without modulepreload (Safari
 * before 17) check each file with `fetch(…, { integrity })` first, then
 * import it (best effort: the import is normally served from that fetch's
 * cache). Nothing waits for ever: a file that does not arrive in 20 seconds
 * fails the import, and the component shows its "try again" message.
 */
export const VERIFIED_IMPORT_RUNTIME = `
const __ccukPending = new Map();
function __ccukImport(specifier, files) {
  const base = import.meta.url;
  const preloads = document.createElement('link').relList.supports?.('modulepreload');
  const verify = ([file, integrity]) => {
    const href = new URL(file, base).href;
    let pending = __ccukPending.get(href);
    if (!pending) {
      pending = new Promise((resolve, reject) => {
        const fail = () => {
          __ccukPending.delete(href);
          reject(new Error('[council-components] ' + href + ' could not be loaded or failed its integrity check'));
        };
        const timer = setTimeout(fail, 20000);
        const done = () => { clearTimeout(timer); resolve(); };
        if (preloads) {
          const link = document.createElement('link');
          link.rel = 'modulepreload';
          link.href = href;
          link.integrity = integrity;
          link.onload = done;
          link.onerror = () => { clearTimeout(timer); fail(); };
          document.head.append(link);
        } else {
          fetch(href, { integrity }).then((response) => {
            if (response.ok) done(); else { clearTimeout(timer); fail(); }
          }, () => { clearTimeout(timer); fail(); });
        }
      });
      __ccukPending.set(href, pending);
    }
    return pending;
  };
  return Promise.all(files.map(verify)).then(() => import(new URL(specifier, base).href));
}
`;
