// The one local HTTP server of a run: the bench's pages, every script they load, our council back end's real
// address handler (packages/server) and a fake of Ideal Postcodes' API, which is both that handler's upstream and
// the API postcode-lookup calls from the page. Nothing leaves the machine.
import { createAddressesHandler } from '../../packages/server/dist/addresses/addresses-handler.js';
import { createIdealPostcodesProvider } from '../../packages/server/dist/addresses/ideal-postcodes-provider.js';
import { createNodeServer } from '../../packages/server/dist/node/node-adapter.js';
import { createRouter } from '../../packages/server/dist/http/router.js';

/** The test key of Ideal Postcodes' own documentation: the only key the fake takes. */
export const IDEAL_POSTCODES_KEY = 'iddqd';

/**
 * @typedef {{ type: string, body: string | Uint8Array }} StaticFile
 * @typedef {(request: Request) => Response | Promise<Response>} FetchHandler
 */

const NO_STORE = { 'Cache-Control': 'no-store' };

/**
 * The key of a request to Ideal Postcodes: `?api_key=`, or `Authorization: IDEALPOSTCODES api_key="…"` (as their
 * own client sends it).
 * @param {Request} request
 * @param {URL} url
 */
const keyOf = (request, url) =>
  url.searchParams.get('api_key') ?? /api_key="([^"]*)"/.exec(request.headers.get('authorization') ?? '')?.[1];

/**
 * Ideal Postcodes' `GET /v1/postcodes/{postcode}?api_key=` over the prepared answers, and `GET /v1/keys/{key}`.
 * @param {Map<string, string>} answers postcode → JSON body
 * @returns {FetchHandler}
 */
export function idealPostcodesFake(answers) {
  const json = (status, body) =>
    new Response(body, { status, headers: { 'Content-Type': 'application/json', ...NO_STORE } });
  return (request) => {
    const url = new URL(request.url);
    if (keyOf(request, url) !== IDEAL_POSTCODES_KEY && !url.pathname.startsWith('/v1/keys/')) {
      return json(401, JSON.stringify({ code: 4010, message: 'Invalid API Key' }));
    }
    const keyMatch = /\/v1\/keys\/([^/]+)$/.exec(url.pathname);
    if (keyMatch) {
      const available = decodeURIComponent(keyMatch[1]) === IDEAL_POSTCODES_KEY;
      return json(200, JSON.stringify({ result: { available }, code: 2000, message: 'Success' }));
    }
    const postcodeMatch = /\/v1\/postcodes\/([^/]+)$/.exec(url.pathname);
    const postcode = postcodeMatch ? decodeURIComponent(postcodeMatch[1]).toUpperCase().replace(/\s+/g, ' ') : '';
    const normalised = postcode.includes(' ') ? postcode : `${postcode.slice(0, -3)} ${postcode.slice(-3)}`;
    const body = answers.get(normalised);
    if (!body) return json(404, JSON.stringify({ code: 4040, message: 'Postcode not found' }));
    return json(200, body);
  };
}

/**
 * Our back end's `/api/addresses`, as a council deploys it, over Ideal Postcodes (the fake, reached in process).
 * The rate limit is raised: every run asks from 127.0.0.1.
 * @param {FetchHandler} upstream
 */
function councilAddressesHandler(upstream) {
  return createAddressesHandler({
    provider: createIdealPostcodesProvider({
      apiKey: IDEAL_POSTCODES_KEY,
      fetch: (input, init) => Promise.resolve(upstream(new Request(input, init))),
    }),
    rateLimit: { perMinute: 1_000_000, burst: 1_000_000 },
    onProviderError: (error) => console.error(`[bench server] address provider: ${error.message}`),
  });
}

/**
 * Serves files from memory by path, uncached, so every run downloads and compiles what a first visit would.
 * @param {Map<string, StaticFile>} files
 * @returns {FetchHandler}
 */
function staticFiles(files) {
  return (request) => {
    const file = files.get(new URL(request.url).pathname);
    if (!file) return new Response('not found', { status: 404 });
    return new Response(file.body, { headers: { 'Content-Type': file.type, ...NO_STORE } });
  };
}

/**
 * Starts the server on 127.0.0.1 and a free port.
 * @param {{ files: Map<string, StaticFile>, answers: Map<string, string> }} options
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function startBenchServer({ files, answers }) {
  const fake = idealPostcodesFake(answers);
  const handler = createRouter(
    [
      { method: 'GET', path: '/api/addresses', handler: councilAddressesHandler(fake) },
      { method: 'GET', path: '/v1/*', handler: fake },
      { method: 'GET', path: '/*', handler: staticFiles(files) },
    ],
    { onError: (error) => console.error('[bench server]', error) },
  );
  const server = createNodeServer(handler);
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('bench server: no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
