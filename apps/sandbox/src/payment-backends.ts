import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Handler } from '@council-components/server/http/handler.js';
import type { Route } from '@council-components/server/http/router.js';
import { govukPayClient } from '@council-components/server/payments/govuk-pay-client.js';
import { createPaymentsHandlers, priceList } from '@council-components/server/payments/payments-handler.js';
import { openStorage, type Storage } from '@council-components/server/storage/open-storage.js';
import {
  createGovukPayFake,
  GOVUK_PAY_TEST_KEY,
  GOVUK_PAY_WEBHOOK_SECRET,
} from '@council-components/testing/fakes/govuk-pay-fake.js';
import { fetchVia } from '@council-components/testing/fakes/in-process-fetch.js';

/** What the sandbox council charges for. */
export const SANDBOX_PRICES = [
  {
    id: 'garden-waste',
    amount: 4500,
    description: 'Garden waste subscription 2027',
    descriptionCy: 'Tanysgrifiad gwastraff gardd 2027',
  },
  {
    id: 'bulky-waste',
    amount: 2850,
    description: 'Bulky waste collection',
    descriptionCy: 'Casgliad gwastraff swmpus',
  },
] as const;

/** The sandbox's database when `main.ts` gives none (the tests): SQLite in a folder of its own, gone on exit. */
function temporaryStorage(): Promise<Storage> {
  const folder = mkdtempSync(join(tmpdir(), 'council-sandbox-'));
  process.once('exit', () => {
    rmSync(folder, { recursive: true, force: true });
  });
  return openStorage({ url: `file:${join(folder, 'council.db')}` });
}

/**
 * The council's payments back end over the fake of GOV.UK Pay, mounted at `/fakes/govuk-pay/` so that its card page
 * is on the sandbox, where a browser can reach it. Made at the first request, whose origin is the sandbox's: GOV.UK
 * Pay's links and the return address are on it. The fake's webhooks reach the handler in process, signed.
 */
export function paymentRoutes(storage?: Storage): Route[] {
  const pay = createGovukPayFake({
    webhook: {
      secret: GOVUK_PAY_WEBHOOK_SECRET,
      deliver: async (body, signature) => {
        const handlers = await made;
        if (!handlers) return;
        await handlers.webhook(
          new Request(new URL('/api/payments/webhook', origin), {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'Pay-Signature': signature },
            body,
          }),
          { clientAddress: '127.0.0.1' },
        );
      },
    },
  });
  let origin = 'http://localhost/';
  let made: Promise<ReturnType<typeof createPaymentsHandlers>> | undefined;
  const handlers = (request: Request) => {
    made ??= (async () => {
      origin = new URL(request.url).origin;
      return createPaymentsHandlers({
        storage: storage ?? (await temporaryStorage()),
        pay: govukPayClient({
          apiKey: GOVUK_PAY_TEST_KEY,
          baseUrl: new URL('/fakes/govuk-pay/', origin),
          fetch: fetchVia(pay.handler),
        }),
        priceOf: priceList(SANDBOX_PRICES),
        returnUrl: new URL('/', origin),
        cookieSecret: 'sandbox-cookie-secret-not-for-production-use',
        webhookSecret: GOVUK_PAY_WEBHOOK_SECRET,
        rateLimit: { perMinute: 120, burst: 30 },
        onProviderError: () => undefined,
      });
    })();
    return made;
  };
  const route =
    (name: 'create' | 'status' | 'webhook'): Handler =>
    async (request, context) =>
      (await handlers(request))[name](request, context);
  return [
    { method: 'POST', path: '/api/payments', handler: route('create') },
    { method: 'GET', path: '/api/payments/status', handler: route('status') },
    { method: 'POST', path: '/api/payments/webhook', handler: route('webhook') },
    { method: 'GET', path: '/fakes/govuk-pay/*', handler: pay.handler },
    { method: 'POST', path: '/fakes/govuk-pay/*', handler: pay.handler },
  ];
}
