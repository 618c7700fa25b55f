import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GOVUK_PAY_TEST_KEY } from '@council-components/testing/fakes/govuk-pay-fake.js';
import { openApiChecker } from '@council-components/testing/openapi-responses.js';
import { startSandbox, type RunningSandbox } from './server.ts';

const check = openApiChecker(
  fileURLToPath(new URL('../../../packages/server/openapi/payments.openapi.json', import.meta.url)),
);

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startSandbox(0);
});
afterAll(async () => {
  await sandbox.close();
});

/** A resident's browser, as far as cookies and redirects go. */
function browser() {
  const cookies = new Map<string, string>();
  return async (url: string | URL, init: RequestInit = {}): Promise<Response> => {
    const headers = new Headers(init.headers);
    if (cookies.size > 0) headers.set('Cookie', [...cookies].map(([name, value]) => `${name}=${value}`).join('; '));
    const response = await fetch(new URL(url, sandbox.url), { ...init, headers, redirect: 'manual' });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const at = pair.indexOf('=');
      cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return response;
  };
}

describe('the sandbox’s payments back end, over GOV.UK Pay’s fake', () => {
  it('takes a payment end to end over HTTP: create, GOV.UK Pay’s card page on the sandbox, the return, the outcome', async () => {
    const go = browser();
    const created = await go('/api/payments', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
      body: JSON.stringify({ item: 'garden-waste', reference: 'GW-0042' }),
    });
    const body: unknown = await created.json();
    expect(check('/api/payments', 'post', created.status, body)).toEqual([]);
    const { nextUrl } = body as { nextUrl: string };
    // GOV.UK Pay's page, as the fake serves it: on the sandbox, where a browser reaches it.
    expect(new URL(nextUrl).origin).toBe(new URL(sandbox.url).origin);
    const page = await go(nextUrl);
    expect(await page.text()).toContain('Garden waste subscription 2027');
    const paid = await go(nextUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'cardNumber=4444+3333+2222+1111',
    });
    expect(paid.status).toBe(303);
    expect(paid.headers.get('location')).toBe(new URL('/pay?payment=returned', sandbox.url).href);
    const status = await go('/api/payments/status?status=failed');
    const outcome: unknown = await status.json();
    expect(check('/api/payments/status', 'get', status.status, outcome)).toEqual([]);
    expect(outcome).toEqual({
      outcome: 'paid',
      reference: 'GW-0042',
      amount: 4500,
      description: 'Garden waste subscription 2027',
    });
    // Another browser, without the cookie, is told of no payment.
    expect((await browser()('/api/payments/status')).status).toBe(404);
  });

  it('the GOV.UK Pay API key exists only on the server: no built bundle, page or answer the browser gets contains one', async () => {
    // A GOV.UK Pay key, test or live, as GOV.UK Pay issues them.
    const payKey = /api_(?:test|live)_[A-Za-z0-9]/;
    const packages = fileURLToPath(new URL('../../../packages/', import.meta.url));
    const built = readdirSync(packages).flatMap((folder) => {
      try {
        return readdirSync(join(packages, folder, 'dist'), { recursive: true, encoding: 'utf8' })
          .filter((file) => /\.(?:js|mjs|json|d\.ts)$/.test(file))
          .map((file) => join(packages, folder, 'dist', file));
      } catch {
        return [];
      }
    });
    // The component packages' bundles and modules, the loader's chunks, the server's own code: all built.
    expect(built.some((file) => file.endsWith('council-payment.bundle.js'))).toBe(true);
    for (const file of built) expect(readFileSync(file, 'utf8'), file).not.toMatch(payKey);
    const go = browser();
    const answers = [
      await go('/pay'),
      await go('/pay?lang=cy'),
      await go('/api/payments', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
        body: JSON.stringify({ item: 'garden-waste', reference: 'GW-0043' }),
      }),
      await go('/api/payments/status'),
    ];
    for (const answer of answers) {
      expect(await answer.text()).not.toContain(GOVUK_PAY_TEST_KEY);
      expect([...answer.headers.values()].join('\n')).not.toMatch(payKey);
    }
  });
});
