/**
 * Hex and base64url for Web Crypto's bytes, written out because `Buffer` is Node's alone and
 * `Uint8Array#toHex`/`fromBase64` are not in every runtime the handlers run in (Node 24 lacks them): the payments
 * handlers run in a browser too (the docs site).
 */

/** Lower-case hex, two digits a byte (as `Buffer#toString('hex')` gave). */
export function hexOf(bytes: ArrayBuffer | Uint8Array): string {
  return Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The bytes of hex text, or `undefined` for anything that is not whole bytes of hex digits. */
export function bytesOfHex(hex: string): Uint8Array<ArrayBuffer> | undefined {
  if (hex.length % 2 !== 0 || !/^[0-9a-f]*$/i.test(hex)) return undefined;
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return bytes;
}

/** base64url without padding (as `Buffer#toString('base64url')` gave), for cookies and ids. */
export function base64urlOf(bytes: ArrayBuffer | Uint8Array): string {
  const binary = Array.from(new Uint8Array(bytes), (byte) => String.fromCharCode(byte)).join('');
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/**
 * The bytes of unpadded base64url text, or `undefined` for anything else: unlike `Buffer.from(text, 'base64url')`,
 * which skips what it cannot read, text with a stray character is refused rather than read as other bytes.
 */
export function bytesOfBase64url(text: string): Uint8Array<ArrayBuffer> | undefined {
  // A length of 1 more than a multiple of 4 cannot be whole bytes.
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}
