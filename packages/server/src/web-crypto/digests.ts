/**
 * SHA-256 and HMAC-SHA256 of UTF-8 text, on Web Crypto: what the payment, booking and idempotency code sign and
 * digest with, in one place, so that each runs wherever Web Crypto does (Node, workers, the docs site's page).
 */
import { hexOf } from './byte-encodings.js';

const encoder = new TextEncoder();

/** SHA-256 of the text, in lower-case hex. */
export async function sha256Hex(text: string): Promise<string> {
  return hexOf(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
}

/** An HMAC-SHA256 key of a secret's UTF-8 bytes, as node's `createHmac('sha256', secret)` keyed it. */
function hmacKey(secret: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
    'verify',
  ]);
}

/** HMAC-SHA256 of the text with the secret. */
export async function hmacOf(text: string, secret: string): Promise<ArrayBuffer> {
  return crypto.subtle.sign('HMAC', await hmacKey(secret), encoder.encode(text));
}

/**
 * Whether `signature` is the HMAC-SHA256 of `text` with the secret. `crypto.subtle.verify` compares in constant
 * time (the Web Crypto specification requires it for HMAC), so the time taken tells an attacker nothing of how
 * much of a forged signature was right.
 */
export async function hmacValid(text: string, signature: Uint8Array<ArrayBuffer>, secret: string): Promise<boolean> {
  return crypto.subtle.verify('HMAC', await hmacKey(secret), signature, encoder.encode(text));
}
