import type { FakeService } from './fake-service.ts';

/**
 * A fake of the GOV.UK Pay public API and of its hosted card page, in process, that behaves as the real
 * service's contract says (see shared/reference/upstreams.md):
 *
 * - `POST /v1/payments` with the real service's checks, in this order: its firewall first
 *   (`P0920`: no `Content-Type: application/json`, an empty body, `<`, `>`, `"`, `\` or `|` in a string value,
 *   an http `return_url` in live mode), then the key (401), the rate limit (`P0900`, more than 15 POSTs in a
 *   second per key), the `Idempotency-Key` header, the JSON (`P0197`) and each field (`P0101`, `P0102`,
 *   `P0104`, `P0105`); 201 with the payment and its links, or 200 with the first payment when the same
 *   `Idempotency-Key` comes again with the same body within 24 hours (409 `P0191` with another body).
 * - `GET /v1/payments/{id}`, its `events` and `refunds`, `POST …/cancel` and `POST …/capture`.
 * - The card page at `next_url`: a form taking a card number, where the documented test cards
 *   ({@link TEST_CARDS}) lead to their documented outcomes, and a button to cancel; then a 303 to `return_url`.
 * - Payments expire 90 minutes after they were made (`failed`, `P0020`), seen on the next read.
 * - Webhooks, signed as GOV.UK Pay signs them (`Pay-Signature`: HMAC-SHA256 of the body, as hex), sent when
 *   a payment finishes.
 *
 * The fake may be mounted under any prefix: it answers on the tail of the path (`…/v1/payments…`,
 * `…/pay/…`), and its links start with the origin and prefix the payment was made through. It uses Web
 * Crypto only, so it runs in Node and in browsers alike.
 */

/** The API key the fake accepts unless told otherwise: a test key, as GOV.UK Pay's begin `api_test_`. */
export const GOVUK_PAY_TEST_KEY = 'api_test_council-sandbox-key-5c0f8e2a9b7d4e61a3f0c2d8b6e4a1f9';

/** A webhook signing secret for tests and the sandbox. */
export const GOVUK_PAY_WEBHOOK_SECRET = 'webhook_test_council-sandbox-secret-8d3b1f6a2c9e4b07';

/** What a test card does when it is entered on the card page. */
export type TestCardOutcome = 'success' | 'declined' | 'expired-card' | 'invalid-cvc' | 'error';

/** The documented test cards and what each does. Any other number is declined. */
export const TEST_CARDS: Readonly<Record<string, { outcome: TestCardOutcome; brand: string }>> = Object.freeze({
  '4444333322221111': { outcome: 'success', brand: 'Visa' },
  '4242424242424242': { outcome: 'success', brand: 'Visa' },
  '4000056655665556': { outcome: 'success', brand: 'Visa' },
  '5101180000000007': { outcome: 'success', brand: 'Mastercard' },
  '5200828282828210': { outcome: 'success', brand: 'Mastercard' },
  '371449635398431': { outcome: 'success', brand: 'American Express' },
  '4000000000000002': { outcome: 'declined', brand: 'Visa' },
  '4000000000000069': { outcome: 'expired-card', brand: 'Visa' },
  '4000000000000127': { outcome: 'invalid-cvc', brand: 'Visa' },
  '4000000000000119': { outcome: 'error', brand: 'Visa' },
});

/** A payment's `state.status`. The first four are not finished. */
export type GovukPayStatus =
  'created' | 'started' | 'submitted' | 'capturable' | 'success' | 'failed' | 'cancelled' | 'error';

/** A payment's `state.code`, given with `failed`, `cancelled` and `error`. */
export type GovukPayStateCode = 'P0010' | 'P0020' | 'P0030' | 'P0040' | 'P0050';

/** The webhook events the fake sends, one when a payment finishes. */
export type GovukPayEventType =
  'card_payment_succeeded' | 'card_payment_failed' | 'card_payment_expired' | 'card_payment_cancelled';

/** A value of a payment's `metadata`. */
export type GovukPayMetadataValue = string | number | boolean;

export interface GovukPayFakeOptions {
  /** The API keys accepted; `[GOVUK_PAY_TEST_KEY]` unless given. */
  keys?: readonly string[];
  /** The time, in epoch milliseconds; `Date.now` unless given. Tests move it to expire payments. */
  now?: () => number;
  /** A live account: `return_url` must then be https. A test account (the default) allows http. */
  live?: boolean;
  /** Where webhooks go: each event's body and its signature, made with `secret`. */
  webhook?: { secret: string; deliver: (body: string, signature: string) => void | Promise<void> };
}

