/**
 * The function the verified-imports plugin puts at the top of every chunk
 * that imports another lazily. Kept as source text (it is pasted into built
 * output, where it is minified with the rest).
 *
 * `files` are the chunk to import and every chunk it needs that is not loaded
 * yet, each with its SRI hash. Each is fetched with its hash through
 * `<link rel="modulepreload" integrity>`, which fills the browser's module
 * map, so the `import()` that follows runs exactly the verified bytes; a file
 * that fails its hash is never run. The links carry the nonce of the page's
 * scripts, for pages whose CSP allows scripts by nonce. Browsers without
 * modulepreload (Firefox before 115, Safari before 17) cannot be given that
 * guarantee, so nothing is imported there: the loader does not start in them.
 * Nothing waits for ever: a file that does not arrive in 20 seconds fails the
 * import, and the component shows its "try again" message.
 *
 * Files are found beside the file that imports them, whose address is taken
 * when it runs: from its script element when it was loaded as a classic script
 * (a CMS's asset API writing `<script src>` without `type="module"`), else
 * from the stack of an error made then, where every browser names the file.
 * Not `import.meta.url`: a classic script holding it would not even parse, and
 * could not tell the page what to change.
 */
export const VERIFIED_IMPORT_RUNTIME = `
const __ccukPending = new Map();
const __ccukBase = document.currentScript?.src || /(https?|file):\\/\\/[^\\s()]+?(?=:\\d+:\\d+)/.exec(new Error().stack)?.[0];
function __ccukImport(specifier, files) {
  const base = __ccukBase;
  if (!base) return Promise.reject(new Error('[council-components] could not tell where this file was loaded from'));
  if (!document.createElement('link').relList.supports?.('modulepreload')) {
    return Promise.reject(new Error('[council-components] this browser cannot check the integrity of ' + specifier));
  }
  const scripts = [...document.querySelectorAll('script[nonce]')];
  const nonce = (scripts.find((script) => script.src === base) ?? scripts[0])?.nonce;
  const verify = ([file, integrity]) => {
    const href = new URL(file, base).href;
    let pending = __ccukPending.get(href);
    if (!pending) {
      const attempt = new Promise((resolve, reject) => {
        const link = document.createElement('link');
        const settle = (loaded) => {
          clearTimeout(timer);
          link.onload = link.onerror = null;
          if (loaded) return resolve();
          link.remove();
          // A later attempt may already be waiting for this file: leave it be.
          if (__ccukPending.get(href) === attempt) __ccukPending.delete(href);
          reject(new Error('[council-components] ' + href + ' could not be loaded or failed its integrity check'));
        };
        const timer = setTimeout(() => settle(false), 20000);
        link.rel = 'modulepreload';
        link.href = href;
        link.integrity = integrity;
        if (nonce) link.nonce = nonce;
        link.onload = () => settle(true);
        link.onerror = () => settle(false);
        document.head.append(link);
      });
      pending = attempt;
      __ccukPending.set(href, attempt);
    }
    return pending;
  };
  return Promise.all(files.map(verify)).then(() => import(new URL(specifier, base).href));
}
`;
