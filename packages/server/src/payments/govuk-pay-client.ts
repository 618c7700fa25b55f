import { isBoolean, isNumber, isString, objectOf, optional, type Check } from '@council-components/http/shape.js';
import {
  bodyOf,
  failureOfStatus,
  upstreamRequest,
  UpstreamError,
  type UpstreamAnswer,
  type UpstreamOptions,
} from '../http/upstream-request.js';

export const GOVUK_PAY = 'GOV.UK Pay';
export const GOVUK_PAY_BASE = 'https://publicapi.payments.service.gov.uk';

/** A payment's state as GOV.UK Pay reports it. */
export interface PayState {
  status: string;
  finished: boolean;
  code?: string | undefined;
}

/** What the council's back end reads of a GOV.UK Pay payment. */
export interface PayPayment {
  payment_id: string;
  amount: number;
  reference: string;
  description: string;
  state: PayState;
  /** Where the resident pays: single use, theirs alone. Present while the payment can still be paid. */
  nextUrl: string | undefined;
}

export interface CreatePayment {
  amount: number;
  reference: string;
  description: string;
  return_url: string;
  language: 'en' | 'cy';
  metadata?: Readonly<Record<string, string>>;
}

const link = objectOf({ href: isString });
const paymentShape: Check<
  Omit<PayPayment, 'nextUrl'> & { _links?: { next_url?: { href: string } | undefined } | undefined }
> = objectOf({
  payment_id: isString,
  amount: isNumber,
  reference: isString,
  description: isString,
  state: objectOf({ status: isString, finished: isBoolean, code: optional(isString) }),
  _links: optional(objectOf({ next_url: optional(link) })),
});
const errorShape = objectOf({ code: optional(isString), field: optional(isString) });

export interface GovukPayOptions extends UpstreamOptions {
  /** The council's GOV.UK Pay API key. Secret: it stays on the server, and never appears in a message or a log. */
  apiKey: string;
  /** Default `https://publicapi.payments.service.gov.uk`. */
  baseUrl?: string | URL;
  /** How long to keep retrying a rate-limited (429, `P0900`) request, in all. Default 4 s. */
  rateLimitBudgetMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * GOV.UK Pay's public API, as far as taking a payment goes: create one (with an `Idempotency-Key`, so that a
 * request done again gives the first payment back) and read one (strongly consistent). Its errors become
 * `UpstreamError`s: a refused key or a request its firewall blocks (`P0920`) is our misconfiguration; a reference
 * it refuses (`P0102` on `reference`, `P0105`) is the resident's input; `P0900` is retried with backoff within a
 * time budget, then a rate limit.
 */
export function govukPayClient(options: GovukPayOptions) {
  const base = new URL(options.baseUrl ?? GOVUK_PAY_BASE);
  const headers = { Authorization: `Bearer ${options.apiKey}` };
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const url = (path: string): URL => new URL(`${base.pathname.replace(/\/$/, '')}${path}`, base);

  function failureOf(status: number, body: unknown, answer: UpstreamAnswer): UpstreamError {
    let code: string | undefined;
    let field: string | undefined;
    try {
      ({ code, field } = errorShape(body));
    } catch {
      // Not Pay's error body: the status says it all.
    }
    if (code === 'P0105' || (code === 'P0102' && field === 'reference'))
      return new UpstreamError(GOVUK_PAY, 'rejected-input', `refused the reference (${code})`, { status });
    if (code === 'P0920' || code === 'P0101' || code === 'P0102' || code === 'P0104' || code === 'P0197')
      return new UpstreamError(GOVUK_PAY, 'misconfigured', `refused the request (${code})`, { status });
    return failureOfStatus(GOVUK_PAY, answer);
  }

  function paymentOf(answer: UpstreamAnswer): PayPayment {
    const { _links, ...payment } = bodyOf(GOVUK_PAY, answer, paymentShape);
    return { ...payment, nextUrl: _links?.next_url?.href };
  }

  /** Sends a request again while Pay answers 429, with growing waits, until the budget is spent. */
  async function withinRateLimit(send: () => Promise<UpstreamAnswer>): Promise<UpstreamAnswer> {
    const deadline = Date.now() + (options.rateLimitBudgetMs ?? 4_000);
    for (let attempt = 0; ; attempt++) {
      const answer = await send();
      const wait = 250 * 2 ** attempt;
      if (answer.status !== 429 || Date.now() + wait > deadline) return answer;
      await sleep(wait);
    }
  }

  return {
    async create(body: CreatePayment, idempotencyKey: string, signal?: AbortSignal): Promise<PayPayment> {
      const answer = await withinRateLimit(() =>
        upstreamRequest(
          GOVUK_PAY,
          url('/v1/payments'),
          { method: 'POST', headers, json: body, idempotencyKey, ...(signal ? { signal } : {}) },
          options,
        ),
      );
      // 201 for a new payment; 200 for the one an earlier request with the same key created.
      if (answer.status !== 201 && answer.status !== 200) throw failureOf(answer.status, answer.body, answer);
      return paymentOf(answer);
    },

    async get(payId: string, signal?: AbortSignal): Promise<PayPayment> {
      const answer = await withinRateLimit(() =>
        upstreamRequest(
          GOVUK_PAY,
          url(`/v1/payments/${encodeURIComponent(payId)}`),
          { headers, ...(signal ? { signal } : {}) },
          options,
        ),
      );
      if (answer.status !== 200) throw failureOf(answer.status, answer.body, answer);
      return paymentOf(answer);
    },
  };
}

export type GovukPayClient = ReturnType<typeof govukPayClient>;
