import type { FakeService } from './fakes/fake-service.ts';
import { fetchVia } from './fakes/in-process-fetch.ts';

/**
 * Makes this page's `fetch` reach `backend` for its own origin's paths under
 * `prefixes` (a council's `/api/…`, the fakes' `/fakes/…`), and the network
 * for everything else: the docs site has no server behind it, so its stories
 * talk to the fixtures' back ends running in the page, as tests talk to them
 * over HTTP.
 */
export function installInPageBackend(backend: FakeService, prefixes: readonly string[] = ['/api/', '/fakes/']): void {
  const network = globalThis.fetch.bind(globalThis);
  const inPage = fetchVia(backend);
  globalThis.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    const local = url.origin === location.origin && prefixes.some((prefix) => url.pathname.startsWith(prefix));
    return local ? inPage(input, init) : network(input, init);
  };
}
