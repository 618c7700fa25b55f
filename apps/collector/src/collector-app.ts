import type { Handler } from '@council-components/server/http/handler.js';
import { RateLimiter } from '@council-components/server/http/rate-limiter.js';
import type { GroupCommit } from '@council-components/server/storage/group-commit.js';
import type { StorageTables } from '@council-components/server/storage/storage-tables.js';
import type { Kysely } from 'kysely';
import { overviewCsv, packageCsv } from './adoption-csv.ts';
import { adoptionEventOf, type AdoptionEvent } from './adoption-events.ts';
import { adoptionOverview, packageAdoption } from './adoption-reports.ts';
import { beaconMediaTypeRefusal, beaconOf, readCappedBody } from './beacon-body.ts';
import { isBotUserAgent } from './bot-user-agents.ts';
import {
  cacheableAnswer,
  collectorError,
  EVERY_ANSWER_HEADERS,
  preflightAnswer,
  type CollectorErrorCode,
} from './collector-responses.ts';
import { packageOfPathName } from './component-packages.ts';
import type { CouncilDirectory } from './council-domains.ts';

export interface RateLimit {
  readonly perMinute: number;
  readonly burst: number;
}

export interface CollectorLimits {
  /** Beacons from one client (an IPv4 address or an IPv6 /64), held in memory only. */
  readonly perClient: RateLimit;
  /** Beacons naming one origin, from all clients together. */
  readonly perOrigin: RateLimit;
}

/**
 * A page sends one beacon per package it uses, at most seven, on a page view: 120 a minute (a burst of 60) is far
 * beyond what one person's browser sends, and leaves room for an office behind one address. 6,000 a minute for an
 * origin is a busy council's peak without sampling; busier sites sample, and then send fewer.
 */
export const DEFAULT_LIMITS: CollectorLimits = {
  perClient: { perMinute: 120, burst: 60 },
  perOrigin: { perMinute: 6_000, burst: 1_000 },
};

export interface CollectorAppOptions {
  readonly db: Kysely<StorageTables>;
  readonly writer: GroupCommit<StorageTables, AdoptionEvent>;
  readonly councils: CouncilDirectory;
  readonly allowHttpOrigins?: boolean;
  readonly limits?: CollectorLimits;
  /** The clock (tests move it). */
  readonly now?: () => number;
  /** Where a failed commit is reported: never with anything of the client. */
  readonly onError?: (error: unknown) => void;
}

const BEACONS = '/v1/beacons';
const ADOPTION = '/v1/adoption';

/**
 * The collector's routes: `POST /v1/beacons` (and its preflight), `GET /v1/adoption` and
 * `GET /v1/adoption/{package}`, as JSON or CSV. Every answer carries `Access-Control-Allow-Origin: *` and none sets
 * a cookie.
 */
