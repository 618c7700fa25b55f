import { expect } from 'vitest';
import type { FakeService } from './fakes/fake-service.ts';
import type { openApiChecker } from './openapi-responses.ts';

/**
 * Calls to a handler (a router of `@council-components/server`, or a fake) from a test, each answer checked against
 * the OpenAPI document as it comes (`openApiChecker`): `call` for any request, `post` for JSON with an optional
 * `Idempotency-Key`. `handler` is asked for at each call, so a test may make a new one in its `beforeEach`.
 */
export function checkedCalls(
  handler: () => FakeService,
  check: ReturnType<typeof openApiChecker>,
  origin: string,
): {
  call: (path: string, init?: RequestInit) => Promise<{ status: number; body: unknown }>;
  post: (path: string, body: unknown, key?: string) => Promise<{ status: number; body: unknown }>;
} {
  async function call(path: string, init: RequestInit = {}): Promise<{ status: number; body: unknown }> {
    const response = await handler()(new Request(`${origin}${path}`, init), { clientAddress: '192.0.2.1' });
    const body: unknown = await response.json();
    const method = (init.method ?? 'GET').toLowerCase();
    expect(check(new URL(`${origin}${path}`).pathname, method, response.status, body), `${method} ${path}`).toEqual([]);
    return { status: response.status, body };
  }
  const post = (path: string, body: unknown, key?: string) =>
    call(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(key ? { 'Idempotency-Key': key } : {}) },
      body: JSON.stringify(body),
    });
  return { call, post };
}
