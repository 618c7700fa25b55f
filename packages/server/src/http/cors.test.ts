import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withAllowedOrigins } from './cors.js';
import { jsonResponse } from './json-response.js';
import { createRouter } from './router.js';

const context = { clientAddress: '127.0.0.1' };
const PAGE = 'https://www.example.gov.uk';
const BACK_END = 'https://api.example.gov.uk';

let calls = 0;
const router = createRouter([
  {
    method: 'GET',
    path: '/api/addresses',
    handler: () => {
      calls++;
      return jsonResponse({ addresses: [] }, { headers: { Vary: 'Accept-Language', 'Retry-After': '3' } });
    },
  },
  { method: 'POST', path: '/api/payments', handler: () => jsonResponse({ ok: true }, { status: 201 }) },
]);
const cors = withAllowedOrigins(router, { allowedOrigins: [PAGE, 'http://localhost:8080'] });

const get = (headers: Record<string, string> = {}, path = '/api/addresses'): Request =>
  new Request(`${BACK_END}${path}`, { headers });
const preflight = (origin: string, method = 'POST', requestHeaders?: string): Request =>
  new Request(`${BACK_END}/api/payments`, {
    method: 'OPTIONS',
    headers: {
      Origin: origin,
      'Access-Control-Request-Method': method,
      ...(requestHeaders === undefined ? {} : { 'Access-Control-Request-Headers': requestHeaders }),
    },
  });
const corsHeadersOf = (response: Response): string[] =>
  [...response.headers.keys()].filter((name) => name.startsWith('access-control-'));

