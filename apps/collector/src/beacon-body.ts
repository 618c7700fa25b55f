import {
  ADOPTION_BEACON_FIELDS,
  ADOPTION_BEACON_MAX_BYTES,
  adoptionBeaconShape,
  type AdoptionBeacon,
} from '@council-components/http/adoption-beacon.js';
import { ShapeError } from '@council-components/http/shape.js';
import { RequestBodyTooLarge } from '@council-components/server/http/request-body.js';
import { isComponentPackage } from './component-packages.ts';
import type { CollectorErrorCode } from './collector-responses.ts';

export interface BeaconRefusal {
  readonly refused: CollectorErrorCode;
  readonly message: string;
}

export interface BeaconRules {
  /** Accept `http://` origins too (the sandbox's `http://localhost:…`); otherwise only `https://`. */
  readonly allowHttpOrigins: boolean;
}

/**
 * `navigator.sendBeacon` with a string sends `text/plain;charset=UTF-8` (a "simple" request, so no preflight);
 * `fetch` with JSON sends `application/json`. Anything else, or a charset other than UTF-8, is refused.
 */
export function beaconMediaTypeRefusal(contentType: string | null): BeaconRefusal | undefined {
  const [type = '', ...parameters] = (contentType ?? '').toLowerCase().split(';');
  if (type.trim() !== 'text/plain' && type.trim() !== 'application/json') {
    return { refused: 'unsupported-media-type', message: 'Send the beacon as text/plain or application/json.' };
  }
  const charset = parameters.map((parameter) => parameter.trim()).find((parameter) => parameter.startsWith('charset='));
  if (charset !== undefined && !/^charset="?utf-8"?$/.test(charset)) {
    return { refused: 'unsupported-media-type', message: 'The beacon must be UTF-8.' };
  }
  return undefined;
}

/**
 * Reads the body as it streams in, and stops at the cap: no more than `ADOPTION_BEACON_MAX_BYTES` (and the chunk
 * that crossed it) is ever held, whatever `Content-Length` said or did not say.
 */
export async function readCappedBody(request: Request): Promise<Uint8Array | BeaconRefusal> {
  const declared = Number(request.headers.get('Content-Length') ?? 0);
  if (declared > ADOPTION_BEACON_MAX_BYTES) return tooLarge();
  if (request.body === null) return new Uint8Array(0);
  const reader = request.body.getReader();
  const bytes = new Uint8Array(ADOPTION_BEACON_MAX_BYTES);
  let length = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return bytes.subarray(0, length);
      if (length + value.byteLength > ADOPTION_BEACON_MAX_BYTES) {
        await reader.cancel().catch(() => undefined);
        return tooLarge();
      }
      bytes.set(value, length);
      length += value.byteLength;
    }
  } catch (error) {
    if (error instanceof RequestBodyTooLarge) return tooLarge();
    // A client that went away mid-body, or sent a broken chunked encoding: not a beacon.
    return { refused: 'bad-request', message: 'The body could not be read.' };
  } finally {
    reader.releaseLock();
  }
}

const tooLarge = (): BeaconRefusal => ({
  refused: 'body-too-large',
  message: `A beacon is at most ${String(ADOPTION_BEACON_MAX_BYTES)} bytes.`,
});

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * The beacon in the bytes, checked strictly: UTF-8, JSON, exactly the fields of a version 1 beacon (no other key,
 * so `__proto__` and friends are refused before anything reads them), each of the right shape; a package of ours;
 * an origin a browser would write (`location.origin`: lower case, no default port), over https unless allowed.
 */
export function beaconOf(bytes: Uint8Array, rules: BeaconRules): AdoptionBeacon | BeaconRefusal {
  let parsed: unknown;
  try {
    parsed = JSON.parse(utf8.decode(bytes));
  } catch {
    return { refused: 'bad-request', message: 'The body is not JSON in UTF-8.' };
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return { refused: 'beacon-invalid', message: 'Expected an object at $' };
  }
  const extra = Object.keys(parsed).find((key) => !(ADOPTION_BEACON_FIELDS as readonly string[]).includes(key));
  if (extra !== undefined) return { refused: 'beacon-invalid', message: `Unexpected field $.${extra.slice(0, 40)}` };
  let beacon: AdoptionBeacon;
  try {
    beacon = adoptionBeaconShape(parsed);
  } catch (error) {
    if (!(error instanceof ShapeError)) throw error;
    return { refused: 'beacon-invalid', message: error.message.slice(0, 200) };
  }
  if (!isComponentPackage(beacon.package)) {
    return { refused: 'package-unknown', message: `${beacon.package} is not a Council Components package.` };
  }
  const originRefusal = refusalOfOrigin(beacon.origin, rules);
  return originRefusal ?? beacon;
}

function refusalOfOrigin(origin: string, rules: BeaconRules): BeaconRefusal | undefined {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return { refused: 'origin-refused', message: 'The origin is not a URL.' };
  }
  if (url.protocol !== 'https:' && !(rules.allowHttpOrigins && url.protocol === 'http:')) {
    return { refused: 'origin-refused', message: 'Only https origins are counted.' };
  }
  const host = url.hostname;
  const wellFormed =
    url.origin === origin && !host.startsWith('.') && !host.endsWith('.') && !host.includes('..') && host !== '';
  if (!wellFormed) return { refused: 'origin-refused', message: 'The origin is not as a browser writes it.' };
  return undefined;
}
