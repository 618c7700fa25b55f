/**
 * JSON responses in the shape the components expect. Errors carry a typed
 * `code` the component maps to a translated GOV.UK message; `message` is for
 * developers reading logs and is never shown to a resident.
 */
export interface ErrorBody {
  error: { code: string; message?: string };
}

const JSON_HEADERS = { 'Content-Type': 'application/json; charset=utf-8', 'X-Content-Type-Options': 'nosniff' };

export function jsonResponse(body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  for (const [name, value] of Object.entries(JSON_HEADERS)) if (!headers.has(name)) headers.set(name, value);
  return new Response(JSON.stringify(body), { ...init, headers });
}

export function errorResponse(
  status: number,
  code: string,
  options: { message?: string; retryAfterSeconds?: number; headers?: HeadersInit } = {},
): Response {
  const headers = new Headers(options.headers);
  if (options.retryAfterSeconds !== undefined) headers.set('Retry-After', String(Math.ceil(options.retryAfterSeconds)));
  if (!headers.has('Cache-Control')) headers.set('Cache-Control', 'no-store');
  const body: ErrorBody = { error: { code, ...(options.message ? { message: options.message } : {}) } };
  return jsonResponse(body, { status, headers });
}
