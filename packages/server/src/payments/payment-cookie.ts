import { base64urlOf, bytesOfBase64url, bytesOfHex } from '../web-crypto/byte-encodings.js';
import { hmacOf, hmacValid } from '../web-crypto/digests.js';

/** The cookie that matches a returning resident to their payment. */
export const PAYMENT_COOKIE = 'council_payment';

// Web Crypto rather than node:crypto (`web-crypto/digests.ts`): the payments handlers run in a browser too.

/** HMAC-SHA256's length in bytes: a signature of any other length is refused before it is checked. */
const HMAC_BYTES = 32;

/**
 * The payment id for an attempt: 128 bits of an HMAC of its `Idempotency-Key` with the council's secret, so
 * unguessable without the secret, and the same when the attempt's work is done again (a retry taking over from a
 * server that crashed after GOV.UK Pay answered), which then finds its own record instead of making a second.
 */
export async function paymentIdFor(idempotencyKey: string, secret: string): Promise<string> {
  const mac = await hmacOf(`payment:${idempotencyKey}`, secret);
  return base64urlOf(new Uint8Array(mac, 0, 16));
}

/**
 * `Set-Cookie` for a payment: its id signed with the council's secret, HttpOnly (no script reads it), Secure,
 * SameSite=Lax (sent on the resident's return from GOV.UK Pay, a top-level navigation from another site, and on
 * nothing cross-site besides), for the payments endpoints only, for as long as a payment can take (90 minutes).
 */
export async function paymentCookie(id: string, secret: string, path: string): Promise<string> {
  const value = `${id}.${base64urlOf(await hmacOf(id, secret))}`;
  return `${PAYMENT_COOKIE}=${value}; Path=${path}; Max-Age=${String(2 * 60 * 60)}; HttpOnly; Secure; SameSite=Lax`;
}

/** The payment id a request's cookie carries, when its signature is the council's (checked in constant time). */
export async function paymentIdOf(request: Request, secret: string): Promise<string | undefined> {
  const cookies = request.headers.get('cookie') ?? '';
  const value = cookies
    .split(';')
    .map((cookie) => cookie.trim())
    .find((cookie) => cookie.startsWith(`${PAYMENT_COOKIE}=`))
    ?.slice(PAYMENT_COOKIE.length + 1);
  const [id, signature, ...rest] = (value ?? '').split('.');
  if (!id || !signature || rest.length > 0) return undefined;
  const given = bytesOfBase64url(signature);
  if (given?.length !== HMAC_BYTES) return undefined;
  return (await hmacValid(id, given, secret)) ? id : undefined;
}

/** Whether a webhook's `Pay-Signature` is the HMAC-SHA256 (hex) of its exact body, checked in constant time. */
export async function webhookSignatureValid(body: string, signature: string | null, secret: string): Promise<boolean> {
  const given = bytesOfHex(signature ?? '');
  if (given?.length !== HMAC_BYTES) return false;
  return hmacValid(body, given, secret);
}
