import type { Kysely } from 'kysely';
import type { Handler } from '../http/handler.js';
import { jsonObjectBody } from '../http/json-object-body.js';
import { errorResponse, jsonResponse } from '../http/json-response.js';
import { RateLimiter } from '../http/rate-limiter.js';
import { errorCodeOfUpstream, UpstreamError } from '../http/upstream-request.js';
import {
  IdempotencyKeys,
  isIdempotencyKey,
  requestHashOf,
  type IdempotentResult,
} from '../storage/idempotency-keys.js';
import type { StorageTables } from '../storage/storage-tables.js';
import type { GovukPayClient } from './govuk-pay-client.js';
import { paymentCookie, paymentIdFor, paymentIdOf, webhookSignatureValid } from './payment-cookie.js';
import type { PaymentStatus } from '@council-components/http/payment-status.js';
import { outcomeOf } from './payment-outcome.js';
import { FINISHED, PaymentRecords, type PaymentRecord } from './payment-records.js';
import { referenceProblem } from '@council-components/http/payment-reference.js';

/** What the council charges for a payment: always priced here, on the server, never taken from a browser. */
export interface Priced {
  /** Pence. */
  amount: number;
  /** What the resident is paying for, as GOV.UK Pay shows it and the receipt says: in English and in Welsh. */
  description: string;
  descriptionCy: string;
}

/** What a resident asked to pay: an item of the price list, or a reference (a fine, an invoice) to look up. */
export interface PaymentAsked {
  item: string | undefined;
  reference: string;
}

/** The council's prices: a price list (`priceList`), or its own lookup (a fine's amount from its system). */
export type PriceLookup = (asked: PaymentAsked) => Priced | undefined | Promise<Priced | undefined>;

/** A price list in configuration: each item's id, amount and descriptions. */
export function priceList(items: readonly (Priced & { id: string })[]): PriceLookup {
  const byId = new Map(items.map(({ id, ...priced }) => [id, priced]));
  return ({ item }) => (item === undefined ? undefined : byId.get(item));
}

export interface PaymentsHandlerOptions {
  storage: { db: Kysely<StorageTables> };
  pay: GovukPayClient;
  priceOf: PriceLookup;
  /**
   * The council's page a resident comes back to from GOV.UK Pay (https in live): from configuration only. One for
   * both languages, or each language's (a Welsh page at its own address). The server adds `payment=returned`, so
   * that the component knows to ask how it went.
   */
  returnUrl: string | URL | Readonly<Record<'en' | 'cy', string | URL>>;
  /** Signs the payment cookie: at least 32 random characters, kept with the server's other secrets. */
  cookieSecret: string;
  /** GOV.UK Pay's webhook signing secret. */
  webhookSecret: string;
  /** Where the payment endpoints are, and so the cookie's `Path`. Default `/api/payments`. */
  basePath?: string;
  /** Payments asked for per client per minute, and the burst allowed. Default 10 and 5. */
  rateLimit?: { perMinute: number; burst: number };
  /** The most one request may take. Default 8 s. */
  budgetMs?: number;
  /** Where GOV.UK Pay's failures are reported, for the council's logs. Default: the console. */
  onProviderError?: (error: UpstreamError) => void;
  now?: () => Date;
}

/** What the status endpoint answers: the outcome, and what was paid for (the contract the component checks). */
export type { PaymentStatus };

const ASKED_FIELDS = new Set(['item', 'reference', 'language']);

/**
 * The council's payment endpoints, on GOV.UK Pay (`openapi/payments.openapi.json`):
 *
 * - `POST {base}` `{ item?, reference, language? }` with an `Idempotency-Key` → 201 `{ nextUrl }` and a signed
 *   payment cookie. The amount is the council's (`priceOf`); a request with one is refused. The key goes on to
 *   GOV.UK Pay and is stored with the answer: the same request again gives the same payment, never a second.
 * - `GET {base}/status` → `{ outcome, reference, amount, description }` for the payment the cookie names, read
 *   again from GOV.UK Pay: nothing in the URL changes it.
 * - `POST {base}/webhook`: GOV.UK Pay's events, signed; each applied once, its state read again from Pay.
 */
