/**
 * Per-client rate limiting with a token bucket: each client may make
 * `burst` requests at once, refilled at `perMinute` a minute. Only the most
 * recently seen `maxClients` are remembered, so a flood of addresses cannot
 * exhaust memory. An IPv6 client is its /64, the block one household or
 * phone is given, so that rotating through it does not give a new allowance.
 */
export interface RateLimitDecision {
  allowed: boolean;
  /** When not allowed: whole seconds until one more request is allowed. */
  retryAfterSeconds: number;
}

export class RateLimiter {
  readonly #buckets = new Map<string, { tokens: number; updated: number }>();
  readonly #perMs: number;
  readonly #burst: number;
  readonly #maxClients: number;
  readonly #now: () => number;

  constructor(options: { perMinute: number; burst: number; maxClients?: number; now?: () => number }) {
    this.#perMs = options.perMinute / 60_000;
    this.#burst = options.burst;
    this.#maxClients = options.maxClients ?? 10_000;
    this.#now = options.now ?? Date.now;
  }

  take(clientAddress: string): RateLimitDecision {
    const client = bucketKeyOf(clientAddress);
    const now = this.#now();
    const bucket = this.#buckets.get(client) ?? { tokens: this.#burst, updated: now };
    bucket.tokens = Math.min(this.#burst, bucket.tokens + (now - bucket.updated) * this.#perMs);
    bucket.updated = now;
    this.#buckets.delete(client);
    this.#buckets.set(client, bucket);
    if (this.#buckets.size > this.#maxClients) {
      const oldest = this.#buckets.keys().next().value;
      if (oldest !== undefined) this.#buckets.delete(oldest);
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true, retryAfterSeconds: 0 };
    }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.#perMs / 1000)) };
  }
}

/** The bucket of an address: an IPv6 address's first four groups (its /64); anything else as it is, at most 64 characters. */
export function bucketKeyOf(address: string): string {
  if (!address.includes(':')) return address.slice(0, 64);
  const [head = '', tail] = address.toLowerCase().split('::');
  const groups = head === '' ? [] : head.split(':');
  if (tail !== undefined) {
    const rest = tail === '' ? [] : tail.split(':');
    while (groups.length + rest.length < 8) groups.push('0');
    groups.push(...rest);
  }
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`.slice(0, 64);
}
