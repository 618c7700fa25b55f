/**
 * The GOV.UK Pay fake against the real service's contract: payments made, checked and refused with GOV.UK
 * Pay's codes, the key, idempotency and the rate limit, the card page with each test card in English and
 * Welsh, cancelling, expiry after 90 minutes, and signed webhooks. The server's payment tests, the sandbox
 * and the docs' stories rely on it behaving so; it lives in @council-components/testing, whose tests run here.
 */
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  createGovukPayFake,
  GOVUK_PAY_TEST_KEY,
  GOVUK_PAY_WEBHOOK_SECRET,
  govukPaySignature,
  TEST_CARDS,
  type GovukPayFakeOptions,
} from '@council-components/testing/fakes/govuk-pay-fake.js';
import { fetchVia } from '@council-components/testing/fakes/in-process-fetch.js';

const API = 'https://publicapi.payments.service.gov.uk';
const START = Date.parse('2026-11-26T10:00:00.000Z');
const MINUTE = 60_000;

interface Link {
  href: string;
  method: string;
  type?: string;
  params?: Record<string, string>;
}

interface PaymentJson {
  payment_id: string;
  amount: number;
  description: string;
  reference: string;
  language: string;
  email?: string;
  state: { status: string; finished: boolean; code?: string; message?: string };
  return_url: string;
  payment_provider: string;
  created_date: string;
  delayed_capture: boolean;
  metadata?: Record<string, unknown>;
  card_details?: { card_brand: string; last_digits_card_number: string; first_digits_card_number: string };
  _links: Record<string, Link | undefined>;
}

interface ErrorJson {
  field?: string;
  header?: string;
  code: string;
  description: string;
}

interface WebhookEvent {
  webhook_message_id: string;
  created_date: string;
  resource_id: string;
  api_version: number;
  resource_type: string;
  event_type: string;
  resource: PaymentJson;
}

const validBody = {
  amount: 12345,
  reference: 'BULKY-2026-0042',
  description: 'Bulky waste collection',
  return_url: 'https://council.example/pay/return/abc123',
};

/** The valid body without one of its fields. */
const without = (field: keyof typeof validBody): Record<string, unknown> =>
  Object.fromEntries(Object.entries(validBody).filter(([name]) => name !== field));