export function createPaymentsHandlers(options: PaymentsHandlerOptions): {
  create: Handler;
  status: Handler;
  webhook: Handler;
} {
  const now = options.now ?? (() => new Date());
  const records = new PaymentRecords(options.storage.db, now);
  const keys = new IdempotencyKeys(options.storage.db, { now });
  const limiter = new RateLimiter({ ...(options.rateLimit ?? { perMinute: 10, burst: 5 }) });
  const basePath = options.basePath ?? '/api/payments';
  const returnUrls = returnUrlsOf(options.returnUrl);
  const budget = (): AbortSignal => AbortSignal.timeout(options.budgetMs ?? 8_000);
  const report =
    options.onProviderError ??
    ((error: UpstreamError) => {
      console.warn(`[council-components/server] ${error.message} (${error.failure})`);
    });
  const failed = (error: unknown): Response => {
    if (!(error instanceof UpstreamError)) throw error;
    report(error);
    return errorResponse(errorCodeOfUpstream(error, 'payment-reference-invalid'), {
      retryAfterSeconds: error.retryAfterSeconds,
    });
  };

  /** The request's body, as the resident's browser sent it, or the problem with it. */
  async function askedOf(request: Request): Promise<(PaymentAsked & { language: 'en' | 'cy' }) | Response> {
    const fields = await jsonObjectBody(request);
    if (!fields) return errorResponse('payment-request-invalid');
    // The amount is the council's: a browser that sends one has been tampered with, or is not ours.
    if ('amount' in fields) return errorResponse('payment-amount-refused');
    if (Object.keys(fields).some((name) => !ASKED_FIELDS.has(name))) return errorResponse('payment-request-invalid');
    const { item, reference, language } = fields;
    if (
      (item !== undefined && typeof item !== 'string') ||
      typeof reference !== 'string' ||
      (language !== undefined && language !== 'en' && language !== 'cy')
    ) {
      return errorResponse('payment-request-invalid');
    }
    const tidied = reference.trim();
    const problem = referenceProblem(tidied);
    if (problem) return errorResponse('payment-reference-invalid', { message: `reference: ${problem}` });
    return { item, reference: tidied, language: language ?? 'en' };
  }

  const create: Handler = async (request, { clientAddress }) => {
    const key = request.headers.get('idempotency-key') ?? '';
    if (!isIdempotencyKey(key)) return errorResponse('idempotency-key-missing');
    const asked = await askedOf(request);
    if (asked instanceof Response) return asked;
    const decision = limiter.take(clientAddress);
    if (!decision.allowed) return errorResponse('rate-limited', { retryAfterSeconds: decision.retryAfterSeconds });
    const priced = await options.priceOf({ item: asked.item, reference: asked.reference });
    if (!priced) return errorResponse('payment-item-unknown');
    const hash = await requestHashOf(asked.item ?? '', asked.reference, asked.language);
    let result: IdempotentResult;
    try {
      result = await keys.once('payments:create', key, hash, async () => {
        const id = await paymentIdFor(key, options.cookieSecret);
        const description = asked.language === 'cy' ? priced.descriptionCy : priced.description;
        await records.insert({
          id,
          item: asked.item ?? null,
          reference: asked.reference,
          description,
          amount: priced.amount,
          language: asked.language,
        });
        try {
          // The same key goes on to GOV.UK Pay: asked again (after a crash here), it gives back the same payment.
          const payment = await options.pay.create(
            {
              amount: priced.amount,
              reference: asked.reference,
              description,
              return_url: returnUrls[asked.language],
              language: asked.language,
            },
            key,
            budget(),
          );
          await records.record(id, { ...payment.state, payId: payment.payment_id }, 'create');
          return { status: 201, body: { id, nextUrl: payment.nextUrl ?? null } };
        } catch (error) {
          await records.record(id, { status: 'not-created', code: null }, 'create');
          throw error;
        }
      });
    } catch (error) {
      return failed(error);
    }
    if (result.outcome === 'in-progress') return errorResponse('payment-in-progress', { retryAfterSeconds: 1 });
    if (result.outcome === 'key-reused') return errorResponse('idempotency-key-reused');
    const { id, nextUrl } = result.answer.body as { id: string; nextUrl: string | null };
    const cookie = await paymentCookie(id, options.cookieSecret, basePath);
    return jsonResponse(
      { nextUrl },
      {
        status: result.outcome === 'answered' ? 201 : 200,
        headers: {
          'Cache-Control': 'no-store',
          'Set-Cookie': cookie,
        },
      },
    );
  };

  /** A payment's state read again from GOV.UK Pay, recorded when it changed. */
  async function refreshed(payment: PaymentRecord, source: 'status' | 'webhook', messageId?: string) {
    if (!payment.pay_id) return { payment, duplicate: false };
    const read = await options.pay.get(payment.pay_id, budget());
    const changed = read.state.status !== payment.status || (read.state.code ?? null) !== payment.code;
    const written =
      changed || messageId !== undefined
        ? await records.record(payment.id, read.state, source, messageId ?? null)
        : 'recorded';
    return {
      payment: { ...payment, status: read.state.status, code: read.state.code ?? null },
      duplicate: written === 'duplicate',
    };
  }

  const status: Handler = async (request) => {
    // The cookie names the payment; nothing in the URL (`?status=success`) is read.
    const id = await paymentIdOf(request, options.cookieSecret);
    const stored = id === undefined ? undefined : await records.byId(id);
    if (!stored) return errorResponse('payment-not-found');
    let payment = stored;
    if (!FINISHED.has(stored.status)) {
      try {
        ({ payment } = await refreshed(stored, 'status'));
      } catch (error) {
        return failed(error);
      }
    }
    const body: PaymentStatus = {
      outcome: payment.status === 'not-created' ? 'error' : outcomeOf(payment),
      reference: payment.reference,
      amount: payment.amount,
      description: payment.description,
    };
    return jsonResponse(body, { headers: { 'Cache-Control': 'no-store' } });
  };

  const webhook: Handler = async (request) => {
    const text = await request.text();
    if (!(await webhookSignatureValid(text, request.headers.get('pay-signature'), options.webhookSecret)))
      return errorResponse('webhook-signature-invalid');
    let event: unknown;
    try {
      event = JSON.parse(text);
    } catch {
      return errorResponse('bad-request');
    }
    const field = (value: unknown, name: string): unknown =>
      typeof value === 'object' && value !== null ? (Reflect.get(value, name) as unknown) : undefined;
    const payId = field(event, 'resource_id');
    const messageId = field(event, 'webhook_message_id');
    if (typeof payId !== 'string' || typeof messageId !== 'string') return errorResponse('bad-request');
    const payment = await records.byPayId(payId);
    if (!payment) return errorResponse('payment-not-found');
    try {
      // The event says something happened; what happened is read from GOV.UK Pay itself.
      const { duplicate } = await refreshed(payment, 'webhook', messageId);
      return jsonResponse({ applied: !duplicate });
    } catch (error) {
      return failed(error);
    }
  };

  return { create, status, webhook };
}

/** Each language's return address, with `payment=returned` added. */
function returnUrlsOf(configured: PaymentsHandlerOptions['returnUrl']): Record<'en' | 'cy', string> {
  const each =
    typeof configured === 'string' || configured instanceof URL ? { en: configured, cy: configured } : configured;
  const marked = (address: string | URL): string => {
    const url = new URL(address);
    url.searchParams.set('payment', 'returned');
    return url.href;
  };
  return { en: marked(each.en), cy: marked(each.cy) };
}
