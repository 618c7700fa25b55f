import type { Handler } from '@council-components/server/http/handler.js';
import type { Route } from '@council-components/server/http/router.js';
import { govukPayClient } from '@council-components/server/payments/govuk-pay-client.js';
import {
  createPaymentsHandlers,
  priceList,
  type PaymentsHandlerOptions,
} from '@council-components/server/payments/payments-handler.js';
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

export interface PaymentBackendOptions {
  /**
   * The council's database, opened at the first payment: SQLite or PostgreSQL in the sandbox and the tests (Node),
   * PGlite on the docs site (the browser). These routes import nothing that runs only in Node.
   */
  storage: () => Promise<PaymentsHandlerOptions['storage']>;
  /** Where GOV.UK Pay sends the resident back in each language, on the origin of the first request. Default `/`. */
  returnPaths?: Readonly<Record<'en' | 'cy', string>>;
  /**
   * The council's payment endpoints, each its own service with its own cookie (its path), over one GOV.UK Pay.
   * Default `/api/payments`.
   */
  endpoints?: readonly string[];
}

/**
 * The council's payments back end over the fake of GOV.UK Pay, mounted at `/fakes/govuk-pay/` so that its card page
 * is on the same origin, where a browser can reach it. Made at the first request, whose origin is the one GOV.UK
 * Pay's links and the return address are on. The fake's webhooks reach the handler in process, signed.
 *
 * `POST /fakes/govuk-pay-clock?minutes=91` moves the fake's clock on (GOV.UK Pay's payments expire after 90
 * minutes): the tests', stories' and sandbox's way to an expired payment.
 */
export function paymentRoutes(options: PaymentBackendOptions): Route[] {
  let minutesOn = 0;
  const pay = createGovukPayFake({
    now: () => Date.now() + minutesOn * 60_000,
    webhook: {
      secret: GOVUK_PAY_WEBHOOK_SECRET,
      // To every endpoint's receiver, as a council would configure one webhook per service: each knows its own.
      deliver: async (body, signature) => {
        for (const [base, handlers] of made) {
          await (
            await handlers
          ).webhook(
            new Request(new URL(`${base}/webhook`, origin), {
              method: 'POST',
              headers: { 'Content-Type': 'application/json', 'Pay-Signature': signature },
              body,
            }),
            { clientAddress: '127.0.0.1' },
          );
        }
      },
    },
  });
  let origin = 'http://localhost/';
  const made = new Map<string, Promise<ReturnType<typeof createPaymentsHandlers>>>();
  const handlers = (basePath: string, request: Request) => {
    let started = made.get(basePath);
    if (!started) {
      started = (async () => {
        origin = new URL(request.url).origin;
        return createPaymentsHandlers({
          storage: await options.storage(),
          pay: govukPayClient({
            apiKey: GOVUK_PAY_TEST_KEY,
            baseUrl: new URL('/fakes/govuk-pay/', origin),
            fetch: fetchVia(pay.handler),
          }),
          priceOf: priceList(SANDBOX_PRICES),
          returnUrl: {
            en: new URL(options.returnPaths?.en ?? '/', origin),
            cy: new URL(options.returnPaths?.cy ?? '/', origin),
          },
          cookieSecret: 'sandbox-cookie-secret-not-for-production-use',
          webhookSecret: GOVUK_PAY_WEBHOOK_SECRET,
          basePath,
          rateLimit: { perMinute: 120, burst: 30 },
          onProviderError: () => undefined,
        });
      })();
      made.set(basePath, started);
    }
    return started;
  };
  const route =
    (basePath: string, name: 'create' | 'status' | 'webhook'): Handler =>
    async (request, context) =>
      (await handlers(basePath, request))[name](request, context);
  return [
    ...(options.endpoints ?? ['/api/payments']).flatMap((base): Route[] => [
      { method: 'POST', path: base, handler: route(base, 'create') },
      { method: 'GET', path: `${base}/status`, handler: route(base, 'status') },
      { method: 'POST', path: `${base}/webhook`, handler: route(base, 'webhook') },
    ]),
    {
      method: 'POST',
      path: '/fakes/govuk-pay-clock',
      handler: (request) => {
        minutesOn += Number(new URL(request.url).searchParams.get('minutes') ?? 0) || 0;
        return Promise.resolve(new Response(null, { status: 204 }));
      },
    },
    { method: 'GET', path: '/fakes/govuk-pay/*', handler: pay.handler },
    { method: 'POST', path: '/fakes/govuk-pay/*', handler: pay.handler },
  ];
}
