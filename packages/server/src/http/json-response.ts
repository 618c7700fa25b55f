import { ERROR_STATUS, type ErrorBody, type ErrorCode } from '@council-components/http/error-codes.js';
import { formatRetryAfter } from '@council-components/http/retry-after.js';

/**
 * JSON responses in the shape the components expect. Errors carry a typed
 * `code` (`@council-components/http/error-codes.js`, which also gives the
 * status) that the component maps to a translated GOV.UK message; `message` is
 * for developers reading logs and is never shown to a resident.
 */
const JSON_HEADERS = { 'Content-Type': 'application/json; charset=utf-8', 'X-Content-Type-Options': 'nosniff' };

export function jsonResponse(body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  for (const [name, value] of Object.entries(JSON_HEADERS)) if (!headers.has(name)) headers.set(name, value);
  return new Response(JSON.stringify(body), { ...init, headers });
}

/** `{ "error": { "code" } }` with the code's status, never cached; `Retry-After` in whole seconds when given. */
export function errorResponse(
  code: ErrorCode,
  options: { message?: string; retryAfterSeconds?: number | undefined; headers?: HeadersInit } = {},
): Response {
  const headers = new Headers(options.headers);
  if (options.retryAfterSeconds !== undefined) headers.set('Retry-After', formatRetryAfter(options.retryAfterSeconds));
  if (!headers.has('Cache-Control')) headers.set('Cache-Control', 'no-store');
  const body: ErrorBody = { error: { code, ...(options.message ? { message: options.message } : {}) } };
  return jsonResponse(body, { status: ERROR_STATUS[code], headers });
}