/** One step in a payment's life, as its `events` list shows it. */
export interface FakePaymentStep {
  readonly status: GovukPayStatus;
  readonly code: GovukPayStateCode | undefined;
  readonly atMs: number;
}

/** What the fake keeps of a payment. */
export interface FakePayment {
  readonly id: string;
  /** The token in `next_url`, which only the paying user should hold. */
  readonly chargeToken: string;
  readonly amount: number;
  readonly reference: string;
  readonly description: string;
  readonly returnUrl: string;
  readonly language: 'en' | 'cy';
  readonly email: string | undefined;
  readonly prefilledCardholderDetails: Readonly<Record<string, unknown>> | undefined;
  readonly delayedCapture: boolean;
  readonly metadata: Readonly<Record<string, GovukPayMetadataValue>> | undefined;
  readonly createdMs: number;
  readonly status: GovukPayStatus;
  readonly code: GovukPayStateCode | undefined;
  /** The card entered on the card page, when one was. */
  readonly card: { readonly brand: string; readonly firstDigits: string; readonly lastDigits: string } | undefined;
  readonly history: readonly FakePaymentStep[];
  /** The origin and mount prefix the payment was made through: where its links point. */
  readonly base: string;
}

/** A request the fake received. */
export interface FakeRequest {
  method: string;
  url: string;
  /** Header names in lower case. */
  headers: Record<string, string>;
  body: string;
}

export interface GovukPayFake {
  handler: FakeService;
  payments: ReadonlyMap<string, FakePayment>;
  /** Every request received, for tests that check the key never travels in a URL or that a request was never made. */
  requests: readonly FakeRequest[];
}

interface StoredPayment extends FakePayment {
  status: GovukPayStatus;
  code: GovukPayStateCode | undefined;
  card: FakePayment['card'];
  history: FakePaymentStep[];
}

/** A GOV.UK Pay error body, with the status it is sent with. */
interface PayProblem {
  status: number;
  field?: string;
  header?: string;
  code: string;
  description: string;
}

/** A payment request that passed every check. */
interface ValidPaymentRequest {
  amount: number;
  reference: string;
  description: string;
  returnUrl: string;
  language: 'en' | 'cy';
  email: string | undefined;
  prefilledCardholderDetails: Record<string, unknown> | undefined;
  delayedCapture: boolean;
  metadata: Record<string, GovukPayMetadataValue> | undefined;
}

const EXPIRES_AFTER_MS = 90 * 60_000;
const IDEMPOTENCY_KEPT_MS = 24 * 60 * 60_000;
const POSTS_PER_SECOND = 15;
const MAX_AMOUNT = 10_000_000;

const FIELDS = new Set([
  'amount',
  'reference',
  'description',
  'return_url',
  'language',
  'email',
  'prefilled_cardholder_details',
  'delayed_capture',
  'metadata',
]);
const PREFILLED_NAME = 'cardholder_name';
const PREFILLED_ADDRESS = 'billing_address';
const PREFILLED_ADDRESS_LINES = ['line1', 'line2', 'postcode', 'city', 'country'] as const;

/** `state.message` for each code, worded as GOV.UK Pay words it. */
const STATE_MESSAGES: Readonly<Record<GovukPayStateCode, string>> = {
  P0010: 'Payment method rejected',
  P0020: 'Payment expired',
  P0030: 'Payment was cancelled by the user',
  P0040: 'Payment was cancelled by the service',
  P0050: 'Payment provider returned an error',
};

const FIREWALL_BLOCKED = /[<>"\\|]/;
const IDEMPOTENCY_KEY = /^[A-Za-z0-9-]{1,255}$/;
const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

const isFinished = (status: GovukPayStatus): boolean =>
  status === 'success' || status === 'failed' || status === 'cancelled' || status === 'error';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const iso = (ms: number): string => new Date(ms).toISOString();

/** A random id of lower-case letters and digits, like GOV.UK Pay's payment ids. */
function randomId(length: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (byte) => ID_ALPHABET.charAt(byte % ID_ALPHABET.length)).join('');
}

/**
 * The `Pay-Signature` of a webhook body: HMAC-SHA256 of the exact body, keyed with the signing secret, as
 * lower-case hex. Web Crypto, so it runs in browsers too.
 */
