import { createHash } from 'node:crypto';

/**
 * The collector's answers. Its error codes are its own (its OpenAPI document lists them), in the same
 * `{ "error": { "code", "message" } }` shape as the council back end's; a beacon's answer is never read by the
 * page that sent it (`navigator.sendBeacon` cannot), so codes and messages are for developers and tests.
 */
export const COLLECTOR_ERROR_STATUS = {
  'bad-request': 400,
  'beacon-invalid': 400,
  'package-unknown': 400,
  'origin-refused': 400,
  'not-found': 404,
  'method-not-allowed': 405,
  'body-too-large': 413,
  'unsupported-media-type': 415,
  'rate-limited': 429,
  'storage-unavailable': 503,
} as const satisfies Readonly<Record<string, number>>;

export type CollectorErrorCode = keyof typeof COLLECTOR_ERROR_STATUS;

/**
 * On every answer: any page may send a beacon and read the counts (`*`, never with credentials: there is nothing
 * of a user's here), and no answer is sniffed as another type.
 */
export const EVERY_ANSWER_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  'X-Content-Type-Options': 'nosniff',
};

export function collectorError(
  code: CollectorErrorCode,
  options: { message?: string; retryAfterSeconds?: number; headers?: Record<string, string> } = {},
): Response {
  const headers = new Headers({
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...options.headers,
  });
  if (options.retryAfterSeconds !== undefined) headers.set('Retry-After', String(options.retryAfterSeconds));
  const body = { error: { code, ...(options.message === undefined ? {} : { message: options.message }) } };
  return new Response(JSON.stringify(body), { status: COLLECTOR_ERROR_STATUS[code], headers });
}

/** The answer to a CORS preflight: the methods a path takes, for a day. */
export function preflightAnswer(methods: string, allowHeaders: string): Response {
  return new Response(null, {
    status: 204,
    headers: {
      'Access-Control-Allow-Methods': methods,
      'Access-Control-Allow-Headers': allowHeaders,
      'Access-Control-Max-Age': '86400',
      'Cache-Control': 'public, max-age=86400',
    },
  });
}

/**
 * A public, cacheable report (JSON or CSV): five minutes in any cache, an ETag of its bytes, and a 304 when the
 * client already has them. The counts change only as beacons arrive, so a CDN in front takes most of the reads.
 */
export function cacheableAnswer(request: Request, body: string, contentType: string): Response {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
  const headers = {
    'Cache-Control': 'public, max-age=300',
    ETag: etag,
    Vary: 'Accept',
    'Access-Control-Expose-Headers': 'ETag',
  };
  if (matchesEtag(request.headers.get('If-None-Match'), etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers: { ...headers, 'Content-Type': contentType } });
}

/** RFC 9110's weak comparison, as If-None-Match uses: `W/` is ignored; `*` matches any. */
function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (ifNoneMatch === null) return false;
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}