/** A fake on a clock the test moves, a `fetch` reaching it, and the webhooks it sent. */
function setUp(options: Omit<GovukPayFakeOptions, 'now'> = {}) {
  const clock = { ms: START };
  const delivered: { body: string; signature: string }[] = [];
  const fake = createGovukPayFake({
    webhook: {
      secret: GOVUK_PAY_WEBHOOK_SECRET,
      deliver: (body, signature) => {
        delivered.push({ body, signature });
      },
    },
    ...options,
    now: () => clock.ms,
  });
  const fetch = fetchVia(fake.handler);
  const authorised = { Authorization: `Bearer ${GOVUK_PAY_TEST_KEY}` };

  const create = (body: unknown = validBody, headers: Record<string, string> = {}, base = API): Promise<Response> =>
    fetch(`${base}/v1/payments`, {
      method: 'POST',
      headers: { ...authorised, 'Content-Type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const created = async (body: unknown = validBody, base = API): Promise<PaymentJson> => {
    const response = await create(body, {}, base);
    expect(response.status).toBe(201);
    return (await response.json()) as PaymentJson;
  };
  const get = async (id: string): Promise<PaymentJson> => {
    const response = await fetch(`${API}/v1/payments/${id}`, { headers: authorised });
    expect(response.status).toBe(200);
    return (await response.json()) as PaymentJson;
  };
  const cancel = (id: string): Promise<Response> =>
    fetch(`${API}/v1/payments/${id}/cancel`, { method: 'POST', headers: authorised });
  const nextUrl = (payment: PaymentJson): string => payment._links.next_url?.href ?? '';
  const payWith = (payment: PaymentJson, cardNumber: string): Promise<Response> =>
    fetch(nextUrl(payment), { method: 'POST', body: new URLSearchParams({ cardNumber }) });
  const events = (): WebhookEvent[] => delivered.map(({ body }) => JSON.parse(body) as WebhookEvent);

  return { fake, clock, fetch, authorised, create, created, get, cancel, nextUrl, payWith, delivered, events };
}

async function errorOf(response: Response): Promise<[number, ErrorJson]> {
  return [response.status, (await response.json()) as ErrorJson];
}

describe('making a payment', () => {
  it('answers 201 with the payment, created and unfinished, and its links on the fake’s mount prefix', async () => {
    const { created, fake } = setUp();
    const payment = await created(
      { ...validBody, language: 'cy', email: 'resident@example.com', metadata: { ledger: 'BW', line: 3 } },
      'http://localhost:4321/fakes/govuk-pay',
    );
    const { payment_id: id } = payment;
    const token = fake.payments.get(id)?.chargeToken ?? 'missing';
    const base = 'http://localhost:4321/fakes/govuk-pay';
    expect(payment).toEqual({
      payment_id: id,
      amount: 12345,
      description: 'Bulky waste collection',
      reference: 'BULKY-2026-0042',
      language: 'cy',
      email: 'resident@example.com',
      state: { status: 'created', finished: false },
      return_url: 'https://council.example/pay/return/abc123',
      payment_provider: 'sandbox',
      created_date: '2026-11-26T10:00:00.000Z',
      delayed_capture: false,
      moto: false,
      metadata: { ledger: 'BW', line: 3 },
      _links: {
        self: { href: `${base}/v1/payments/${id}`, method: 'GET' },
        next_url: { href: `${base}/pay/${token}`, method: 'GET' },
        next_url_post: {
          href: `${base}/pay`,
          method: 'POST',
          type: 'application/x-www-form-urlencoded',
          params: { chargeTokenId: token },
        },
        cancel: { href: `${base}/v1/payments/${id}/cancel`, method: 'POST' },
        events: { href: `${base}/v1/payments/${id}/events`, method: 'GET' },
        refunds: { href: `${base}/v1/payments/${id}/refunds`, method: 'GET' },
      },
    });
    expect(id).toMatch(/^[a-z0-9]{26}$/);
    expect(token).not.toBe(id);
  });

  it('gives each payment its own id and card-page token, and reads it back strongly consistent', async () => {
    const { created, get } = setUp();
    const first = await created();
    const second = await created();
    expect(second.payment_id).not.toBe(first.payment_id);
    expect(second._links.next_url?.href).not.toBe(first._links.next_url?.href);
    expect(await get(first.payment_id)).toEqual(first);
  });

  it('records each request with its headers in lower case, the key in a header and never in the URL', async () => {
    const { create, fake } = setUp();
    await create(validBody, { 'Idempotency-Key': 'abc-123' });
    expect(fake.requests).toHaveLength(1);
    const [request] = fake.requests;
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe(`${API}/v1/payments`);
    expect(request?.url).not.toContain(GOVUK_PAY_TEST_KEY);
    expect(request?.headers.authorization).toBe(`Bearer ${GOVUK_PAY_TEST_KEY}`);
    expect(request?.headers['idempotency-key']).toBe('abc-123');
    expect(JSON.parse(request?.body ?? '')).toEqual(validBody);
  });
});

describe('a payment refused, with GOV.UK Pay’s codes', () => {
  it('names a missing mandatory field (400 P0101), blank counting as missing', async () => {
    const { create } = setUp();
    expect(await errorOf(await create(without('amount')))).toEqual([
      400,
      { field: 'amount', code: 'P0101', description: 'Missing mandatory attribute: amount' },
    ]);
    expect(await errorOf(await create({ ...validBody, description: '   ' }))).toEqual([
      400,
      { field: 'description', code: 'P0101', description: 'Missing mandatory attribute: description' },
    ]);
    const [status, body] = await errorOf(await create(without('return_url')));
    expect([status, body.code, body.field]).toEqual([400, 'P0101', 'return_url']);
  });

  it('refuses an amount under 1p or over £100,000 (422 P0102) and one that is not whole pence (400 P0102)', async () => {
    const { create } = setUp();
    expect(await errorOf(await create({ ...validBody, amount: 0 }))).toEqual([
      422,
      {
        field: 'amount',
        code: 'P0102',
        description: 'Invalid attribute value: amount. Must be greater than or equal to 1',
      },
    ]);
    expect(await errorOf(await create({ ...validBody, amount: 10_000_001 }))).toEqual([
      422,
      {
        field: 'amount',
        code: 'P0102',
        description: 'Invalid attribute value: amount. Must be less than or equal to 10000000',
      },
    ]);
    expect(await errorOf(await create({ ...validBody, amount: 1.5 }))).toEqual([
      400,
      {
        field: 'amount',
        code: 'P0102',
        description: 'Invalid attribute value: amount. Must be a valid numeric format',
      },
    ]);
    expect((await errorOf(await create({ ...validBody, amount: '100' })))[1].code).toBe('P0102');
    expect((await create({ ...validBody, amount: 10_000_000 })).status).toBe(201);
    expect((await create({ ...validBody, amount: 1 })).status).toBe(201);
  });

  it('refuses values past their limits: lengths, language, metadata (422 P0102)', async () => {
    const { create } = setUp();
    const refusal = async (body: unknown): Promise<[number, string, string | undefined]> => {
      const [status, error] = await errorOf(await create(body));
      return [status, error.code, error.field];
    };
    expect(await refusal({ ...validBody, reference: 'R'.repeat(256) })).toEqual([422, 'P0102', 'reference']);
    expect(await refusal({ ...validBody, description: 'D'.repeat(256) })).toEqual([422, 'P0102', 'description']);
    expect(await refusal({ ...validBody, return_url: `https://council.example/${'x'.repeat(2000)}` })).toEqual([
      422,
      'P0102',
      'return_url',
    ]);
    expect(await refusal({ ...validBody, return_url: 'not a url' })).toEqual([422, 'P0102', 'return_url']);
    expect(await refusal({ ...validBody, return_url: 'ftp://council.example/return' })).toEqual([
      422,
      'P0102',
      'return_url',
    ]);
    expect(await refusal({ ...validBody, language: 'fr' })).toEqual([422, 'P0102', 'language']);
    expect(await refusal({ ...validBody, delayed_capture: 'yes' })).toEqual([400, 'P0102', 'delayed_capture']);
    const sixteen = Object.fromEntries(Array.from({ length: 16 }, (_, index) => [`key${String(index)}`, index]));
    expect(await refusal({ ...validBody, metadata: sixteen })).toEqual([422, 'P0102', 'metadata']);
    expect(await refusal({ ...validBody, metadata: {} })).toEqual([422, 'P0102', 'metadata']);
    expect(await refusal({ ...validBody, metadata: { ['k'.repeat(31)]: 'v' } })).toEqual([422, 'P0102', 'metadata']);
    expect(await refusal({ ...validBody, metadata: { note: 'n'.repeat(101) } })).toEqual([422, 'P0102', 'metadata']);
    expect(await refusal({ ...validBody, metadata: { nested: { a: 1 } } })).toEqual([422, 'P0102', 'metadata']);
    const fifteen = Object.fromEntries(Object.entries(sixteen).slice(1));
    expect((await create({ ...validBody, reference: 'R'.repeat(255), metadata: fifteen })).status).toBe(201);
  });

  it('refuses a field the API does not have (400 P0104)', async () => {
    const { create } = setUp();
    expect(await errorOf(await create({ ...validBody, currency: 'GBP' }))).toEqual([
      400,
      { field: 'currency', code: 'P0104', description: 'Unexpected attribute: currency' },
    ]);
  });

  it('refuses a reference holding a card number, 12–19 digits passing the Luhn check (422 P0105)', async () => {
    const { create } = setUp();
    const [status, error] = await errorOf(await create({ ...validBody, reference: 'INV-4242424242424242' }));
    expect([status, error.code, error.field]).toEqual([422, 'P0105', 'reference']);
    // The same length failing the Luhn check is an ordinary reference.
    expect((await create({ ...validBody, reference: 'INV-4242424242424243' })).status).toBe(201);
    // Luhn-valid runs of 12 and of 19 digits are card numbers; of 11 or 20 digits they are not.
    for (const reference of ['INV-424242424242', 'INV-4111111111111111110']) {
      expect([reference, (await errorOf(await create({ ...validBody, reference })))[1].code]).toEqual([
        reference,
        'P0105',
      ]);
    }
    for (const reference of ['INV-12345678903', 'INV-41111111111111111115']) {
      expect([reference, (await create({ ...validBody, reference })).status]).toEqual([reference, 201]);
    }
  });

  it('answers 400 P0197 to a body that is not JSON', async () => {
    const { create } = setUp();
    expect(await errorOf(await create('{"amount": 12345,'))).toEqual([
      400,
      { code: 'P0197', description: 'Unable to parse JSON' },
    ]);
  });

  it('blocks at the firewall (400 P0920) a POST that is not JSON, or has no body, before looking at the key', async () => {
    const { fetch } = setUp();
    const blocked = async (init: RequestInit): Promise<[number, string]> => {
      const [status, error] = await errorOf(await fetch(`${API}/v1/payments`, { method: 'POST', ...init }));
      return [status, error.code];
    };
    const key = `Bearer ${GOVUK_PAY_TEST_KEY}`;
    // A string body is sent as text/plain; a Blob without a type has no Content-Type at all.
    expect(await blocked({ headers: { Authorization: key }, body: JSON.stringify(validBody) })).toEqual([400, 'P0920']);
    expect(await blocked({ headers: { Authorization: key }, body: new Blob([JSON.stringify(validBody)]) })).toEqual([
      400,
      'P0920',
    ]);
    expect(await blocked({ headers: { Authorization: key, 'Content-Type': 'application/json' } })).toEqual([
      400,
      'P0920',
    ]);
    expect(await blocked({ headers: { 'Content-Type': 'text/plain' }, body: '{}' })).toEqual([400, 'P0920']);
  });

  it('blocks at the firewall (400 P0920) a string value holding < > " \\ or |', async () => {
    const { create } = setUp();
    for (const description of ['<b>Bulky</b>', 'Bulky > 3 items', 'Say "please"', 'C:\\waste', 'a|b']) {
      const [status, error] = await errorOf(await create({ ...validBody, description }));
      expect([description, status, error.code]).toEqual([description, 400, 'P0920']);
    }
    const [status, error] = await errorOf(await create({ ...validBody, metadata: { note: '<script>' } }));
    expect([status, error.code]).toEqual([400, 'P0920']);
    expect((await create({ ...validBody, description: 'Bulky waste: sofa & 2 chairs (£12.34)' })).status).toBe(201);
  });

  it('blocks an http return_url at the firewall on a live account, and allows it on a test account', async () => {
    const http = { ...validBody, return_url: 'http://localhost:4321/pay/return' };
    const live = setUp({ live: true });
    const [status, error] = await errorOf(await live.create(http));
    expect([status, error.code]).toEqual([400, 'P0920']);
    expect((await live.create(validBody)).status).toBe(201);
    const test = setUp();
    expect((await test.create(http)).status).toBe(201);
  });

  it('answers 401 without the key, or with one it does not know, whatever the request', async () => {
    const { fetch, create, created, fake } = setUp();
    const payment = await created();
    const withoutKey = await fetch(`${API}/v1/payments/${payment.payment_id}`);
    expect(withoutKey.status).toBe(401);
    expect(await withoutKey.json()).toEqual({});
    expect((await create(validBody, { Authorization: 'Bearer api_test_someone-else' })).status).toBe(401);
    expect((await create(validBody, { Authorization: GOVUK_PAY_TEST_KEY })).status).toBe(401);
    const cancel = await fetch(`${API}/v1/payments/${payment.payment_id}/cancel`, { method: 'POST' });
    expect(cancel.status).toBe(401);
    expect(fake.payments.get(payment.payment_id)?.status).toBe('created');
    expect(fake.payments.size).toBe(1);
  });

  it('accepts any of the keys it was given', async () => {
    const { create } = setUp({ keys: ['api_test_one', 'api_live_two'] });
    expect((await create(validBody, { Authorization: 'Bearer api_live_two' })).status).toBe(201);
    expect((await create(validBody)).status).toBe(401);
  });

  it('answers 404 P0200 for a payment it does not know', async () => {
    const { fetch, authorised } = setUp();
    expect(await errorOf(await fetch(`${API}/v1/payments/nosuchpayment`, { headers: authorised }))).toEqual([
      404,
      { code: 'P0200', description: 'Not found' },
    ]);
  });
});

describe('Idempotency-Key', () => {
  it('answers 200 with the first payment, as it is now, when the same key comes with the same body', async () => {
    const { create, get, cancel } = setUp();
    const first = await create(validBody, { 'Idempotency-Key': 'order-42' });
    expect(first.status).toBe(201);
    const payment = (await first.json()) as PaymentJson;
    expect((await cancel(payment.payment_id)).status).toBe(204);
    // The same body with its keys in another order is the same request.
    const reordered = Object.fromEntries(Object.entries(validBody).reverse());
    const again = await create(reordered, { 'Idempotency-Key': 'order-42' });
    expect(again.status).toBe(200);
    const replayed = (await again.json()) as PaymentJson;
    expect(replayed.payment_id).toBe(payment.payment_id);
    expect(replayed.state).toEqual({
      status: 'cancelled',
      finished: true,
      code: 'P0040',
      message: 'Payment was cancelled by the service',
    });
    expect(replayed).toEqual(await get(payment.payment_id));
  });

  it('answers 409 P0191 when the same key comes with another body', async () => {
    const { create, fake } = setUp();
    expect((await create(validBody, { 'Idempotency-Key': 'order-42' })).status).toBe(201);
    const [status, error] = await errorOf(
      await create({ ...validBody, amount: 999 }, { 'Idempotency-Key': 'order-42' }),
    );
    expect([status, error.code]).toEqual([409, 'P0191']);
    expect(fake.payments.size).toBe(1);
  });

  it('forgets a key after 24 hours', async () => {
    const { create, clock, fake } = setUp();
    expect((await create(validBody, { 'Idempotency-Key': 'order-42' })).status).toBe(201);
    clock.ms += 24 * 60 * MINUTE - 1;
    expect((await create(validBody, { 'Idempotency-Key': 'order-42' })).status).toBe(200);
    clock.ms += 1;
    expect((await create(validBody, { 'Idempotency-Key': 'order-42' })).status).toBe(201);
    expect(fake.payments.size).toBe(2);
  });

  it('refuses a key that is not 1–255 letters, digits or hyphens (400 P0102 on the header)', async () => {
    const { create, fake } = setUp();
    for (const key of ['order_42', 'order 42', 'x'.repeat(256), '']) {
      const [status, error] = await errorOf(await create(validBody, { 'Idempotency-Key': key }));
      expect([status, error.code, error.header]).toEqual([400, 'P0102', 'Idempotency-Key']);
    }
    expect((await create(validBody, { 'Idempotency-Key': 'x'.repeat(255) })).status).toBe(201);
    expect(fake.payments.size).toBe(1);
  });
});

describe('the rate limit', () => {
  it('answers 429 P0900 to the 16th POST within a second from one key, and lets it through a second later', async () => {
    const { create, clock } = setUp({ keys: [GOVUK_PAY_TEST_KEY, 'api_test_other'] });
    for (let count = 1; count <= 15; count++) {
      clock.ms += count === 1 ? 0 : 10;
      expect((await create()).status).toBe(201);
    }
    expect(await errorOf(await create())).toEqual([429, { code: 'P0900', description: 'Too many requests' }]);
    // Another key has limits of its own; reading is not limited.
    expect((await create(validBody, { Authorization: 'Bearer api_test_other' })).status).toBe(201);
    // One second after the first POST, there is room for one more.
    clock.ms = START + 1000;
    expect((await create()).status).toBe(201);
    expect((await create()).status).toBe(429);
    clock.ms = START + 2000;
    expect((await create()).status).toBe(201);
  });
});

describe('the card page', () => {
  it('shows the description and amount, a labelled card number field and a cancel button; the payment is then started', async () => {
    const { created, fetch, get, nextUrl } = setUp();
    const payment = await created({ ...validBody, description: 'Bulky waste: sofa & chairs', amount: 1234567 });
    const response = await fetch(nextUrl(payment));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    const path = new URL(nextUrl(payment)).pathname;
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(html).toContain('Bulky waste: sofa &amp; chairs');
    expect(html).toContain('£12,345.67');
    expect(html).toContain(`<form method="post" action="${path}" novalidate>`);
    expect(html).toContain('<label for="card-number">Card number</label>');
    expect(html).toMatch(/<input id="card-number" name="cardNumber" type="text"/);
    expect(html).toContain('<button type="submit">Continue</button>');
    expect(html).toContain(`<form method="post" action="${path}/cancel">`);
    expect(html).toContain('<button type="submit">Cancel payment</button>');
    const started = await get(payment.payment_id);
    expect(started.state).toEqual({ status: 'started', finished: false });
    // next_url may be opened again while the payment is started.
    expect((await (await fetch(nextUrl(payment))).text()).includes('Card number')).toBe(true);
  });

  it('is in Welsh for a payment in Welsh', async () => {
    const { created, fetch, nextUrl, clock } = setUp();
    const payment = await created({ ...validBody, language: 'cy' });
    const html = await (await fetch(nextUrl(payment))).text();
    expect(html).toContain('<html lang="cy">');
    expect(html).toContain('<label for="card-number">Rhif y cerdyn</label>');
    expect(html).toContain('<button type="submit">Parhau</button>');
    expect(html).toContain('<button type="submit">Canslo’r taliad</button>');
    expect(html).not.toContain('Card number');
    clock.ms += 90 * MINUTE;
    const expired = await (await fetch(nextUrl(payment))).text();
    expect(expired).toContain('<html lang="cy">');
    expect(expired).toContain('Mae eich sesiwn talu wedi dod i ben');
  });

  const outcomes: [string, string, string | undefined, string][] = [
    ['4444333322221111', 'success', undefined, 'card_payment_succeeded'],
    ['4242424242424242', 'success', undefined, 'card_payment_succeeded'],
    ['5101180000000007', 'success', undefined, 'card_payment_succeeded'],
    ['4000000000000002', 'failed', 'P0010', 'card_payment_failed'],
    ['4000000000000069', 'failed', 'P0010', 'card_payment_failed'],
    ['4000000000000127', 'failed', 'P0010', 'card_payment_failed'],
    ['4000000000000119', 'failed', 'P0050', 'card_payment_failed'],
    ['4000000000000010', 'failed', 'P0010', 'card_payment_failed'],
  ];

  it.each(outcomes)('card %s: %s %s, 303 to return_url, webhook %s', async (cardNumber, status, code, eventType) => {
    const { created, fetch, get, nextUrl, payWith, events, fake } = setUp();
    const payment = await created();
    await fetch(nextUrl(payment));
    const spaced = cardNumber.replace(/(\d{4})(?=\d)/g, '$1 ');
    const response = await payWith(payment, spaced);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(validBody.return_url);
    const after = await get(payment.payment_id);
    expect(after.state.status).toBe(status);
    expect(after.state.finished).toBe(true);
    expect(after.state.code).toBe(code);
    expect(after._links.next_url).toBeUndefined();
    expect(after._links.cancel).toBeUndefined();
    expect(fake.payments.get(payment.payment_id)?.history.map((step) => step.status)).toEqual([
      'created',
      'started',
      'submitted',
      status,
    ]);
    expect(events().map((event) => [event.event_type, event.resource_id])).toEqual([[eventType, payment.payment_id]]);
  });

  it('describes the test cards as documented', () => {
    expect(TEST_CARDS['4444333322221111']).toEqual({ outcome: 'success', brand: 'Visa' });
    expect(TEST_CARDS['5101180000000007']).toEqual({ outcome: 'success', brand: 'Mastercard' });
    expect(TEST_CARDS['4000000000000002']?.outcome).toBe('declined');
    expect(TEST_CARDS['4000000000000069']?.outcome).toBe('expired-card');
    expect(TEST_CARDS['4000000000000127']?.outcome).toBe('invalid-cvc');
    expect(TEST_CARDS['4000000000000119']?.outcome).toBe('error');
  });

  it('gives state messages as GOV.UK Pay words them, and the card’s brand and digits', async () => {
    const { created, payWith, get } = setUp();
    const declined = await created();
    await payWith(declined, '4000000000000002');
    expect((await get(declined.payment_id)).state).toEqual({
      status: 'failed',
      finished: true,
      code: 'P0010',
      message: 'Payment method rejected',
    });
    const broken = await created();
    await payWith(broken, '4000000000000119');
    expect((await get(broken.payment_id)).state.message).toBe('Payment provider returned an error');
    const paid = await created();
    await payWith(paid, '5101180000000007');
    expect((await get(paid.payment_id)).card_details).toEqual({
      card_brand: 'Mastercard',
      first_digits_card_number: '510118',
      last_digits_card_number: '0007',
    });
  });

  it('asks again for a card number left out, without moving the payment on', async () => {
    const { created, payWith, get, events } = setUp();
    const payment = await created({ ...validBody, language: 'cy' });
    const response = await payWith(payment, '  ');
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('Gwall: Rhowch rif eich cerdyn');
    expect(html).toContain('aria-describedby="card-number-error"');
    expect((await get(payment.payment_id)).state.status).toBe('started');
    expect(events()).toEqual([]);
  });

  it('shows a page saying so, with a link back, once the payment is finished; its form is gone', async () => {
    const { created, fetch, payWith, nextUrl, get } = setUp();
    const payment = await created();
    await payWith(payment, '4444333322221111');
    const again = await fetch(nextUrl(payment));
    expect(again.status).toBe(200);
    const html = await again.text();
    expect(html).toContain('Your payment has been made');
    expect(html).toContain(`<a href="${validBody.return_url}">`);
    expect(html).not.toContain('cardNumber');
    // Posting a card again changes nothing.
    expect((await payWith(payment, '4000000000000002')).status).toBe(200);
    expect((await get(payment.payment_id)).state.status).toBe('success');
  });

  it('answers 404 for a token it does not know', async () => {
    const { fetch } = setUp();
    const response = await fetch(`${API}/pay/nosuchtoken`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('This payment cannot be found');
  });

  it('sends next_url_post’s form on to the card page', async () => {
    const { created, fetch } = setUp();
    const payment = await created(validBody, 'http://localhost:4321/fakes/govuk-pay');
    const post = payment._links.next_url_post;
    const response = await fetch(post?.href ?? '', {
      method: 'POST',
      body: new URLSearchParams(post?.params ?? {}),
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(new URL(payment._links.next_url?.href ?? '').pathname);
  });

  it('serves the card page under the prefix it is mounted at', async () => {
    const { created, fetch, get } = setUp();
    const payment = await created(validBody, 'http://localhost:4321/fakes/govuk-pay');
    const nextUrl = payment._links.next_url?.href ?? '';
    expect(nextUrl).toMatch(/^http:\/\/localhost:4321\/fakes\/govuk-pay\/pay\/[a-z0-9]{26}$/);
    const response = await fetch(nextUrl, {
      method: 'POST',
      body: new URLSearchParams({ cardNumber: '4242424242424242' }),
    });
    expect(response.status).toBe(303);
    expect((await get(payment.payment_id)).state.status).toBe('success');
  });
});

describe('cancelling', () => {
  it('on the card page: failed P0030, 303 to return_url, webhook card_payment_cancelled', async () => {
    const { created, fetch, get, nextUrl, events } = setUp();
    const payment = await created();
    await fetch(nextUrl(payment));
    const response = await fetch(`${nextUrl(payment)}/cancel`, { method: 'POST' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(validBody.return_url);
    expect((await get(payment.payment_id)).state).toEqual({
      status: 'failed',
      finished: true,
      code: 'P0030',
      message: 'Payment was cancelled by the user',
    });
    expect(events().map((event) => event.event_type)).toEqual(['card_payment_cancelled']);
  });

  it('through the API: 204, then cancelled P0040, webhook card_payment_cancelled', async () => {
    const { created, cancel, get, events, fetch, nextUrl } = setUp();
    const payment = await created();
    const response = await cancel(payment.payment_id);
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    expect((await get(payment.payment_id)).state).toEqual({
      status: 'cancelled',
      finished: true,
      code: 'P0040',
      message: 'Payment was cancelled by the service',
    });
    expect(events().map((event) => event.event_type)).toEqual(['card_payment_cancelled']);
    expect(await (await fetch(nextUrl(payment))).text()).toContain('Your payment has been cancelled');
  });

  it('through the API once finished: 400 P0501, the payment unchanged', async () => {
    const { created, cancel, get, payWith } = setUp();
    const paid = await created();
    await payWith(paid, '4444333322221111');
    expect(await errorOf(await cancel(paid.payment_id))).toEqual([
      400,
      { code: 'P0501', description: 'Cancellation of payment failed' },
    ]);
    expect((await get(paid.payment_id)).state.status).toBe('success');
    const cancelled = await created();
    expect((await cancel(cancelled.payment_id)).status).toBe(204);
    expect((await errorOf(await cancel(cancelled.payment_id)))[1].code).toBe('P0501');
  });

  it('through the API for a payment it does not know: 404 P0200', async () => {
    const { cancel } = setUp();
    expect(await errorOf(await cancel('nosuchpayment'))).toEqual([404, { code: 'P0200', description: 'Not found' }]);
  });
});

describe('expiry', () => {
  it('turns a payment unfinished 90 minutes after it was made into failed P0020 on the next read, sending one webhook', async () => {
    const { created, get, clock, events } = setUp();
    const payment = await created();
    clock.ms = START + 90 * MINUTE - 1;
    expect((await get(payment.payment_id)).state.status).toBe('created');
    clock.ms = START + 90 * MINUTE;
    const expired = await get(payment.payment_id);
    expect(expired.state).toEqual({ status: 'failed', finished: true, code: 'P0020', message: 'Payment expired' });
    expect(expired._links.next_url).toBeUndefined();
    await get(payment.payment_id);
    expect(events().map((event) => [event.event_type, event.resource.state.code])).toEqual([
      ['card_payment_expired', 'P0020'],
    ]);
  });

  it('shows the card page as expired, with a link back, and takes no card', async () => {
    const { created, fetch, get, nextUrl, payWith, clock } = setUp();
    const payment = await created();
    await fetch(nextUrl(payment));
    clock.ms += 95 * MINUTE;
    const response = await payWith(payment, '4444333322221111');
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('Your payment session has expired');
    expect(html).toContain(`href="${validBody.return_url}"`);
    expect((await get(payment.payment_id)).state.code).toBe('P0020');
  });

  it('does not touch a finished payment', async () => {
    const { created, get, payWith, clock } = setUp();
    const payment = await created();
    await payWith(payment, '4444333322221111');
    clock.ms += 120 * MINUTE;
    expect((await get(payment.payment_id)).state.status).toBe('success');
  });
});

describe('webhooks', () => {
  it('are signed with HMAC-SHA256 of the exact body, as lower-case hex, and carry the payment as GET shows it', async () => {
    const { created, payWith, get, delivered, clock } = setUp();
    const payment = await created({ ...validBody, metadata: { ledger: 'BW' } });
    clock.ms += 5 * MINUTE;
    await payWith(payment, '4444333322221111');
    expect(delivered).toHaveLength(1);
    const [{ body, signature }] = delivered as [{ body: string; signature: string }];
    expect(signature).toMatch(/^[0-9a-f]{64}$/);
    expect(signature).toBe(createHmac('sha256', GOVUK_PAY_WEBHOOK_SECRET).update(body).digest('hex'));
    expect(signature).not.toBe(createHmac('sha256', 'another secret').update(body).digest('hex'));
    const event = JSON.parse(body) as WebhookEvent;
    expect(event).toEqual({
      webhook_message_id: expect.any(String) as unknown,
      created_date: '2026-11-26T10:05:00.000Z',
      resource_id: payment.payment_id,
      api_version: 1,
      resource_type: 'payment',
      event_type: 'card_payment_succeeded',
      resource: await get(payment.payment_id),
    });
    expect(event.webhook_message_id).not.toBe('');
  });

  it('use the secret given, and sign the same way the exported helper does', async () => {
    const { created, payWith, delivered } = setUp({
      webhook: { secret: 'webhook_live_other', deliver: (body, signature) => void delivered.push({ body, signature }) },
    });
    const payment = await created();
    await payWith(payment, '4000000000000002');
    const [{ body, signature }] = delivered as [{ body: string; signature: string }];
    expect(signature).toBe(createHmac('sha256', 'webhook_live_other').update(body).digest('hex'));
    expect(await govukPaySignature(body, 'webhook_live_other')).toBe(signature);
  });

  it('never fail the card page when the council’s endpoint does', async () => {
    const { created, payWith, get } = setUp({
      webhook: {
        secret: GOVUK_PAY_WEBHOOK_SECRET,
        deliver: () => Promise.reject(new Error('connection refused')),
      },
    });
    const payment = await created();
    const response = await payWith(payment, '4444333322221111');
    expect(response.status).toBe(303);
    expect((await get(payment.payment_id)).state.status).toBe('success');
  });

  it('are not sent without a webhook configured', async () => {
    const { created, payWith, fake } = setUp({ webhook: undefined });
    const payment = await created();
    expect((await payWith(payment, '4444333322221111')).status).toBe(303);
    expect(fake.payments.get(payment.payment_id)?.status).toBe('success');
  });
});

describe('delayed capture, events and refunds', () => {
  it('holds a payment made with delayed_capture as capturable until captured', async () => {
    const { created, payWith, get, fetch, authorised, events } = setUp();
    const payment = await created({ ...validBody, delayed_capture: true });
    expect(payment.delayed_capture).toBe(true);
    await payWith(payment, '4444333322221111');
    const held = await get(payment.payment_id);
    expect(held.state).toEqual({ status: 'capturable', finished: false });
    expect(held._links.capture).toEqual({ href: `${held._links.self?.href ?? ''}/capture`, method: 'POST' });
    expect(events()).toEqual([]);
    const capture = await fetch(`${API}/v1/payments/${payment.payment_id}/capture`, {
      method: 'POST',
      headers: authorised,
    });
    expect(capture.status).toBe(204);
    expect((await get(payment.payment_id)).state).toEqual({ status: 'success', finished: true });
    expect(events().map((event) => event.event_type)).toEqual(['card_payment_succeeded']);
    const again = await fetch(`${API}/v1/payments/${payment.payment_id}/capture`, {
      method: 'POST',
      headers: authorised,
    });
    expect((await errorOf(again))[0]).toBe(400);
  });

  it('lists a payment’s steps at its events link, and no refunds at its refunds link', async () => {
    const { created, payWith, fetch, authorised, clock } = setUp();
    const payment = await created();
    clock.ms += MINUTE;
    await payWith(payment, '4000000000000002');
    const eventsUrl = payment._links.events?.href ?? '';
    const list = (await (await fetch(eventsUrl, { headers: authorised })).json()) as {
      payment_id: string;
      events: { state: { status: string }; updated: string }[];
    };
    expect(list.payment_id).toBe(payment.payment_id);
    expect(list.events.map((event) => [event.state.status, event.updated])).toEqual([
      ['created', '2026-11-26T10:00:00.000Z'],
      ['started', '2026-11-26T10:01:00.000Z'],
      ['submitted', '2026-11-26T10:01:00.000Z'],
      ['failed', '2026-11-26T10:01:00.000Z'],
    ]);
    const refunds = (await (await fetch(payment._links.refunds?.href ?? '', { headers: authorised })).json()) as {
      _embedded: { refunds: unknown[] };
    };
    expect(refunds._embedded.refunds).toEqual([]);
  });
});