export function createCollectorApp(options: CollectorAppOptions): Handler {
  const now = options.now ?? Date.now;
  const limits = options.limits ?? DEFAULT_LIMITS;
  const clients = new RateLimiter({ ...limits.perClient, now });
  const origins = new RateLimiter({ ...limits.perOrigin, now });
  const rules = { allowHttpOrigins: options.allowHttpOrigins ?? false };
  const onError = options.onError ?? ((error: unknown) => console.error('[collector]', error));

  const refusal = (code: CollectorErrorCode, message?: string, retryAfterSeconds?: number): Response =>
    collectorError(code, {
      ...(message === undefined ? {} : { message }),
      ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
    });

  const takeBeacon: Handler = async (request, context) => {
    // The address is used here, for the limit, and nowhere else: not stored, not logged.
    const client = clients.take(context.clientAddress);
    if (!client.allowed) return refusal('rate-limited', undefined, client.retryAfterSeconds);
    const mediaRefusal = beaconMediaTypeRefusal(request.headers.get('Content-Type'));
    if (mediaRefusal) return refusal(mediaRefusal.refused, mediaRefusal.message);
    const bytes = await readCappedBody(request);
    if ('refused' in bytes) return refusal(bytes.refused, bytes.message);
    const beacon = beaconOf(bytes, rules);
    if ('refused' in beacon) return refusal(beacon.refused, beacon.message);
    // A bot's beacon is answered as any other, but neither counted nor charged to its origin's allowance.
    if (isBotUserAgent(request.headers.get('User-Agent'))) return accepted();
    const origin = origins.take(beacon.origin);
    if (!origin.allowed) return refusal('rate-limited', undefined, origin.retryAfterSeconds);
    try {
      // Answered only once the transaction holding the beacon has committed: a 202 is never lost to a crash.
      await options.writer.add([adoptionEventOf(beacon, new Date(now()))]);
    } catch (error) {
      onError(error);
      return refusal('storage-unavailable', undefined, 5);
    }
    return accepted();
  };

  const report = async (request: Request, url: URL): Promise<Response> => {
    const format = formatOf(request, url);
    if (format === undefined) return refusal('bad-request', 'format is json or csv.');
    if (url.pathname === ADOPTION) {
      const overview = await adoptionOverview(options.db, options.councils, now());
      return format === 'csv'
        ? cacheableAnswer(request, overviewCsv(overview), CSV)
        : cacheableAnswer(request, JSON.stringify(overview), JSON_TYPE);
    }
    const name = packageOfPathName(decodedOrEmpty(url.pathname.slice(ADOPTION.length + 1)));
    if (name === undefined) return refusal('not-found', 'Not a Council Components package.');
    const adoption = await packageAdoption(options.db, options.councils, name, now());
    return format === 'csv'
      ? cacheableAnswer(request, packageCsv(adoption), CSV)
      : cacheableAnswer(request, JSON.stringify(adoption), JSON_TYPE);
  };

  const route = async (request: Request, context: Parameters<Handler>[1]): Promise<Response> => {
    const url = new URL(request.url);
    if (url.pathname === BEACONS) {
      if (request.method === 'POST') return takeBeacon(request, context);
      if (request.method === 'OPTIONS') return preflightAnswer('POST, OPTIONS', 'Content-Type');
      return notAllowed('POST, OPTIONS');
    }
    if (url.pathname === ADOPTION || url.pathname.startsWith(`${ADOPTION}/`)) {
      if (request.method === 'GET' || request.method === 'HEAD') {
        try {
          return await report(request, url);
        } catch (error) {
          onError(error);
          return refusal('storage-unavailable', undefined, 5);
        }
      }
      if (request.method === 'OPTIONS') return preflightAnswer('GET, HEAD, OPTIONS', 'If-None-Match');
      return notAllowed('GET, HEAD, OPTIONS');
    }
    return refusal('not-found');
  };

  return async (request, context) => {
    const response = await route(request, context);
    for (const [name, value] of Object.entries(EVERY_ANSWER_HEADERS)) response.headers.set(name, value);
    return response;
  };
}

const CSV = 'text/csv; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';

const accepted = (): Response => new Response(null, { status: 202, headers: { 'Cache-Control': 'no-store' } });

const notAllowed = (allow: string): Response => collectorError('method-not-allowed', { headers: { Allow: allow } });

/** `?format=csv|json` wins; otherwise CSV when the client asks for `text/csv` and not for JSON first. */
function formatOf(request: Request, url: URL): 'json' | 'csv' | undefined {
  const format = url.searchParams.get('format');
  if (format !== null) return format === 'csv' || format === 'json' ? format : undefined;
  const accept = (request.headers.get('Accept') ?? '').toLowerCase();
  const csvAt = accept.indexOf('text/csv');
  const jsonAt = accept.indexOf('application/json');
  return csvAt !== -1 && (jsonAt === -1 || csvAt < jsonAt) ? 'csv' : 'json';
}

function decodedOrEmpty(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return '';
  }
}
