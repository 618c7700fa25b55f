import { createHmac } from 'node:crypto';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createGovukPayFake,
  GOVUK_PAY_TEST_KEY,
  GOVUK_PAY_WEBHOOK_SECRET,
  type GovukPayFake,
} from '@council-components/testing/fakes/govuk-pay-fake.js';
import { fetchVia } from '@council-components/testing/fakes/in-process-fetch.js';
import { openApiChecker } from '@council-components/testing/openapi-responses.js';
import { testEngines, type TestDatabase } from '@council-components/testing/test-databases.js';
import { createRouter } from '../http/router.js';
import type { Handler } from '../http/handler.js';
import { openStorage, type Storage } from '../storage/open-storage.js';
import { govukPayClient } from './govuk-pay-client.js';
import { PAYMENT_COOKIE, webhookSignatureValid } from './payment-cookie.js';
import { PaymentRecords } from './payment-records.js';
import { createPaymentsHandlers, priceList } from './payments-handler.js';

const COUNCIL = 'https://council.example';
const COOKIE_SECRET = 'a-cookie-secret-of-at-least-32-characters';
const check = openApiChecker(resolve(import.meta.dirname, '../../openapi/payments.openapi.json'));

const PRICES = priceList([
  {
    id: 'garden-waste',
    amount: 4500,
    description: 'Garden waste subscription 2027',
    descriptionCy: 'Tanysgrifiad gwastraff gardd 2027',
  },
]);

