import type { FakeService } from './fakes/fake-service.ts';
import { fetchVia } from './fakes/in-process-fetch.ts';

/**
 * Makes this page's `fetch` reach `backend` for its own origin's paths under
 * `prefixes` (a council's `/api/…`, the fakes' `/fakes/…`), and the network
 * for everything else: the docs site has no server behind it, so its stories
 * talk to the fixtures' back ends running in the page, as tests talk to them
 * over HTTP. It keeps the back end's cookies as a browser keeps a server's
 *: the payments back end knows a returning resident by one.
 */
export function installInPageBackend(backend: FakeService, prefixes: readonly string[] = ['/api/', '/fakes/']): void {
  const network = globalThis.fetch.bind(globalThis);
  const inPage = fetchVia(backend);
  const jar = new CookieJar();
  recordSetCookies();
  globalThis.fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    const local = url.origin === location.origin && prefixes.some((prefix) => url.pathname.startsWith(prefix));
    // Made only for the page's back end: a Request read here could not be sent to the network after.
    if (!local) return network(input, init);
    const response = await inPage(jar.sendWith(new Request(input instanceof Request ? input : url, init)));
    jar.keep(SET_COOKIES.get(response) ?? [], url);
    return response;
  };
}

/**
 * The `Set-Cookie` headers of every Response made in this page. A browser drops `Set-Cookie` from a Response built
 * in script (it is a forbidden response header), so a handler running in the page would lose its cookie before the
 * jar saw it: each is read from the headers it was made with.
 */
const SET_COOKIES = new WeakMap<Response, string[]>();

function recordSetCookies(): void {
  const Made = globalThis.Response;
  globalThis.Response = class extends Made {
    constructor(body?: BodyInit | null, init?: ResponseInit) {
      super(body, init);
      const cookies = new Headers(init?.headers).getSetCookie();
      if (cookies.length > 0) SET_COOKIES.set(this, cookies);
    }
  };
}

/**
 * The back end's cookies, as RFC 6265 keeps them for one origin: each by its name and path, sent back on requests
 * under that path; without `Path`, the request's directory; `Max-Age` of none or less forgets one.
 */
class CookieJar {
  readonly #cookies = new Map<string, { name: string; value: string; path: string }>();

  keep(setCookies: readonly string[], url: URL): void {
    for (const line of setCookies) {
      const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
      const at = pair.indexOf('=');
      if (at <= 0) continue;
      const name = pair.slice(0, at);
      const attribute = (wanted: string): string | undefined =>
        attributes.find((part) => part.toLowerCase().startsWith(`${wanted}=`))?.slice(wanted.length + 1);
      const path = attribute('path') ?? (url.pathname.slice(0, url.pathname.lastIndexOf('/')) || '/');
      if (Number(attribute('max-age') ?? 1) <= 0) this.#cookies.delete(`${name};${path}`);
      else this.#cookies.set(`${name};${path}`, { name, value: pair.slice(at + 1), path });
    }
  }

  /**
   * `request` with the cookies for its path, as a browser sends them. `Cookie` is a forbidden request header, which
   * a Request made in script drops: the request is given headers of its own that keep it.
   */
  sendWith(request: Request): Request {
    const path = new URL(request.url).pathname;
    const sent = [...this.#cookies.values()]
      .filter((cookie) => path === cookie.path || path.startsWith(`${cookie.path.replace(/\/$/, '')}/`))
      // Longer paths first, as browsers send them.
      .sort((a, b) => b.path.length - a.path.length)
      .map((cookie) => `${cookie.name}=${cookie.value}`);
    if (sent.length === 0) return request;
    const headers = new Headers(request.headers);
    headers.set('Cookie', sent.join('; '));
    Object.defineProperty(request, 'headers', { value: headers });
    return request;
  }
}
