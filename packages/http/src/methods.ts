export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Whether repeating the request cannot do a thing twice (RFC 9110): safe to
 * retry. A POST or PATCH is safe to retry only with an `Idempotency-Key`.
 */
export function isIdempotent(method: HttpMethod, idempotencyKey?: string): boolean {
  return method === 'GET' || method === 'HEAD' || method === 'PUT' || method === 'DELETE' || !!idempotencyKey;
}

/** Whether a `Content-Type` is JSON (`application/json`, `application/problem+json`, with or without parameters). */
export function isJsonMediaType(contentType: string | null | undefined): boolean {
  return /^application\/([\w.+-]*\+)?json\b/i.test(contentType?.trim() ?? '');
}