describe.each(testEngines())('payments on GOV.UK Pay, stored in $engine', ({ skip, fresh }) => {
  let database: TestDatabase;
  let storage: Storage;
  let pay: GovukPayFake;
  let router: Handler;
  let webhooks: { body: string; signature: string }[];
  let logged: string[];
  let clock: number;

  beforeEach(async (context) => {
    if (skip) context.skip(skip);
    database = await fresh();
    storage = await openStorage({ url: database.url });
    webhooks = [];
    logged = [];
    clock = Date.parse('2026-12-03T10:00:00Z');
    pay = createGovukPayFake({
      now: () => clock,
      webhook: {
        secret: GOVUK_PAY_WEBHOOK_SECRET,
        deliver: (body, signature) => {
          webhooks.push({ body, signature });
        },
      },
    });
    const handlers = createPaymentsHandlers({
      storage,
      pay: govukPayClient({
        apiKey: GOVUK_PAY_TEST_KEY,
        fetch: fetchVia(pay.handler),
        // Waiting out GOV.UK Pay's rate limit moves its clock, not the test's.
        sleep: (ms) => {
          clock += ms;
          return Promise.resolve();
        },
      }),
      priceOf: PRICES,
      returnUrl: `${COUNCIL}/pay/garden-waste`,
      cookieSecret: COOKIE_SECRET,
      webhookSecret: GOVUK_PAY_WEBHOOK_SECRET,
      onProviderError: (error) => logged.push(error.message),
      rateLimit: { perMinute: 600, burst: 100 },
    });
    router = createRouter(
      [
        { method: 'POST', path: '/api/payments', handler: handlers.create },
        { method: 'GET', path: '/api/payments/status', handler: handlers.status },
        { method: 'POST', path: '/api/payments/webhook', handler: handlers.webhook },
      ],
      { onError: (error) => logged.push(String(error)) },
    );
  });

  afterEach(async () => {
    if (skip) return;
    await storage.close();
    await database.drop();
  });

  async function call(
    path: string,
    init: RequestInit = {},
  ): Promise<{ status: number; body: unknown; cookie: string | null }> {
    const response = await router(new Request(`${COUNCIL}${path}`, init), { clientAddress: '192.0.2.1' });
    const text = await response.text();
    const body: unknown = text ? JSON.parse(text) : null;
    const method = init.method ?? 'GET';
    const route = new URL(`${COUNCIL}${path}`).pathname;
    expect(check(route, method.toLowerCase(), response.status, body), `${method} ${path}`).toEqual([]);
    return { status: response.status, body, cookie: response.headers.get('set-cookie') };
  }

  const create = (body: unknown, key: string = crypto.randomUUID()) =>
    call('/api/payments', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
      body: JSON.stringify(body),
    });

  /** The resident on GOV.UK Pay's page: pays with `card`, and is sent back to the council. */
  async function payWith(nextUrl: string, card: string): Promise<string> {
    const page = await pay.handler(new Request(nextUrl), { clientAddress: '198.51.100.7' });
    expect(page.status).toBe(200);
    const back = await pay.handler(
      new Request(nextUrl, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ cardNumber: card }).toString(),
      }),
      { clientAddress: '198.51.100.7' },
    );
    expect(back.status).toBe(303);
    return back.headers.get('location') ?? '';
  }

  const cookieOf = (setCookie: string | null): string => (setCookie ?? '').split(';')[0] ?? '';
  /** The bytes Web Crypto was given. */
  const bytesOf = (source: BufferSource): Uint8Array =>
    ArrayBuffer.isView(source)
      ? new Uint8Array(source.buffer, source.byteOffset, source.byteLength)
      : new Uint8Array(source);
  const status = (cookie: string, query = '') => call(`/api/payments/status${query}`, { headers: { Cookie: cookie } });

  it('takes a payment: priced on the server, paid on GOV.UK Pay, the outcome read back on return, in Welsh too', async () => {
    const created = await create({ item: 'garden-waste', reference: 'GW-0042', language: 'cy' });
    expect(created.status).toBe(201);
    const { nextUrl } = created.body as { nextUrl: string };
    expect(new URL(nextUrl).pathname).toMatch(/\/pay\//);
    const [payment] = pay.payments.values();
    expect(payment).toMatchObject({ amount: 4500, description: 'Tanysgrifiad gwastraff gardd 2027', language: 'cy' });
    const returned = await payWith(nextUrl, '4444333322221111');
    expect(returned).toBe(`${COUNCIL}/pay/garden-waste?payment=returned`);
    expect((await status(cookieOf(created.cookie))).body).toEqual({
      outcome: 'paid',
      reference: 'GW-0042',
      amount: 4500,
      description: 'Tanysgrifiad gwastraff gardd 2027',
    });
  });

  it.each([
    ['4000000000000002', 'declined'],
    ['4000000000000069', 'declined'],
    // GOV.UK Pay's P0050: its card provider failed, not the card. The resident is told of a technical error.
    ['4000000000000119', 'error'],
  ])('tells each outcome: card %s is %s', async (card, outcome) => {
    const created = await create({ item: 'garden-waste', reference: 'GW-1' });
    await payWith((created.body as { nextUrl: string }).nextUrl, card);
    expect((await status(cookieOf(created.cookie))).body).toMatchObject({ outcome });
  });

  it('sends a Welsh payment back to the council’s Welsh page, when each language has its own', async () => {
    const bilingual = createPaymentsHandlers({
      storage,
      pay: govukPayClient({ apiKey: GOVUK_PAY_TEST_KEY, fetch: fetchVia(pay.handler) }),
      priceOf: PRICES,
      returnUrl: { en: `${COUNCIL}/pay/garden-waste`, cy: `${COUNCIL}/cy/talu/gwastraff-gardd?ffynhonnell=pay` },
      cookieSecret: COOKIE_SECRET,
      webhookSecret: GOVUK_PAY_WEBHOOK_SECRET,
    });
    const made = [];
    for (const language of ['en', 'cy']) {
      const response = await bilingual.create(
        new Request(`${COUNCIL}/api/payments`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
          body: JSON.stringify({ item: 'garden-waste', reference: 'GW-0042', language }),
        }),
        { clientAddress: '192.0.2.1' },
      );
      made.push(await payWith(((await response.json()) as { nextUrl: string }).nextUrl, '4444333322221111'));
    }
    expect(made).toEqual([
      `${COUNCIL}/pay/garden-waste?payment=returned`,
      `${COUNCIL}/cy/talu/gwastraff-gardd?ffynhonnell=pay&payment=returned`,
    ]);
  });

  it('tells a payment still in progress, then expired after 90 minutes, and one the resident cancelled', async () => {
    const waiting = await create({ item: 'garden-waste', reference: 'GW-2' });
    expect((await status(cookieOf(waiting.cookie))).body).toMatchObject({ outcome: 'in-progress' });
    clock += 90 * 60_000;
    expect((await status(cookieOf(waiting.cookie))).body).toMatchObject({ outcome: 'expired' });

    const cancelled = await create({ item: 'garden-waste', reference: 'GW-3' });
    const { nextUrl } = cancelled.body as { nextUrl: string };
    const back = await pay.handler(new Request(`${nextUrl}/cancel`, { method: 'POST' }), {
      clientAddress: '198.51.100.7',
    });
    expect(back.status).toBe(303);
    expect((await status(cookieOf(cancelled.cookie))).body).toMatchObject({ outcome: 'cancelled' });
  });

  it('keeps an audit trail of every state, from each source', async () => {
    const created = await create({ item: 'garden-waste', reference: 'GW-4' });
    await payWith((created.body as { nextUrl: string }).nextUrl, '4444333322221111');
    await status(cookieOf(created.cookie));
    const [row] = await storage.db.selectFrom('payments').select('id').execute();
    const trail = await new PaymentRecords(storage.db).events(row?.id ?? '');
    expect(trail.map(({ status: state, source }) => `${source}:${state}`)).toEqual([
      'create:creating',
      'create:created',
      'status:success',
    ]);
  });

  describe('security (issue 13)', () => {
    it('the GOV.UK Pay API key exists only on the server: no response, cookie, stored row or log line contains it', async () => {
      const created = await create({ item: 'garden-waste', reference: 'GW-5' });
      const answers = [
        created,
        await status(cookieOf(created.cookie)),
        await create({ item: 'nothing', reference: 'X' }),
      ];
      for (const answer of answers) {
        expect(JSON.stringify(answer.body)).not.toContain(GOVUK_PAY_TEST_KEY);
        expect(answer.cookie ?? '').not.toContain(GOVUK_PAY_TEST_KEY);
      }
      const rows = JSON.stringify(await storage.db.selectFrom('payments').selectAll().execute());
      expect(rows).not.toContain(GOVUK_PAY_TEST_KEY);
      // Sent to GOV.UK Pay as its Authorization header, and only there: never in a URL.
      expect(pay.requests.length).toBeGreaterThan(0);
      for (const request of pay.requests) {
        expect(request.url).not.toContain(GOVUK_PAY_TEST_KEY);
        if (request.url.includes('/v1/')) expect(request.headers['authorization']).toBe(`Bearer ${GOVUK_PAY_TEST_KEY}`);
      }
      // A key GOV.UK Pay refuses: the log names the failure, never the key.
      const refused = createPaymentsHandlers({
        storage,
        pay: govukPayClient({ apiKey: 'api_test_wrong-key', fetch: fetchVia(pay.handler) }),
        priceOf: PRICES,
        returnUrl: `${COUNCIL}/pay`,
        cookieSecret: COOKIE_SECRET,
        webhookSecret: GOVUK_PAY_WEBHOOK_SECRET,
        onProviderError: (error) => logged.push(error.message),
      });
      const answer = await refused.create(
        new Request(`${COUNCIL}/api/payments`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'k-refused' },
          body: JSON.stringify({ item: 'garden-waste', reference: 'GW-6' }),
        }),
        { clientAddress: '192.0.2.1' },
      );
      expect(answer.status).toBe(502);
      expect(logged.join('\n')).toContain('GOV.UK Pay');
      expect(logged.join('\n')).not.toContain('api_test_wrong-key');
    });

    it('the amount comes from the server, never from the browser: a tampered amount or item is rejected', async () => {
      expect((await create({ item: 'garden-waste', reference: 'GW-7', amount: 1 })).body).toEqual({
        error: { code: 'payment-amount-refused' },
      });
      expect((await create({ item: 'garden-waste-free', reference: 'GW-8' })).body).toEqual({
        error: { code: 'payment-item-unknown' },
      });
      expect((await create({ item: 'garden-waste', reference: 'GW-9', price: 1 })).body).toEqual({
        error: { code: 'payment-request-invalid' },
      });
      expect(pay.payments.size).toBe(0);
      await create({ item: 'garden-waste', reference: 'GW-10' });
      expect([...pay.payments.values()].map((payment) => payment.amount)).toEqual([4500]);
    });

    it('return_url is built by the server from configuration: no attacker-supplied return or redirect URL is followed', async () => {
      const attempts = [
        { item: 'garden-waste', reference: 'GW-11', return_url: 'https://evil.example/' },
        { item: 'garden-waste', reference: 'GW-11', returnUrl: 'https://evil.example/' },
        { item: 'garden-waste', reference: 'GW-11', next: '//evil.example' },
      ];
      for (const attempt of attempts) expect((await create(attempt)).status).toBe(400);
      const created = await call('/api/payments?return_url=https://evil.example/&redirect=https://evil.example/', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'k-query', Referer: 'https://evil.example/' },
        body: JSON.stringify({ item: 'garden-waste', reference: 'GW-12' }),
      });
      expect(created.status).toBe(201);
      expect([...pay.payments.values()].map((payment) => payment.returnUrl)).toEqual([
        `${COUNCIL}/pay/garden-waste?payment=returned`,
      ]);
      const back = await payWith((created.body as { nextUrl: string }).nextUrl, '4444333322221111');
      expect(new URL(back).origin).toBe(COUNCIL);
    });

    it('double clicks, retries and network failures never create two payments: one Idempotency-Key per attempt, stored with the answer', async () => {
      const body = { item: 'garden-waste', reference: 'GW-13' };
      // A double click: the same attempt sent twice at once.
      const [first, second] = await Promise.all([create(body, 'attempt-1'), create(body, 'attempt-1')]);
      // One made the payment; the other got it too (200), or was told to wait for it (409), never a second payment.
      const made = [first, second].filter((answer) => answer.status === 201);
      expect(made).toHaveLength(1);
      expect([200, 409]).toContain([first, second].find((answer) => answer !== made[0])?.status);
      // A retry after a lost answer: the same payment, the same page to pay on.
      const retry = await create(body, 'attempt-1');
      expect(retry.status).toBe(200);
      expect(retry.body).toEqual(first.status === 201 ? first.body : second.body);
      expect(pay.payments.size).toBe(1);
      // The same key for something else is refused, not answered with the other's payment.
      expect((await create({ ...body, reference: 'GW-14' }, 'attempt-1')).body).toEqual({
        error: { code: 'idempotency-key-reused' },
      });
      // Without a key, nothing is created.
      const keyless = await call('/api/payments', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(keyless.body).toEqual({ error: { code: 'idempotency-key-missing' } });
      expect(pay.payments.size).toBe(1);
      // The key went on to GOV.UK Pay, so a crash between its answer and ours cannot make a second payment either.
      const posts = pay.requests.filter((request) => request.method === 'POST' && request.url.endsWith('/v1/payments'));
      expect(new Set(posts.map((request) => request.headers['idempotency-key']))).toEqual(new Set(['attempt-1']));
    });

    it('a server that crashed after GOV.UK Pay answered: the retry that takes over finds the same payment, never a second', async () => {
      const body = { item: 'garden-waste', reference: 'GW-17' };
      const first = await create(body, 'attempt-crash');
      // As if the server died before storing its answer: the key still claimed, its lock lapsed.
      await storage.db
        .updateTable('idempotency_keys')
        .set({ state: 'started', response_status: null, response_body: null, locked_until: '2000-01-01T00:00:00.000Z' })
        .where('key', '=', 'attempt-crash')
        .execute();
      const retry = await create(body, 'attempt-crash');
      expect(retry.status).toBe(201);
      expect(retry.body).toEqual(first.body);
      expect(cookieOf(retry.cookie)).toBe(cookieOf(first.cookie));
      expect(pay.payments.size).toBe(1);
      expect(await storage.db.selectFrom('payments').select('id').execute()).toHaveLength(1);
    });

    it('the payment id and its cookie are those node:crypto made before Web Crypto: cookies and attempts from before an upgrade still find their payment', async () => {
      const created = await create({ item: 'garden-waste', reference: 'GW-18' }, 'attempt-upgrade');
      const id = createHmac('sha256', COOKIE_SECRET)
        .update('payment:attempt-upgrade')
        .digest()
        .subarray(0, 16)
        .toString('base64url');
      const signature = createHmac('sha256', COOKIE_SECRET).update(id).digest('base64url');
      expect(cookieOf(created.cookie)).toBe(`${PAYMENT_COOKIE}=${id}.${signature}`);
      expect(await storage.db.selectFrom('payments').select('id').execute()).toEqual([{ id }]);
      expect((await status(`${PAYMENT_COOKIE}=${id}.${signature}`)).body).toMatchObject({ reference: 'GW-18' });
    });

    it('the returning resident is matched by a signed, HttpOnly, Secure, SameSite cookie; the status is re-read from GOV.UK Pay, never taken from the URL', async () => {
      const created = await create({ item: 'garden-waste', reference: 'GW-15' });
      expect(created.cookie).toMatch(new RegExp(`^${PAYMENT_COOKIE}=[\\w-]+\\.[\\w-]+; Path=/api/payments;`));
      for (const attribute of ['HttpOnly', 'Secure', 'SameSite=Lax']) expect(created.cookie).toContain(attribute);
      const cookie = cookieOf(created.cookie);
      // `?status=success` on the return changes nothing: the payment is not paid.
      expect((await status(cookie, '?status=success&outcome=paid')).body).toMatchObject({ outcome: 'in-progress' });
      const reads = pay.requests.filter((request) => request.method === 'GET' && request.url.includes('/v1/payments/'));
      expect(reads.length).toBeGreaterThan(0);
      // A forged or altered cookie names no payment.
      const [name, value] = cookie.split('=');
      const [id, signature] = (value ?? '').split('.');
      for (const forged of [
        `${name ?? ''}=${id ?? ''}`,
        `${name ?? ''}=${id ?? ''}.${createHmac('sha256', 'another-secret')
          .update(id ?? '')
          .digest('base64url')}`,
        `${name ?? ''}=x${value ?? ''}`,
        // Not base64url, or not 32 bytes: refused before its signature is checked.
        `${name ?? ''}=${id ?? ''}.${(signature ?? '').slice(0, -1)}!`,
        `${name ?? ''}=${id ?? ''}.${(signature ?? '').slice(0, -2)}`,
        '',
      ]) {
        expect((await status(forged)).body, forged).toEqual({ error: { code: 'payment-not-found' } });
      }
    });

    it('the webhook receiver verifies Pay-Signature in constant time, rejects replays and unknown payments, and updates the record idempotently', async () => {
      const created = await create({ item: 'garden-waste', reference: 'GW-16' });
      await payWith((created.body as { nextUrl: string }).nextUrl, '4444333322221111');
      const [delivered] = webhooks;
      if (!delivered) throw new Error('GOV.UK Pay sent no webhook');
      const post = (body: string, signature: string) =>
        call('/api/payments/webhook', { method: 'POST', headers: { 'Pay-Signature': signature }, body });
      // Unsigned, or signed with another secret, or altered: refused.
      expect((await post(delivered.body, '')).status).toBe(401);
      const other = createHmac('sha256', 'not-the-secret').update(delivered.body).digest('hex');
      expect((await post(delivered.body, other)).status).toBe(401);
      expect((await post(delivered.body.replace('success', 'failed'), delivered.signature)).status).toBe(401);
      // Genuine: applied, the state read again from GOV.UK Pay.
      expect((await post(delivered.body, delivered.signature)).body).toEqual({ applied: true });
      // Delivered again (a replay): recognised, applied once.
      expect((await post(delivered.body, delivered.signature)).body).toEqual({ applied: false });
      const [row] = await storage.db.selectFrom('payments').select(['id', 'status']).execute();
      expect(row?.status).toBe('success');
      const trail = await new PaymentRecords(storage.db).events(row?.id ?? '');
      expect(trail.filter((event) => event.source === 'webhook')).toHaveLength(1);
      // Signed, but for a payment that is not the council's.
      const foreign = JSON.stringify({
        ...(JSON.parse(delivered.body) as object),
        resource_id: 'not-ours',
        webhook_message_id: 'm2',
      });
      const signed = createHmac('sha256', GOVUK_PAY_WEBHOOK_SECRET).update(foreign).digest('hex');
      expect((await post(foreign, signed)).body).toEqual({ error: { code: 'payment-not-found' } });
      // Constant time cannot be seen from outside. The decision is Web Crypto's HMAC verify (constant time by
      // specification), given the signature's bytes and the exact body, and nothing besides: what verify answers is
      // what the handler does, and a signature that is not 32 bytes of hex never reaches it.
      const verify = vi.spyOn(crypto.subtle, 'verify');
      try {
        expect((await post(delivered.body, delivered.signature)).status).toBe(200);
        expect(verify).toHaveBeenCalledTimes(1);
        const [algorithm, , given, data] = verify.mock.calls[0] ?? [];
        expect(algorithm).toBe('HMAC');
        expect(given && Buffer.from(bytesOf(given)).toString('hex')).toBe(delivered.signature);
        expect(data && Buffer.from(bytesOf(data)).toString('utf8')).toBe(delivered.body);
        verify.mockResolvedValueOnce(false);
        expect((await post(delivered.body, delivered.signature)).status).toBe(401);
        verify.mockResolvedValueOnce(true);
        expect((await post(delivered.body, 'ab'.repeat(32))).status).toBe(200);
        verify.mockClear();
        for (const malformed of ['zz'.repeat(32), delivered.signature.slice(2), `${delivered.signature}00`, ' '])
          expect((await post(delivered.body, malformed)).status, malformed).toBe(401);
        expect(verify).not.toHaveBeenCalled();
      } finally {
        verify.mockRestore();
      }
      expect(String(webhookSignatureValid)).not.toMatch(/signature\s*===|===\s*signature/);
    });
  });

  it('refuses a reference GOV.UK Pay would refuse, before asking it: a card number, its firewall’s characters', async () => {
    for (const reference of ['4444 3333 2222 1111', 'GW<1>', ''])
      expect((await create({ item: 'garden-waste', reference })).body, reference).toMatchObject({
        error: { code: 'payment-reference-invalid' },
      });
    expect(pay.payments.size).toBe(0);
  });

  it('when GOV.UK Pay is rate-limiting (P0900), retries with backoff within its time budget', async () => {
    // 15 POSTs a second is GOV.UK Pay's limit: the 16th and 17th in the same second wait, and are then made.
    const answers = await Promise.all(
      Array.from({ length: 17 }, (_, index) => create({ item: 'garden-waste', reference: `GW-R${String(index)}` })),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array.from({ length: 17 }, () => 201));
    expect(pay.payments.size).toBe(17);
    const refused = pay.requests.filter((request) => request.method === 'POST').length - 17;
    expect(refused).toBeGreaterThanOrEqual(2);
  });
});
