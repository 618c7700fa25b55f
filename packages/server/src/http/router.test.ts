import { describe, expect, it, vi } from 'vitest';
import { jsonResponse } from './json-response.js';
import { createRouter } from './router.js';

const context = { clientAddress: '127.0.0.1' };
const router = createRouter(
  [
    { method: 'GET', path: '/api/hello', handler: () => jsonResponse({ hello: 'world' }) },
    {
      method: 'POST',
      path: '/api/hello',
      handler: async (request) => jsonResponse(await request.json(), { status: 201 }),
    },
    {
      method: 'GET',
      path: '/fakes/upstream/*',
      handler: (request) => jsonResponse({ path: new URL(request.url).pathname }),
    },
    {
      method: 'GET',
      path: '/api/broken',
      handler: () => {
        throw new Error('database password is hunter2');
      },
    },
  ],
  { onError: () => undefined },
);

describe('createRouter', () => {
  it('routes by method and exact path', async () => {
    const get = await router(new Request('http://x/api/hello'), context);
    expect(get.status).toBe(200);
    expect(await get.json()).toEqual({ hello: 'world' });
    const post = await router(new Request('http://x/api/hello', { method: 'POST', body: '{"a":1}' }), context);
    expect(post.status).toBe(201);
    expect(await post.json()).toEqual({ a: 1 });
  });

  it('routes a prefix', async () => {
    const response = await router(new Request('http://x/fakes/upstream/search/places/v1/postcode'), context);
    expect(await response.json()).toEqual({ path: '/fakes/upstream/search/places/v1/postcode' });
  });

  it('answers HEAD through the GET handler', async () => {
    expect((await router(new Request('http://x/api/hello', { method: 'HEAD' }), context)).status).toBe(200);
  });

  it('answers 404 and 405 as typed JSON errors', async () => {
    const missing = await router(new Request('http://x/nope'), context);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: { code: 'not-found' } });

    const wrongMethod = await router(new Request('http://x/api/hello', { method: 'DELETE' }), context);
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('Allow')).toBe('GET, POST');
    expect(await wrongMethod.json()).toEqual({ error: { code: 'method-not-allowed' } });
  });

  it('turns a thrown error into a 500 that leaks nothing, and reports it', async () => {
    const onError = vi.fn();
    const reporting = createRouter(
      [
        {
          method: 'GET',
          path: '/boom',
          handler: () => {
            throw new Error('secret');
          },
        },
      ],
      { onError },
    );
    const response = await reporting(new Request('http://x/boom'), context);
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).toBe('{"error":{"code":"internal-error"}}');
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'secret' }), expect.any(Request));
    const broken = await router(new Request('http://x/api/broken'), context);
    expect(await broken.text()).not.toContain('hunter2');
  });
});