export async function govukPaySignature(body: string, secret: string): Promise<string> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  const mac = await crypto.subtle.sign('HMAC', key, encoder.encode(body));
  return Array.from(new Uint8Array(mac), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The webhook event a payment's finishing sends, if any. */
function eventTypeOf(status: GovukPayStatus, code: GovukPayStateCode | undefined): GovukPayEventType | undefined {
  switch (status) {
    case 'success':
      return 'card_payment_succeeded';
    case 'cancelled':
      return 'card_payment_cancelled';
    case 'failed':
      if (code === 'P0020') return 'card_payment_expired';
      if (code === 'P0030') return 'card_payment_cancelled';
      return 'card_payment_failed';
    case 'error':
      return 'card_payment_failed';
    default:
      return undefined;
  }
}

/** True when a run of digits passes the Luhn check, as every card number does. */
function passesLuhn(digits: string): boolean {
  let sum = 0;
  Array.from(digits)
    .reverse()
    .forEach((character, index) => {
      const digit = Number(character) * (index % 2 === 1 ? 2 : 1);
      sum += digit > 9 ? digit - 9 : digit;
    });
  return sum % 10 === 0;
}

/** True when the text holds what looks like a card number: a run of 12 to 19 digits passing the Luhn check. */
const holdsCardNumber = (text: string): boolean =>
  (text.match(/\d+/g) ?? []).some((run) => run.length >= 12 && run.length <= 19 && passesLuhn(run));

/** Every string value in a parsed JSON value, however deep. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((item: unknown) => stringsIn(item));
  if (isRecord(value)) return Object.values(value).flatMap((item) => stringsIn(item));
  return [];
}

/** A JSON value written with its keys in order, so two bodies that mean the same compare equal. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item: unknown) => canonicalJson(item)).join(',')}]`;
  if (isRecord(value)) {
    const members = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`);
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value);
}

/** An amount in pence as the card page shows it: `£1,234.50`. */
function pounds(pence: number): string {
  const whole = String(Math.floor(pence / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `£${whole}.${String(pence % 100).padStart(2, '0')}`;
}

const escapeHtml = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** A GOV.UK Pay error: `{ field?, header?, code, description }`. */
const problemResponse = ({ status, ...body }: PayProblem): Response => json(status, body);

const missing = (field: string): PayProblem => ({
  status: 400,
  field,
  code: 'P0101',
  description: `Missing mandatory attribute: ${field}`,
});

/** P0102. The real service answers 400 when a value is of the wrong JSON type, 422 when it breaks a rule. */
const invalid = (status: 400 | 422, field: string, reason: string): PayProblem => ({
  status,
  field,
  code: 'P0102',
  description: `Invalid attribute value: ${field}. ${reason}`,
});

const isProblem = (value: unknown): value is PayProblem => isRecord(value) && typeof value.code === 'string';

/** A mandatory string field: present, a string, not blank, and no longer than `maxLength`. */
function mandatoryString(
  body: Record<string, unknown>,
  field: string,
  maxLength: number,
  wrongType = 'Must be a valid string format',
): string | PayProblem {
  const value = body[field];
  if (value === undefined || value === null) return missing(field);
  if (typeof value !== 'string') return invalid(400, field, wrongType);
  if (value.trim() === '') return missing(field);
  if (value.length > maxLength) {
    return invalid(422, field, `Must be less than or equal to ${String(maxLength)} characters length`);
  }
  return value;
}

function amountOf(value: unknown): number | PayProblem {
  if (value === undefined || value === null) return missing('amount');
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    return invalid(400, 'amount', 'Must be a valid numeric format');
  }
  if (value < 1) return invalid(422, 'amount', 'Must be greater than or equal to 1');
  if (value > MAX_AMOUNT) return invalid(422, 'amount', `Must be less than or equal to ${String(MAX_AMOUNT)}`);
  return value;
}

function returnUrlOf(body: Record<string, unknown>): string | PayProblem {
  const value = mandatoryString(body, 'return_url', 2000, 'Must be a valid URL format');
  if (typeof value !== 'string') return value;
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    return invalid(422, 'return_url', 'Must be a valid URL format');
  }
  return value;
}

function languageOf(value: unknown): 'en' | 'cy' | PayProblem {
  if (value === undefined) return 'en';
  if (typeof value !== 'string') return invalid(400, 'language', 'Must be "en" or "cy"');
  if (value !== 'en' && value !== 'cy') return invalid(422, 'language', 'Must be "en" or "cy"');
  return value;
}

function emailOf(value: unknown): string | undefined | PayProblem {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') return invalid(400, 'email', 'Field must be a string');
  if (value.length > 254) return invalid(422, 'email', 'Must be less than or equal to 254 characters length');
  return value;
}

function prefilledOf(value: unknown): Record<string, unknown> | undefined | PayProblem {
  if (value === undefined || value === null) return undefined;
  if (!isRecord(value)) return invalid(400, 'prefilled_cardholder_details', 'Must be an object');
  const name = value[PREFILLED_NAME];
  if (name !== undefined && name !== null && typeof name !== 'string') {
    return invalid(400, PREFILLED_NAME, 'Field must be a string');
  }
  const address = value[PREFILLED_ADDRESS];
  if (address === undefined || address === null) return value;
  if (!isRecord(address)) return invalid(400, PREFILLED_ADDRESS, 'Must be an object');
  for (const line of PREFILLED_ADDRESS_LINES) {
    const text = address[line];
    if (text !== undefined && text !== null && typeof text !== 'string') {
      return invalid(400, line, 'Field must be a string');
    }
  }
  return value;
}

function metadataOf(value: unknown): Record<string, GovukPayMetadataValue> | undefined | PayProblem {
  if (value === undefined) return undefined;
  if (value === null) return invalid(422, 'metadata', 'Value must not be null');
  if (!isRecord(value)) return invalid(422, 'metadata', 'Must be an object of JSON key-value pairs');
  const entries = Object.entries(value);
  if (entries.length < 1) return invalid(422, 'metadata', 'Must have at least 1 key-value pair');
  if (entries.length > 15) return invalid(422, 'metadata', 'Cannot have more than 15 key-value pairs');
  const metadata: Record<string, GovukPayMetadataValue> = {};
  for (const [key, item] of entries) {
    if (key.length < 1 || key.length > 30) {
      return invalid(422, 'metadata', 'Keys must be between 1 and 30 characters long');
    }
    if (typeof item !== 'string' && typeof item !== 'number' && typeof item !== 'boolean') {
      return invalid(422, 'metadata', 'Values must be of type String, Boolean or Number');
    }
    if (typeof item === 'string' && item.length > 100) {
      return invalid(422, 'metadata', 'Values must be no greater than 100 characters long');
    }
    metadata[key] = item;
  }
  return metadata;
}

/** Checks a parsed payment request as GOV.UK Pay does, field by field, and gives the first problem found. */
function validatePaymentRequest(body: Record<string, unknown>): ValidPaymentRequest | PayProblem {
  const unexpected = Object.keys(body).find((key) => !FIELDS.has(key));
  if (unexpected !== undefined) {
    return { status: 400, field: unexpected, code: 'P0104', description: `Unexpected attribute: ${unexpected}` };
  }
  const amount = amountOf(body.amount);
  if (isProblem(amount)) return amount;
  const reference = mandatoryString(body, 'reference', 255);
  if (isProblem(reference)) return reference;
  if (holdsCardNumber(reference)) {
    return {
      status: 422,
      field: 'reference',
      code: 'P0105',
      description: 'Invalid attribute value: reference. Must not be a card number',
    };
  }
  const description = mandatoryString(body, 'description', 255);
  if (isProblem(description)) return description;
  const returnUrl = returnUrlOf(body);
  if (isProblem(returnUrl)) return returnUrl;
  const language = languageOf(body.language);
  if (isProblem(language)) return language;
  const delayedCapture = body.delayed_capture ?? false;
  if (typeof delayedCapture !== 'boolean') return invalid(400, 'delayed_capture', 'Must be true or false');
  const email = emailOf(body.email);
  if (isProblem(email)) return email;
  const prefilledCardholderDetails = prefilledOf(body.prefilled_cardholder_details);
  if (isProblem(prefilledCardholderDetails)) return prefilledCardholderDetails;
  const metadata = metadataOf(body.metadata);
  if (isProblem(metadata)) return metadata;
  return {
    amount,
    reference,
    description,
    returnUrl,
    language,
    email,
    prefilledCardholderDetails,
    delayedCapture,
    metadata,
  };
}

/** The firewall in front of the API, which answers before anything else does. */
function firewallBlocks(request: Request, body: string, parsed: unknown, live: boolean): boolean {
  if (!/^application\/json\s*(;|$)/i.test(request.headers.get('content-type') ?? '')) return true;
  if (body === '') return true;
  if (stringsIn(parsed).some((text) => FIREWALL_BLOCKED.test(text))) return true;
  return live && isRecord(parsed) && typeof parsed.return_url === 'string' && /^http:/i.test(parsed.return_url);
}

/** `JSON.parse`, or `undefined` when the text is not JSON. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function stateOf(status: GovukPayStatus, code: GovukPayStateCode | undefined): Record<string, unknown> {
  return {
    status,
    finished: isFinished(status),
    ...(code === undefined ? {} : { message: STATE_MESSAGES[code], code }),
  };
}

const selfUrl = (payment: FakePayment): string => `${payment.base}/v1/payments/${payment.id}`;

function linksOf(payment: FakePayment): Record<string, unknown> {
  const self = selfUrl(payment);
  const enterable = payment.status === 'created' || payment.status === 'started';
  return {
    self: { href: self, method: 'GET' },
    ...(enterable
      ? {
          next_url: { href: `${payment.base}/pay/${payment.chargeToken}`, method: 'GET' },
          next_url_post: {
            href: `${payment.base}/pay`,
            method: 'POST',
            type: 'application/x-www-form-urlencoded',
            params: { chargeTokenId: payment.chargeToken },
          },
        }
      : {}),
    events: { href: `${self}/events`, method: 'GET' },
    refunds: { href: `${self}/refunds`, method: 'GET' },
    ...(isFinished(payment.status) ? {} : { cancel: { href: `${self}/cancel`, method: 'POST' } }),
    ...(payment.status === 'capturable' ? { capture: { href: `${self}/capture`, method: 'POST' } } : {}),
  };
}

/** A payment as `GET /v1/payments/{id}` answers it. */
function paymentJson(payment: FakePayment): Record<string, unknown> {
  return {
    amount: payment.amount,
    description: payment.description,
    reference: payment.reference,
    language: payment.language,
    ...(payment.email === undefined ? {} : { email: payment.email }),
    state: stateOf(payment.status, payment.code),
    payment_id: payment.id,
    payment_provider: 'sandbox',
    created_date: iso(payment.createdMs),
    return_url: payment.returnUrl,
    delayed_capture: payment.delayedCapture,
    moto: false,
    ...(payment.metadata === undefined ? {} : { metadata: payment.metadata }),
    ...(payment.card === undefined
      ? {}
      : {
          card_details: {
            card_brand: payment.card.brand,
            first_digits_card_number: payment.card.firstDigits,
            last_digits_card_number: payment.card.lastDigits,
          },
        }),
    _links: linksOf(payment),
  };
}

/** The outcome of a card, as a status and code. */
function outcomeOf(cardNumber: string, delayedCapture: boolean): { status: GovukPayStatus; code?: GovukPayStateCode } {
  const outcome = TEST_CARDS[cardNumber]?.outcome ?? 'declined';
  if (outcome === 'success') return { status: delayedCapture ? 'capturable' : 'success' };
  if (outcome === 'error') return { status: 'failed', code: 'P0050' };
  return { status: 'failed', code: 'P0010' };
}

// The card page's words, in English and Welsh.
const WORDS = {
  en: {
    enterCard: 'Enter card details',
    testService: 'This is a test service: do not enter real card details.',
    description: 'Payment for',
    total: 'Total amount',
    cardNumber: 'Card number',
    continue: 'Continue',
    cancel: 'Cancel payment',
    error: 'Error:',
    enterCardNumber: 'Enter your card number',
    expired: 'Your payment session has expired',
    success: 'Your payment has been made',
    declined: 'Your payment has been declined',
    providerError: 'We could not take your payment',
    cancelled: 'Your payment has been cancelled',
    inProgress: 'Your payment is in progress',
    back: 'Go back to the service',
  },
  cy: {
    enterCard: 'Rhowch fanylion eich cerdyn',
    testService: 'Gwasanaeth prawf yw hwn: peidiwch â rhoi manylion cerdyn go iawn.',
    description: 'Taliad am',
    total: 'Cyfanswm',
    cardNumber: 'Rhif y cerdyn',
    continue: 'Parhau',
    cancel: 'Canslo’r taliad',
    error: 'Gwall:',
    enterCardNumber: 'Rhowch rif eich cerdyn',
    expired: 'Mae eich sesiwn talu wedi dod i ben',
    success: 'Mae eich taliad wedi’i wneud',
    declined: 'Mae eich taliad wedi’i wrthod',
    providerError: 'Nid oeddem yn gallu cymryd eich taliad',
    cancelled: 'Mae eich taliad wedi’i ganslo',
    inProgress: 'Mae eich taliad ar y gweill',
    back: 'Ewch yn ôl i’r gwasanaeth',
  },
} as const;

function htmlPage(language: 'en' | 'cy', title: string, content: string, status = 200): Response {
  const html = `<!DOCTYPE html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – GOV.UK Pay</title>
</head>
<body>
<main>
${content}
</main>
</body>
</html>
`;
  return new Response(html, {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

/** The card page's form, with an error when the card number was left out. */
function cardForm(payment: FakePayment, pagePath: string, missingCardNumber: boolean): Response {
  const words = WORDS[payment.language];
  const error = missingCardNumber ? `<p id="card-number-error">${words.error} ${words.enterCardNumber}</p>\n` : '';
  const described = missingCardNumber ? ' aria-describedby="card-number-error" aria-invalid="true"' : '';
  const content = `<h1>${words.enterCard}</h1>
<p><strong>${words.testService}</strong></p>
<dl>
<dt>${words.description}</dt>
<dd>${escapeHtml(payment.description)}</dd>
<dt>${words.total}</dt>
<dd>${pounds(payment.amount)}</dd>
</dl>
<form method="post" action="${escapeHtml(pagePath)}" novalidate>
<label for="card-number">${words.cardNumber}</label>
${error}<input id="card-number" name="cardNumber" type="text" inputmode="numeric" autocomplete="cc-number" spellcheck="false"${described}>
<button type="submit">${words.continue}</button>
</form>
<form method="post" action="${escapeHtml(`${pagePath}/cancel`)}">
<button type="submit">${words.cancel}</button>
</form>`;
  const title = missingCardNumber ? `${words.error} ${words.enterCard}` : words.enterCard;
  return htmlPage(payment.language, title, content);
}

/** The page for a payment that can no longer take a card: finished, expired or in progress. */
function statePage(payment: FakePayment): Response {
  const words = WORDS[payment.language];
  let heading: string = words.inProgress;
  if (payment.status === 'success') heading = words.success;
  else if (payment.status === 'cancelled' || payment.code === 'P0030') heading = words.cancelled;
  else if (payment.code === 'P0020') heading = words.expired;
  else if (payment.code === 'P0010') heading = words.declined;
  else if (isFinished(payment.status)) heading = words.providerError;
  const content = `<h1>${heading}</h1>
<p><a href="${escapeHtml(payment.returnUrl)}">${words.back}</a></p>`;
  return htmlPage(payment.language, heading, content);
}

function notFoundPage(): Response {
  const content = `<h1>This payment cannot be found</h1>
<p lang="cy">Ni ellir dod o hyd i’r taliad hwn</p>`;
  return htmlPage('en', 'This payment cannot be found', content, 404);
}

const seeOther = (location: string): Response => new Response(null, { status: 303, headers: { Location: location } });

/** Where a request goes, read from the tail of its path; `base` is its origin and the fake's mount prefix. */
type Route =
  | { kind: 'create'; base: string }
  | { kind: 'payment'; base: string; id: string; action: 'self' | 'cancel' | 'capture' | 'events' | 'refunds' }
  | { kind: 'card-entry'; base: string }
  | { kind: 'card-page'; token: string; cancel: boolean }
  | { kind: 'unknown' };

const ACTIONS = ['cancel', 'capture', 'events', 'refunds'] as const;

function routeOf(url: URL): Route {
  const path = url.pathname;
  const create = /^(.*)\/v1\/payments$/.exec(path);
  if (create) return { kind: 'create', base: url.origin + (create[1] ?? '') };
  const payment = /^(.*)\/v1\/payments\/([^/]+)(?:\/([^/]+))?$/.exec(path);
  if (payment) {
    const base = url.origin + (payment[1] ?? '');
    const id = payment[2] ?? '';
    const action = payment[3] === undefined ? 'self' : ACTIONS.find((name) => name === payment[3]);
    return action === undefined ? { kind: 'unknown' } : { kind: 'payment', base, id, action };
  }
  const entry = /^(.*)\/pay$/.exec(path);
  if (entry) return { kind: 'card-entry', base: url.origin + (entry[1] ?? '') };
  const page = /\/pay\/([^/]+)(\/cancel)?$/.exec(path);
  if (page) return { kind: 'card-page', token: page[1] ?? '', cancel: page[2] !== undefined };
  return { kind: 'unknown' };
}

export function createGovukPayFake(options: GovukPayFakeOptions = {}): GovukPayFake {
  const keys = new Set(options.keys ?? [GOVUK_PAY_TEST_KEY]);
  const now = options.now ?? Date.now;
  const live = options.live ?? false;
  const { webhook } = options;
  const payments = new Map<string, StoredPayment>();
  const byToken = new Map<string, StoredPayment>();
  const idempotencyKeys = new Map<string, { body: string; paymentId: string; atMs: number }>();
  const recentPosts = new Map<string, number[]>();
  const requests: FakeRequest[] = [];

  /** Sends the webhook for a payment that has just finished. A council endpoint that fails changes nothing. */
  async function notify(payment: StoredPayment): Promise<void> {
    const eventType = eventTypeOf(payment.status, payment.code);
    if (!webhook || eventType === undefined) return;
    const body = JSON.stringify({
      webhook_message_id: crypto.randomUUID(),
      created_date: iso(now()),
      resource_id: payment.id,
      api_version: 1,
      resource_type: 'payment',
      event_type: eventType,
      resource: paymentJson(payment),
    });
    const signature = await govukPaySignature(body, webhook.secret);
    try {
      await webhook.deliver(body, signature);
    } catch {
      // GOV.UK Pay would try again later; the fake lets it go. Either way the payment is unaffected.
    }
  }

  /** Moves a payment on, and sends the webhook when that finishes it. */
  async function move(payment: StoredPayment, status: GovukPayStatus, code?: GovukPayStateCode): Promise<void> {
    payment.status = status;
    payment.code = code;
    payment.history.push({ status, code, atMs: now() });
    if (isFinished(status)) await notify(payment);
  }

  /** A payment left unfinished for 90 minutes expires, seen the next time anything reads it. */
  async function expireIfDue(payment: StoredPayment): Promise<void> {
    const waiting = !isFinished(payment.status) && payment.status !== 'capturable';
    if (waiting && now() - payment.createdMs >= EXPIRES_AFTER_MS) await move(payment, 'failed', 'P0020');
  }

  /** True when the key has already made 15 POSTs in the second before now; otherwise counts this one. */
  function rateLimited(key: string): boolean {
    const at = now();
    const recent = (recentPosts.get(key) ?? []).filter((time) => time > at - 1000);
    const limited = recent.length >= POSTS_PER_SECOND;
    if (!limited) recent.push(at);
    recentPosts.set(key, recent);
    return limited;
  }

  function keyOf(request: Request): string | undefined {
    const key = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('authorization') ?? '')?.[1];
    return key !== undefined && keys.has(key) ? key : undefined;
  }

  async function createPayment(request: Request, text: string, base: string): Promise<Response> {
    const parsed = parseJson(text);
    if (firewallBlocks(request, text, parsed, live)) {
      return problemResponse({
        status: 400,
        code: 'P0920',
        description: 'Request blocked by security rules. Please consult API documentation for more information.',
      });
    }
    const key = keyOf(request);
    if (key === undefined) return json(401, {});
    if (rateLimited(key)) return problemResponse({ status: 429, code: 'P0900', description: 'Too many requests' });
    const idempotencyKey = request.headers.get('idempotency-key');
    if (idempotencyKey !== null && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
      return problemResponse({
        status: 400,
        header: 'Idempotency-Key',
        code: 'P0102',
        description: 'Invalid attribute value: Idempotency-Key. Must be 1 to 255 letters, digits or hyphens',
      });
    }
    if (!isRecord(parsed)) return problemResponse({ status: 400, code: 'P0197', description: 'Unable to parse JSON' });
    const valid = validatePaymentRequest(parsed);
    if (isProblem(valid)) return problemResponse(valid);

    const fingerprint = canonicalJson(parsed);
    const earlier = idempotencyKey === null ? undefined : idempotencyKeys.get(idempotencyKey);
    const first = earlier && now() - earlier.atMs < IDEMPOTENCY_KEPT_MS ? earlier : undefined;
    if (first) {
      if (first.body !== fingerprint) {
        return problemResponse({
          status: 409,
          header: 'Idempotency-Key',
          code: 'P0191',
          description: 'The Idempotency-Key has already been used for a request with a different body',
        });
      }
      const original = payments.get(first.paymentId);
      if (original) {
        await expireIfDue(original);
        return json(200, paymentJson(original));
      }
    }

    const createdMs = now();
    const payment: StoredPayment = {
      id: randomId(26),
      chargeToken: randomId(26),
      ...valid,
      createdMs,
      status: 'created',
      code: undefined,
      card: undefined,
      history: [{ status: 'created', code: undefined, atMs: createdMs }],
      base,
    };
    payments.set(payment.id, payment);
    byToken.set(payment.chargeToken, payment);
    if (idempotencyKey !== null) {
      idempotencyKeys.set(idempotencyKey, { body: fingerprint, paymentId: payment.id, atMs: createdMs });
    }
    return json(201, paymentJson(payment));
  }

  async function paymentAction(request: Request, route: Extract<Route, { kind: 'payment' }>): Promise<Response> {
    const isPost = route.action === 'cancel' || route.action === 'capture';
    if (request.method !== (isPost ? 'POST' : 'GET'))
      return json(405, { code: 405, message: 'HTTP 405 Method Not Allowed' });
    const key = keyOf(request);
    if (key === undefined) return json(401, {});
    if (isPost && rateLimited(key)) {
      return problemResponse({ status: 429, code: 'P0900', description: 'Too many requests' });
    }
    const payment = payments.get(route.id);
    if (!payment) {
      const code = { self: 'P0200', cancel: 'P0200', capture: 'P1000', events: 'P0300', refunds: 'P0800' }[
        route.action
      ];
      return problemResponse({ status: 404, code, description: 'Not found' });
    }
    await expireIfDue(payment);
    const self = selfUrl(payment);
    switch (route.action) {
      case 'self':
        return json(200, paymentJson(payment));
      case 'cancel':
        if (isFinished(payment.status)) {
          return problemResponse({ status: 400, code: 'P0501', description: 'Cancellation of payment failed' });
        }
        await move(payment, 'cancelled', 'P0040');
        return new Response(null, { status: 204 });
      case 'capture':
        if (payment.status !== 'capturable') {
          return problemResponse({ status: 400, code: 'P1001', description: 'Capture of payment failed' });
        }
        await move(payment, 'success');
        return new Response(null, { status: 204 });
      case 'events':
        return json(200, {
          payment_id: payment.id,
          events: payment.history.map((step) => ({
            payment_id: payment.id,
            state: stateOf(step.status, step.code),
            updated: iso(step.atMs),
            _links: { payment_url: { href: self, method: 'GET' } },
          })),
          _links: { self: { href: `${self}/events`, method: 'GET' } },
        });
      case 'refunds':
        return json(200, {
          payment_id: payment.id,
          _links: { self: { href: `${self}/refunds`, method: 'GET' }, payment: { href: self, method: 'GET' } },
          _embedded: { refunds: [] },
        });
    }
  }

  /** The card page: its form, the card number posted to it, and its cancel button. */
  async function cardPage(
    request: Request,
    text: string,
    url: URL,
    route: Extract<Route, { kind: 'card-page' }>,
  ): Promise<Response> {
    if (request.method !== 'GET' && request.method !== 'POST') return new Response(null, { status: 405 });
    if (route.cancel && request.method !== 'POST') return new Response(null, { status: 405 });
    const payment = byToken.get(route.token);
    if (!payment) return notFoundPage();
    await expireIfDue(payment);
    if (payment.status !== 'created' && payment.status !== 'started') return statePage(payment);
    if (payment.status === 'created') await move(payment, 'started');

    if (route.cancel) {
      await move(payment, 'failed', 'P0030');
      return seeOther(payment.returnUrl);
    }
    if (request.method === 'GET') return cardForm(payment, url.pathname, false);

    const cardNumber = (new URLSearchParams(text).get('cardNumber') ?? '').replace(/[\s-]/g, '');
    if (cardNumber === '') return cardForm(payment, url.pathname, true);
    const brand = TEST_CARDS[cardNumber]?.brand;
    if (brand !== undefined) {
      payment.card = { brand, firstDigits: cardNumber.slice(0, 6), lastDigits: cardNumber.slice(-4) };
    }
    await move(payment, 'submitted');
    const outcome = outcomeOf(cardNumber, payment.delayedCapture);
    await move(payment, outcome.status, outcome.code);
    return seeOther(payment.returnUrl);
  }

  const handler: FakeService = async (request) => {
    const text = await request.text();
    requests.push({
      method: request.method,
      url: request.url,
      headers: Object.fromEntries(request.headers),
      body: text,
    });
    const url = new URL(request.url);
    const route = routeOf(url);
    switch (route.kind) {
      case 'create':
        if (request.method !== 'POST') return json(405, { code: 405, message: 'HTTP 405 Method Not Allowed' });
        return createPayment(request, text, route.base);
      case 'payment':
        return paymentAction(request, route);
      case 'card-entry': {
        if (request.method !== 'POST') return new Response(null, { status: 405 });
        const token = new URLSearchParams(text).get('chargeTokenId') ?? '';
        return byToken.has(token) ? seeOther(`${url.pathname}/${token}`) : notFoundPage();
      }
      case 'card-page':
        return cardPage(request, text, url, route);
      case 'unknown':
        return json(404, { code: 404, message: 'HTTP 404 Not Found' });
    }
  };

  return { handler, payments, requests };
}
