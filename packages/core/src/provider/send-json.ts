import { isIdempotent, type HttpMethod } from '@council-components/http/methods.js';
import { requestJson, type ProviderRequest } from './provider-client.js';

export interface SendRequest<T> extends ProviderRequest<T> {
  method: HttpMethod;
  /** Sent as JSON. */
  body?: unknown;
  headers?: Readonly<Record<string, string>>;
  /** Makes a POST or PATCH safe to retry; sent as the `Idempotency-Key` header. */
  idempotencyKey?: string;
}

/**
 * `requestJson` for a request that sends something: a JSON body, headers, an
 * `Idempotency-Key`. Tried again after a passing failure only when repeating
 * it cannot do its thing twice (RFC 9110's idempotent methods, or a key):
 * a payment is never taken twice.
 */
export function sendJson<T>(url: string | URL, request: SendRequest<T>): Promise<T> {
  const { method, body, idempotencyKey } = request;
  const headers: Record<string, string> = { ...request.headers };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (idempotencyKey !== undefined) headers['Idempotency-Key'] = idempotencyKey;
  return requestJson(url, request, {
    method,
    headers,
    body: body === undefined ? null : JSON.stringify(body),
    repeatable: isIdempotent(method, idempotencyKey),
  });
}
