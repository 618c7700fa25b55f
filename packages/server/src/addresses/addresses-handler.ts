import { addressSortKey, type Address, type AddressLanguage } from '@council-components/addresses/address.js';
import { sortNaturally } from '@council-components/addresses/natural-order.js';
import { checkPostcode } from '@council-components/addresses/postcode.js';
import type { Handler } from '../http/handler.js';
import { errorResponse, jsonResponse } from '../http/json-response.js';
import { RateLimiter } from '../http/rate-limiter.js';
import { TtlCache } from '../http/ttl-cache.js';
import { errorCodeOfUpstream, UpstreamError } from '../http/upstream-request.js';
import { fitToContract } from './address-contract.js';
import type { AddressProvider } from './address-provider.js';

/** The longest `postcode` parameter the contract accepts. */
const MAX_POSTCODE_INPUT = 32;

/** The body of a successful lookup: see openapi/addresses.openapi.json. */
export interface AddressesBody {
  postcode: string;
  addresses: Address[];
}

export interface AddressesHandlerOptions {
  provider: AddressProvider;
  /** How long a postcode's addresses are kept. Default 5 minutes. */
  cacheTtlMs?: number;
  cacheMaxEntries?: number;
  /** Lookups per client per minute, and the burst allowed. Default 30 and 10. */
  rateLimit?: { perMinute: number; burst: number };
  /** The most one lookup may take, all upstream pages included. Default 6 s, under the component's 8 s an attempt. */
  budgetMs?: number;
  /** Where provider failures are reported, for the council's logs. Default: the console. */
  onProviderError?: (error: UpstreamError, provider: string) => void;
  /** Told when a provider gives addresses that do not fit the contract (left out, or their coordinates dropped). Default: the console. */
  onRejectedAddresses?: (provider: string, problems: readonly string[]) => void;
  now?: () => number;
}

/**
 * `GET ?postcode=SO16 0AS&lang=cy` → `{ postcode, addresses }` in natural
 * order, or a typed error: `postcode-missing`, `postcode-invalid` (400),
 * `rate-limited` (429, per client), `provider-misconfigured` (502),
 * `provider-unavailable` and `provider-rate-limited` (503), `provider-timeout` (504).
 *
 * Every address served fits the contract (`address-contract.ts`); one that
 * does not is left out and reported. Residents asking for one postcode at once
 * share one upstream lookup, and only the one that reaches the provider counts
 * against its client's rate limit.
 */
export function createAddressesHandler(options: AddressesHandlerOptions): Handler {
  const { provider } = options;
  const now = options.now ?? Date.now;
  const cache = new TtlCache<AddressesBody>({
    ttlMs: options.cacheTtlMs ?? 5 * 60_000,
    maxEntries: options.cacheMaxEntries ?? 5_000,
    now,
  });
  const limiter = new RateLimiter({ ...(options.rateLimit ?? { perMinute: 30, burst: 10 }), now });
  const inFlight = new Map<string, Promise<AddressesBody>>();
  const budgetMs = options.budgetMs ?? 6_000;
  const report =
    options.onProviderError ??
    ((error: UpstreamError, name: string) => {
      console.warn(`[council-components/server] ${name}: ${error.failure}: ${error.message}`);
    });
  const reportRejected =
    options.onRejectedAddresses ??
    ((name: string, problems: readonly string[]) => {
      console.warn(
        `[council-components/server] ${name}: ${problems.length} address(es) did not fit: ${problems[0] ?? ''}`,
      );
    });

  /** The addresses that may be served; when there were some and none may, the provider has failed. */
  const servable = (found: readonly Address[]): Address[] => {
    const problems: string[] = [];
    const kept: Address[] = [];
    for (const candidate of found) {
      const fitted = fitToContract(candidate);
      if (fitted.problem !== undefined) problems.push(fitted.problem);
      if ('address' in fitted) kept.push(fitted.address);
    }
    if (problems.length === 0) return kept;
    reportRejected(provider.name, problems);
    if (kept.length === 0) {
      throw new UpstreamError(provider.name, 'bad-answer', 'gave no address that fits the contract');
    }
    return kept;
  };

  return async (request, context) => {
    const params = new URL(request.url).searchParams;
    const raw = params.get('postcode') ?? '';
    const language: AddressLanguage = params.get('lang') === 'cy' ? 'cy' : 'en';
    // The contract's limit: nothing longer is a postcode, however it is written.
    if (raw.length > MAX_POSTCODE_INPUT) return errorResponse('postcode-invalid');
    const { postcode, problem } = checkPostcode(raw);
    if (problem === 'empty') return errorResponse('postcode-missing');
    if (problem === 'invalid') return errorResponse('postcode-invalid');

    const cacheKey = `${postcode}|${language}`;
    const cached = cache.get(cacheKey);
    if (cached) return jsonResponse(cached, { headers: { 'Cache-Control': 'private, max-age=300', 'X-Cache': 'hit' } });

    // Residents asking for the same postcode at once share one upstream lookup, and only
    // the lookup that reaches the provider counts against a client's allowance.
    let pending = inFlight.get(cacheKey);
    if (!pending) {
      const decision = limiter.take(context.clientAddress);
      if (!decision.allowed) return errorResponse('rate-limited', { retryAfterSeconds: decision.retryAfterSeconds });
    }
    try {
      if (!pending) {
        pending = provider
          .find(postcode, { language, signal: AbortSignal.timeout(budgetMs) })
          .then((found) => ({ postcode, addresses: sortNaturally(servable(found), addressSortKey) }))
          .catch((error: unknown) => {
            // Reported once for the lookup, however many residents were waiting on it.
            if (error instanceof UpstreamError) report(error, provider.name);
            throw error;
          })
          .finally(() => inFlight.delete(cacheKey));
        inFlight.set(cacheKey, pending);
      }
      const body = await pending;
      cache.set(cacheKey, body);
      return jsonResponse(body, { headers: { 'Cache-Control': 'private, max-age=300', 'X-Cache': 'miss' } });
    } catch (error) {
      if (!(error instanceof UpstreamError)) throw error;
      return errorResponse(errorCodeOfUpstream(error, 'postcode-invalid'), {
        retryAfterSeconds: error.retryAfterSeconds,
      });
    }
  };
}
