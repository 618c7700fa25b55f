import { createHmac, timingSafeEqual } from 'node:crypto';

/** The cookie that matches a returning resident to their payment. */
export const PAYMENT_COOKIE = 'council_payment';

/**
 * The payment id for an attempt: 128 bits of an HMAC of its `Idempotency-Key` with the council's secret, so
 * unguessable without the secret, and the same when the attempt's work is done again (a retry taking over from a
 * server that crashed after GOV.UK Pay answered), which then finds its own record instead of making a second.
 */
export const paymentIdFor = (idempotencyKey: string, secret: string): string =>
  createHmac('sha256', secret).update(`payment:${idempotencyKey}`).digest().subarray(0, 16).toString('base64url');

const signatureOf = (id: string, secret: string): Buffer => createHmac('sha256', secret).update(id).digest();

/**
 * `Set-Cookie` for a payment: its id signed with the council's secret, HttpOnly (no script reads it), Secure,
 * SameSite=Lax (sent on the resident's return from GOV.UK Pay, a top-level navigation from another site, and on
 * nothing cross-site besides), for the payments endpoints only, for as long as a payment can take (90 minutes).
 */
export function paymentCookie(id: string, secret: string, path: string): string {
  const value = `${id}.${signatureOf(id, secret).toString('base64url')}`;
  return `${PAYMENT_COOKIE}=${value}; Path=${path}; Max-Age=${String(2 * 60 * 60)}; HttpOnly; Secure; SameSite=Lax`;
}

/** The payment id a request's cookie carries, when its signature is the council's (checked in constant time). */
export function paymentIdOf(request: Request, secret: string): string | undefined {
  const cookies = request.headers.get('cookie') ?? '';
  const value = cookies
    .split(';')
    .map((cookie) => cookie.trim())
    .find((cookie) => cookie.startsWith(`${PAYMENT_COOKIE}=`))
    ?.slice(PAYMENT_COOKIE.length + 1);
  const [id, signature, ...rest] = (value ?? '').split('.');
  if (!id || !signature || rest.length > 0) return undefined;
  const expected = signatureOf(id, secret);
  const given = Buffer.from(signature, 'base64url');
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : undefined;
}

/** Whether a webhook's `Pay-Signature` is the HMAC-SHA256 (hex) of its exact body, checked in constant time. */
export function webhookSignatureValid(body: string, signature: string | null, secret: string): boolean {
  if (!signature || !/^[0-9a-f]{64}$/i.test(signature)) return false;
  const expected = createHmac('sha256', secret).update(body).digest();
  return timingSafeEqual(Buffer.from(signature, 'hex'), expected);
}