describe('withAllowedOrigins', () => {
  it('lets an allowed origin read the answer, echoing it and adding Origin to Vary', async () => {
    const response = await cors(get({ Origin: PAGE }), context);
    expect(response.status).toBe(200);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(PAGE);
    expect(response.headers.get('Vary')).toBe('Accept-Language, Origin');
    expect(response.headers.get('Access-Control-Expose-Headers')).toBe('Retry-After');
    expect(response.headers.get('Access-Control-Allow-Credentials')).toBeNull();
    expect(response.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
    expect(await response.json()).toEqual({ addresses: [] });
  });

  it('answers an allowed POST and HEAD too, and the router’s own errors', async () => {
    const post = await cors(
      new Request(`${BACK_END}/api/payments`, { method: 'POST', headers: { Origin: PAGE }, body: '{}' }),
      context,
    );
    expect(post.status).toBe(201);
    expect(post.headers.get('Access-Control-Allow-Origin')).toBe(PAGE);
    const head = await cors(
      new Request(`${BACK_END}/api/addresses`, { method: 'HEAD', headers: { Origin: PAGE } }),
      context,
    );
    expect(head.headers.get('Access-Control-Allow-Origin')).toBe(PAGE);
    // The page must be able to read a 404 or 429 to show the right message.
    const missing = await cors(get({ Origin: PAGE }, '/api/nope'), context);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('Access-Control-Allow-Origin')).toBe(PAGE);
  });

  it('gives an origin not on the list no CORS headers, but Vary: Origin', async () => {
    for (const origin of [
      'https://evil.example',
      'https://www.example.gov.uk.evil.example',
      'http://www.example.gov.uk',
      'null',
    ]) {
      const response = await cors(get({ Origin: origin }), context);
      expect(corsHeadersOf(response)).toEqual([]);
      expect(response.headers.get('Vary')).toBe('Accept-Language, Origin');
    }
  });

  it('leaves a request with no Origin, or from its own origin, to the handler alone', async () => {
    for (const request of [get(), get({ Origin: BACK_END })]) {
      const response = await cors(request, context);
      expect(corsHeadersOf(response)).toEqual([]);
      expect(response.headers.get('Vary')).toBe('Accept-Language');
    }
  });

  it('answers an allowed preflight itself, with the methods, the safe requested headers and Max-Age', async () => {
    const before = calls;
    const response = await cors(
      preflight(PAGE, 'POST', 'Content-Type, idempotency-key, Authorization, X-Debug'),
      context,
    );
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    expect(Object.fromEntries(response.headers)).toEqual({
      'access-control-allow-origin': PAGE,
      'access-control-allow-methods': 'GET, HEAD, POST',
      'access-control-allow-headers': 'content-type, idempotency-key',
      'access-control-max-age': '600',
      vary: 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers',
    });
    expect(calls).toBe(before);
    const plain = await cors(preflight(PAGE, 'GET'), context);
    expect(plain.headers.get('Access-Control-Allow-Headers')).toBeNull();
  });

  it('refuses a preflight from an origin not on the list, or for another method, with Vary and no CORS headers', async () => {
    for (const request of [preflight('https://evil.example'), preflight(PAGE, 'DELETE'), preflight(PAGE, 'PUT')]) {
      const response = await cors(request, context);
      expect(response.status).toBe(204);
      expect(corsHeadersOf(response)).toEqual([]);
      expect(response.headers.get('Vary')).toContain('Origin');
    }
  });

  it('leaves an OPTIONS that is not a preflight to the handler', async () => {
    const response = await cors(
      new Request(`${BACK_END}/api/payments`, { method: 'OPTIONS', headers: { Origin: PAGE } }),
      context,
    );
    expect(response.status).toBe(405);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(PAGE);
  });

  it('sends credentials and Max-Age when asked', async () => {
    const withCredentials = withAllowedOrigins(router, {
      allowedOrigins: [PAGE],
      credentials: true,
      maxAgeSeconds: 7200,
    });
    const response = await withCredentials(preflight(PAGE), context);
    expect(response.headers.get('Access-Control-Allow-Credentials')).toBe('true');
    expect(response.headers.get('Access-Control-Max-Age')).toBe('7200');
    const answer = await withCredentials(get({ Origin: PAGE }), context);
    expect(answer.headers.get('Access-Control-Allow-Credentials')).toBe('true');
    expect(answer.headers.get('Access-Control-Allow-Origin')).toBe(PAGE);
  });

  it('allows any origin with a lone "*", echoing the origin rather than "*"', async () => {
    const open = withAllowedOrigins(router, { allowedOrigins: ['*'] });
    const response = await open(get({ Origin: 'https://anywhere.example' }), context);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('https://anywhere.example');
    expect(response.headers.get('Access-Control-Allow-Credentials')).toBeNull();
  });

  it('keeps Vary as it is when it already names Origin or is *', async () => {
    for (const vary of ['origin', 'Accept, Origin', '*']) {
      const wrapped = withAllowedOrigins(() => new Response('x', { headers: { Vary: vary } }), {
        allowedOrigins: [PAGE],
      });
      expect((await wrapped(get({ Origin: PAGE }), context)).headers.get('Vary')).toBe(vary);
    }
  });

  it('passes on a fetched answer, whose headers cannot be changed, and its cookies', async () => {
    const fetched = Response.redirect('https://pay.example/x', 303);
    expect(() => {
      fetched.headers.set('X', 'y');
    }).toThrow();
    const cookies = new Headers();
    cookies.append('Set-Cookie', 'a=1');
    cookies.append('Set-Cookie', 'b=2');
    const wrapped = withAllowedOrigins(
      (request) => (new URL(request.url).pathname === '/r' ? fetched : new Response('ok', { headers: cookies })),
      { allowedOrigins: [PAGE] },
    );
    const redirect = await wrapped(get({ Origin: PAGE }, '/r'), context);
    expect(redirect.status).toBe(303);
    expect(redirect.headers.get('Location')).toBe('https://pay.example/x');
    expect(redirect.headers.get('Access-Control-Allow-Origin')).toBe(PAGE);
    const withCookies = await wrapped(get({ Origin: PAGE }), context);
    expect(withCookies.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
  });

  it.each([
    [['https://www.example.gov.uk/'], /ends with a slash.*"https:\/\/www\.example\.gov\.uk"/],
    [['https://www.example.gov.uk/forms/contact'], /has a path.*"https:\/\/www\.example\.gov\.uk"/],
    [['https://WWW.Example.gov.uk'], /not written as browsers send it: "https:\/\/www\.example\.gov\.uk"/],
    [['https://www.example.gov.uk:443'], /not written as browsers send it: "https:\/\/www\.example\.gov\.uk"/],
    [['www.example.gov.uk'], /"www\.example\.gov\.uk" is not an origin/],
    [['null'], /"null" is not an origin/],
    [['file:///home/page.html'], /not an origin/],
    [['https://user:pw@www.example.gov.uk'], /user name or password/],
    [['*', PAGE], /give it alone/],
    [[], /allowedOrigins is empty/],
  ])('refuses allowedOrigins %j at start', (allowedOrigins, message) => {
    expect(() => withAllowedOrigins(router, { allowedOrigins })).toThrow(message);
  });

  it('refuses "*" with credentials, and a Max-Age that is not whole seconds', () => {
    expect(() => withAllowedOrigins(router, { allowedOrigins: ['*'], credentials: true })).toThrow(
      /"\*" cannot be used with credentials/,
    );
    for (const maxAgeSeconds of [-1, 1.5, Number.NaN])
      expect(() => withAllowedOrigins(router, { allowedOrigins: [PAGE], maxAgeSeconds })).toThrow(/maxAgeSeconds/);
  });

  it('gives CORS headers to exactly the listed origins, never "*", and Vary: Origin whenever Origin is another origin', async () => {
    const origin = fc.oneof(
      fc.constantFrom(
        PAGE,
        'http://localhost:8080',
        BACK_END,
        'null',
        'http://www.example.gov.uk',
        `${PAGE}.evil.example`,
      ),
      fc.webUrl().map((url) => new URL(url).origin),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.option(origin, { nil: undefined }),
        fc.constantFrom('GET', 'HEAD', 'POST', 'OPTIONS', 'DELETE'),
        fc.option(fc.constantFrom('GET', 'POST', 'PUT', 'DELETE'), { nil: undefined }),
        fc.boolean(),
        async (from, method, wanted, credentials) => {
          const wrapped = withAllowedOrigins(router, { allowedOrigins: [PAGE, 'http://localhost:8080'], credentials });
          const headers: Record<string, string> = {};
          if (from !== undefined) headers['Origin'] = from;
          if (wanted !== undefined) headers['Access-Control-Request-Method'] = wanted;
          const response = await wrapped(new Request(`${BACK_END}/api/payments`, { method, headers }), context);
          const allowOrigin = response.headers.get('Access-Control-Allow-Origin');
          const listed = from === PAGE || from === 'http://localhost:8080';
          expect(allowOrigin).toBe(
            listed && !(method === 'OPTIONS' && wanted && !['GET', 'POST'].includes(wanted)) ? from : null,
          );
          expect(response.headers.get('Access-Control-Allow-Credentials')).toBe(
            allowOrigin && credentials ? 'true' : null,
          );
          const vary = (response.headers.get('Vary') ?? '').toLowerCase().split(/\s*,\s*/);
          expect(vary.includes('origin')).toBe(from !== undefined && from !== BACK_END);
        },
      ),
    );
  });
});
