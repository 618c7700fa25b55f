import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonResponse } from '../http/json-response.js';
import { createRouter } from '../http/router.js';
import { toNodeListener } from './node-adapter.js';

let server: Server;
let base: string;

beforeAll(async () => {
  const handler = createRouter([
    { method: 'GET', path: '/who', handler: (_request, context) => jsonResponse({ client: context.clientAddress }) },
    {
      method: 'POST',
      path: '/echo',
      handler: async (request) =>
        jsonResponse({ received: (await request.json()) as unknown, type: request.headers.get('content-type') }),
    },
    {
      method: 'GET',
      path: '/cookies',
      handler: () => {
        const headers = new Headers();
        headers.append('Set-Cookie', 'a=1; HttpOnly');
        headers.append('Set-Cookie', 'b=2; HttpOnly');
        return new Response('ok', { headers });
      },
    },
  ]);
  server = createServer(toNodeListener(handler, { bodyLimit: 1024 }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe('toNodeListener', () => {
  it('passes the client address to the handler', async () => {
    const response = await fetch(`${base}/who`);
    expect(await response.json()).toEqual({ client: '127.0.0.1' });
  });

  it('ignores X-Forwarded-For unless told to trust a proxy', async () => {
    const response = await fetch(`${base}/who`, { headers: { 'X-Forwarded-For': '203.0.113.9' } });
    expect(await response.json()).toEqual({ client: '127.0.0.1' });
  });

  it('streams a request body to the handler', async () => {
    const response = await fetch(`${base}/echo`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ postcode: 'SO16 0AS' }),
    });
    expect(await response.json()).toEqual({ received: { postcode: 'SO16 0AS' }, type: 'application/json' });
  });

  it('refuses a body over the limit with 413', async () => {
    const response = await fetch(`${base}/echo`, { method: 'POST', body: 'x'.repeat(4096) });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: { code: 'body-too-large' } });
  });

  it('keeps every Set-Cookie header', async () => {
    const response = await fetch(`${base}/cookies`);
    expect(response.headers.getSetCookie()).toEqual(['a=1; HttpOnly', 'b=2; HttpOnly']);
  });

  it('refuses the old trustProxy option, which trusted what the client wrote, saying what replaced it', () => {
    expect(() => toNodeListener(() => new Response(), { trustProxy: true } as never)).toThrow(/trustedProxies/);
  });

  it('answers unknown paths with the router’s JSON 404', async () => {
    const response = await fetch(`${base}/missing`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  });
});
