import type { PropertyCollections } from '@council-components/collections/collections.js';
import { londonDate } from '@council-components/collections/local-date.js';
import type { Handler } from '../http/handler.js';
import { errorResponse, jsonResponse } from '../http/json-response.js';
import { RateLimiter } from '../http/rate-limiter.js';
import { TtlCache } from '../http/ttl-cache.js';
import { UpstreamError } from '../http/upstream-request.js';
import { collectionsCalendar } from './collections-calendar.js';
import type { CollectionsSource, NotCollected } from './collections-sources.js';

export interface CollectionsHandlerOptions {
  source: CollectionsSource;
  /** The council's domain, for calendar events' UIDs. */
  domain: string;
  /** How long a property's collections are kept. Default 1 hour: schedules change by the day, not the minute. */
  cacheTtlMs?: number;
  cacheMaxEntries?: number;
  /** Lookups per client per minute, and the burst allowed. Default 30 and 10. */
  rateLimit?: { perMinute: number; burst: number };
  /** The most one lookup may take. Default 6 s, under a component's 8 s. */
  budgetMs?: number;
  /** Where source failures are reported, for the council's logs. Default: the console. */
  onProviderError?: (error: UpstreamError, source: string) => void;
  now?: () => number;
}

type Found = PropertyCollections | NotCollected;

/**
 * `GET /api/collections?uprn=…` → `PropertyCollections` (`openapi/collections.openapi.json`), and
 * `GET /api/collections/calendar.ics?uprn=…&lang=cy` → the same as an iCalendar file, for download or a webcal
 * subscription. Collections are from today in London. A source that fails is `unavailable` with no days (the
 * failure goes to the council's logs); a calendar of an unavailable source is a 503, as a calendar app cannot show
 * a state. Errors: `uprn-missing`, `uprn-invalid` (400), `not-a-property`, `outside-area` (404), `rate-limited`.
 */
export function createCollectionsHandlers(options: CollectionsHandlerOptions): { json: Handler; calendar: Handler } {
  const { source } = options;
  const now = options.now ?? Date.now;
  const cache = new TtlCache<Found>({
    ttlMs: options.cacheTtlMs ?? 60 * 60_000,
    maxEntries: options.cacheMaxEntries ?? 20_000,
    now,
  });
  const limiter = new RateLimiter({ ...(options.rateLimit ?? { perMinute: 30, burst: 10 }), now });
  const inFlight = new Map<string, Promise<Found>>();
  const report =
    options.onProviderError ??
    ((error: UpstreamError, name: string) => {
      console.warn(`[council-components/server] ${name}: ${error.failure}: ${error.message}`);
    });

  /** The property's collections, from the cache, a lookup already under way, or the source. */
  async function collectionsOf(request: Request, clientAddress: string): Promise<Found | Response> {
    const uprn = new URL(request.url).searchParams.get('uprn')?.trim() ?? '';
    if (uprn === '') return errorResponse('uprn-missing');
    if (!/^[0-9]{1,12}$/.test(uprn)) return errorResponse('uprn-invalid');
    const today = londonDate(new Date(now()));
    // Today is part of the key: yesterday's answer starts a day too early.
    const key = `${uprn}|${today}`;
    const cached = cache.get(key);
    if (cached) return cached;
    let pending = inFlight.get(key);
    if (!pending) {
      const decision = limiter.take(clientAddress);
      if (!decision.allowed) return errorResponse('rate-limited', { retryAfterSeconds: decision.retryAfterSeconds });
      // A source that throws at once is a failure like one that rejects.
      const lookup = async (): Promise<Found> =>
        source.find(uprn, { today, signal: AbortSignal.timeout(options.budgetMs ?? 6_000) });
      pending = lookup()
        .catch((error: unknown): PropertyCollections => {
          if (!(error instanceof UpstreamError)) throw error;
          report(error, source.name);
          return { uprn, status: 'unavailable', missingServices: [], days: [] };
        })
        .finally(() => inFlight.delete(key));
      inFlight.set(key, pending);
    }
    const found = await pending;
    if (typeof found === 'string' || found.status !== 'unavailable') cache.set(key, found);
    return found;
  }

  return {
    json: async (request, context) => {
      const found = await collectionsOf(request, context.clientAddress);
      if (found instanceof Response) return found;
      if (typeof found === 'string') return errorResponse(found);
      return jsonResponse(found, {
        headers: { 'Cache-Control': found.status === 'unavailable' ? 'no-store' : 'private, max-age=300' },
      });
    },
    calendar: async (request, context) => {
      const found = await collectionsOf(request, context.clientAddress);
      if (found instanceof Response) return found;
      if (typeof found === 'string') return errorResponse(found);
      if (found.status === 'unavailable') return errorResponse('provider-unavailable', { retryAfterSeconds: 300 });
      const lang = new URL(request.url).searchParams.get('lang') === 'cy' ? 'cy' : 'en';
      return new Response(collectionsCalendar(found, { lang, domain: options.domain, stamp: new Date(now()) }), {
        headers: {
          'Content-Type': 'text/calendar; charset=utf-8',
          'Content-Disposition': `inline; filename="${lang === 'cy' ? 'casgliadau-biniau' : 'bin-collections'}.ics"`,
          'Cache-Control': 'private, max-age=3600',
        },
      });
    },
  };
}
