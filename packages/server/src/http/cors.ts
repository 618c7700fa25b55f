import type { Handler } from './handler.js';

export interface AllowedOriginsOptions {
  /**
   * The origins of the pages that use the back end, exactly as browsers send them in `Origin`: scheme, host and
   * any port, no path, no trailing slash (`https://www.example.gov.uk`, `http://localhost:8080`). `['*']` alone
   * allows any page, without credentials only: for a back end whose every answer is public.
   */
  allowedOrigins: readonly string[];
  /**
   * Allow the page's cookies and HTTP authentication to go with its requests (`Access-Control-Allow-Credentials`).
   * Default false: the components never send credentials to another origin.
   */
  credentials?: boolean;
  /** How long a browser may keep a preflight's answer (`Access-Control-Max-Age`). Default 600 (Chromium keeps at most 7,200). */
  maxAgeSeconds?: number;
}

/**
 * The methods allowed across origins: those the components and the server's routes use. They are CORS's
 * safelisted methods, so a browser checks the list only for other methods, which are refused.
 */
const METHODS = ['GET', 'HEAD', 'POST'];

/**
 * Request headers a page may send across origins, besides those any page may (`Accept`…): those the components
 * send (`Content-Type: application/json`, `Idempotency-Key`), and the language headers with values outside
 * CORS's safelist. A preflight asking for any other (`Authorization`, `X-Anything`) gets only these, and the
 * browser then stops the request.
 */
const HEADERS: ReadonlySet<string> = new Set([
  'accept',
  'accept-language',
  'content-language',
  'content-type',
  'idempotency-key',
]);

/** Response headers the components read besides CORS's safelisted ones (`Content-Type`): a 429's or 503's wait. */
const EXPOSED = 'Retry-After';

/**
 * Lets pages on other origins call the handler (usually the whole `createRouter`), by CORS: a council whose CMS
 * is on `www.example.gov.uk` and whose back end is on `api.example.gov.uk`.
 *
 * - A request from an allowed origin is answered by the handler, with `Access-Control-Allow-Origin: <that
 *   origin>` (never `*`), `Vary: Origin` added to any `Vary` it had, and `Retry-After` exposed to the page.
 * - A preflight (`OPTIONS` with `Origin` and `Access-Control-Request-Method`) from an allowed origin is answered
 *   here, 204: GET, HEAD and POST, the requested headers among those the components send, and `Max-Age`.
 * - From any other origin, the answer (204 for a preflight, the handler's otherwise) has no CORS headers, so the
 *   browser does not let the page read it; it has `Vary: Origin`, as every answer whose headers depend on it.
 * - A request with no `Origin`, or from the back end's own origin, is the handler's alone, untouched.
 *
 * The origins are checked here, at start: one a browser could never send (`https://www.example.gov.uk/`, with a
 * slash or a path, in capitals, with the default port), `null`, or `*` beside other origins or with
 * `credentials` throws an error saying what to write instead.
 */
export function withAllowedOrigins(handler: Handler, options: AllowedOriginsOptions): Handler {
  const { allowedOrigins, credentials = false, maxAgeSeconds = 600 } = options;
  const anyOrigin = checkedOrigins(allowedOrigins, credentials);
  if (!Number.isInteger(maxAgeSeconds) || maxAgeSeconds < 0) {
    throw new Error(
      `withAllowedOrigins: maxAgeSeconds must be a whole number of seconds, 0 or more; not ${String(maxAgeSeconds)}`,
    );
  }
  const allowed = new Set(allowedOrigins);
  const isAllowed = (origin: string): boolean => anyOrigin || allowed.has(origin);

  return async (request, context) => {
    const origin = request.headers.get('Origin');
    if (origin === null || origin === new URL(request.url).origin) return handler(request, context);
    const wanted = request.headers.get('Access-Control-Request-Method');
    if (request.method === 'OPTIONS' && wanted !== null) {
      const headers = new Headers({ Vary: 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers' });
      if (isAllowed(origin) && METHODS.includes(wanted)) {
        allowOrigin(headers, origin, credentials);
        headers.set('Access-Control-Allow-Methods', METHODS.join(', '));
        const asked = (request.headers.get('Access-Control-Request-Headers') ?? '')
          .split(',')
          .map((name) => name.trim().toLowerCase())
          .filter((name) => HEADERS.has(name));
        if (asked.length > 0) headers.set('Access-Control-Allow-Headers', asked.join(', '));
        headers.set('Access-Control-Max-Age', String(maxAgeSeconds));
      }
      return new Response(null, { status: 204, headers });
    }
    const response = await handler(request, context);
    // A copy: a `Response` from `fetch` (a handler passing an upstream's answer on) has headers that cannot change.
    const headers = new Headers(response.headers);
    addVary(headers, 'Origin');
    if (isAllowed(origin)) {
      allowOrigin(headers, origin, credentials);
      headers.set('Access-Control-Expose-Headers', EXPOSED);
    }
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  };
}

function allowOrigin(headers: Headers, origin: string, credentials: boolean): void {
  headers.set('Access-Control-Allow-Origin', origin);
  if (credentials) headers.set('Access-Control-Allow-Credentials', 'true');
}

/** Adds `name` to `Vary`, keeping what is there; nothing when it is there already or `Vary` is `*`. */
function addVary(headers: Headers, name: string): void {
  const present = (headers.get('Vary') ?? '').split(',').map((field) => field.trim().toLowerCase());
  if (!present.includes(name.toLowerCase()) && !present.includes('*')) headers.append('Vary', name);
}

/** Throws, saying what to write, for an origin a browser would never send; true for a lone `*`. */
function checkedOrigins(origins: readonly string[], credentials: boolean): boolean {
  const problem = (text: string): Error =>
    new Error(`withAllowedOrigins: ${text}. Write each origin as browsers send it: https://www.example.gov.uk`);
  if (origins.length === 0)
    throw problem('allowedOrigins is empty: list the origins of the pages that use this back end');
  if (origins.includes('*')) {
    if (origins.length > 1) throw problem('"*" allows every origin: give it alone, or list origins without it');
    if (credentials) {
      throw problem(
        '"*" cannot be used with credentials: that would let any site act with the resident\'s cookies. List the origins',
      );
    }
    return true;
  }
  for (const origin of origins) {
    let url: URL | undefined;
    try {
      url = new URL(origin);
    } catch {
      url = undefined;
    }
    if (url?.origin === origin) continue;
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
      throw problem(`"${origin}" is not an origin (an http or https address)`);
    }
    if (url.username || url.password)
      throw problem(`"${origin}" has a user name or password, which an origin never has`);
    const extra = `${url.pathname}${url.search}${url.hash}`;
    if (origin.endsWith('/') && origin.slice(0, -1) === url.origin) {
      throw problem(`"${origin}" ends with a slash, which an origin never has: "${url.origin}"`);
    }
    if (extra !== '/' && extra !== '')
      throw problem(`"${origin}" has a path, which an origin never has: "${url.origin}"`);
    throw problem(`"${origin}" is not written as browsers send it: "${url.origin}"`);
  }
  return false;
}
