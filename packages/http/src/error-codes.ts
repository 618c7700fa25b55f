/**
 * Every error code a council's back end answers with (`{ "error": { "code": "…" } }`),
 * and the HTTP status it goes with. One list for the server, which answers
 * with them, and the components, which turn each into a translated message:
 * a code that is not here does not type-check on either side.
 *
 * A new endpoint adds its own codes here, grouped under its name.
 */
export const ERROR_STATUS = {
  // Any endpoint.
  'bad-request': 400,
  'not-found': 404,
  'method-not-allowed': 405,
  'body-too-large': 413,
  'rate-limited': 429,
  'internal-error': 500,
  // An upstream service the handler relies on (OS Places, GOV.UK Pay…) failed.
  'provider-misconfigured': 502,
  'provider-unavailable': 503,
  'provider-rate-limited': 503,
  'provider-timeout': 504,
  // Addresses (`GET /api/addresses`).
  'postcode-missing': 400,
  'postcode-invalid': 400,
  // Bin collections (`GET /api/collections`).
  'uprn-missing': 400,
  'uprn-invalid': 400,
  'not-a-property': 404,
  'outside-area': 404,
  // Payments (`POST /api/payments`, `GET /api/payments/status`, `POST /api/payments/webhook`).
  'payment-request-invalid': 400,
  'payment-amount-refused': 400,
  'payment-reference-invalid': 400,
  'payment-item-unknown': 404,
  'idempotency-key-missing': 400,
  'idempotency-key-reused': 422,
  'payment-in-progress': 409,
  'payment-not-found': 404,
  'webhook-signature-invalid': 401,
  // Booking (`/api/booking/…`).
  'booking-request-invalid': 400,
  'booking-service-unknown': 404,
  'booking-date-outside-window': 400,
  'booking-slot-unknown': 404,
  'booking-slot-full': 409,
  'booking-hold-expired': 410,
  'booking-details-invalid': 400,
  'booking-in-progress': 409,
  'booking-not-found': 404,
} as const satisfies Readonly<Record<string, number>>;

export type ErrorCode = keyof typeof ERROR_STATUS;

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_STATUS, value);
}

/** The body of every error answer. `message` is for developers' logs and is never shown to a resident. */
export interface ErrorBody {
  error: { code: ErrorCode; message?: string };
}

/**
 * A code as a component receives it: one of ours, or one a newer back end has
 * added (which the component treats as it would no code). Comparisons with
 * `ErrorCode`s type-check and autocomplete.
 */
export type ReceivedErrorCode = ErrorCode | (string & {});

/**
 * The code of an error body (`{ "error": { "code": "…" } }`); never its
 * message. Not looked up in `ERROR_STATUS`, so a browser bundle does not carry
 * the list: use `isErrorCode` where only known codes will do.
 */
export function errorCodeOf(body: unknown): ReceivedErrorCode | undefined {
  const error: unknown = body !== null && typeof body === 'object' && 'error' in body ? body.error : undefined;
  const code: unknown = error !== null && typeof error === 'object' && 'code' in error ? error.code : undefined;
  return typeof code === 'string' ? code : undefined;
}
