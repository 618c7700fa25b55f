import type { Kysely } from 'kysely';
import { sha256Hex } from '../web-crypto/digests.js';
import type { IdempotencyKeysTable } from './storage-tables.js';

/** An answer kept for a key: what the first request got, given again to every retry. */
export interface StoredAnswer {
  readonly status: number;
  /** Anything JSON can hold. */
  readonly body: unknown;
}

export type IdempotentResult =
  /** This request was the first with the key: its answer was computed now and stored. */
  | { readonly outcome: 'answered'; readonly answer: StoredAnswer }
  /** A retry: the first request's answer, as it was. */
  | { readonly outcome: 'replayed'; readonly answer: StoredAnswer }
  /** The first request with this key is still being answered: ask the caller to retry shortly (409). */
  | { readonly outcome: 'in-progress' }
  /** The key was used for a different request: refuse it (422), never answer it with the other's answer. */
  | { readonly outcome: 'key-reused' };

export type IdempotencyDatabase = Kysely<{ idempotency_keys: IdempotencyKeysTable }>;

export interface IdempotencyOptions {
  /** How long a key and its answer are kept (default 24 hours). */
  readonly keepForMs?: number;
  /** How long a claim lasts without renewal: after a crash, a retry may take the key over this long after the last renewal (default 60 s). */
  readonly lockForMs?: number;
  readonly now?: () => Date;
}

/** A key as clients send it in `Idempotency-Key`: 1 to 255 visible ASCII characters. */
export function isIdempotencyKey(value: string): boolean {
  return /^[\x21-\x7e]{1,255}$/.test(value);
}

/**
 * A digest of what makes two requests the same request (method, path, body), to store with the key: SHA-256 in hex
 * of each part after its length, so that no two lists of parts run together into the same text. Web Crypto, so it
 * runs in a browser too; the digest is the one node:crypto gave, so keys stored before still match their retries.
 */
export async function requestHashOf(...parts: readonly string[]): Promise<string> {
  const text = parts.map((part) => `${String(part.length)}:${part}`).join('');
  return sha256Hex(text);
}

/**
 * Idempotency keys stored with their answers, on either engine. The first
 * request with a key claims it (an insert that only one caller can win: the
 * primary key decides), does the work and stores its answer; a retry gets
 * that answer and the work is not done again. The claim's lock is renewed
 * while the work runs, so a slow first request keeps its key; only when its
 * process has died (the lock lapses) may a retry of the same request take
 * over and do the work again. Work with effects outside this database (a
 * GOV.UK Pay payment) must therefore pass the same key on to that service,
 * so that work done again returns the first result. If the work throws, the
 * key is released so that a retry can try again.
 */
export class IdempotencyKeys {
  readonly #db: IdempotencyDatabase;
  readonly #keepForMs: number;
  readonly #lockForMs: number;
  readonly #now: () => Date;

  constructor(db: IdempotencyDatabase, options: IdempotencyOptions = {}) {
    this.#db = db;
    this.#keepForMs = options.keepForMs ?? 24 * 60 * 60 * 1000;
    this.#lockForMs = options.lockForMs ?? 60_000;
    this.#now = options.now ?? (() => new Date());
  }

  async once(
    scope: string,
    key: string,
    requestHash: string,
    answer: () => Promise<StoredAnswer>,
  ): Promise<IdempotentResult> {
    if (!isIdempotencyKey(key)) throw new TypeError('An idempotency key is 1 to 255 visible ASCII characters.');
    const now = this.#now();
    const claim = {
      request_hash: requestHash,
      state: 'started' as const,
      response_status: null,
      response_body: null,
      locked_until: new Date(now.getTime() + this.#lockForMs).toISOString(),
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + this.#keepForMs).toISOString(),
    };
    if (!(await this.#claim(scope, key, claim, now.toISOString()))) {
      const row = await this.#db
        .selectFrom('idempotency_keys')
        .select(['request_hash', 'state', 'response_status', 'response_body'])
        .where('scope', '=', scope)
        .where('key', '=', key)
        .executeTakeFirst();
      // Gone between the claim and the read (released after a failure): the retry may try again.
      if (!row) return { outcome: 'in-progress' };
      if (row.request_hash !== requestHash) return { outcome: 'key-reused' };
      if (row.state !== 'completed' || row.response_status === null) return { outcome: 'in-progress' };
      return {
        outcome: 'replayed',
        answer: {
          status: row.response_status,
          body: row.response_body === null ? null : (JSON.parse(row.response_body) as unknown),
        },
      };
    }
    // The lock is renewed while the work runs, so that only a request whose process died is taken over. Its
    // current end is this request's token: every write below applies only while the key is still this request's.
    let token = claim.locked_until;
    const held = () => ({ scope, key, state: 'started', locked_until: token }) as const;
    let renewing = Promise.resolve();
    const renewal = setInterval(
      () => {
        renewing = renewing
          .then(async () => {
            const next = new Date(this.#now().getTime() + this.#lockForMs).toISOString();
            const renewed = await this.#db
              .updateTable('idempotency_keys')
              .set({ locked_until: next })
              .where((eb) => eb.and(held()))
              .executeTakeFirst();
            if (renewed.numUpdatedRows === 1n) token = next;
          })
          // A renewal that fails is tried again at the next tick; the lock lapses only if they all fail.
          .catch(() => undefined);
      },
      Math.max(1, Math.floor(this.#lockForMs / 3)),
    );
    // In Node, a pending renewal must not keep the process alive; a browser's timer (the docs site) has no `unref`.
    (renewal as { unref?: () => void }).unref?.();
    const stopRenewing = async (): Promise<void> => {
      clearInterval(renewal);
      await renewing;
    };
    let computed: StoredAnswer;
    let body: string;
    try {
      computed = await answer();
      body = JSON.stringify(computed.body === undefined ? null : computed.body);
    } catch (error) {
      await stopRenewing();
      await this.#db
        .deleteFrom('idempotency_keys')
        .where((eb) => eb.and(held()))
        .execute();
      throw error;
    }
    await stopRenewing();
    const stored = await this.#db
      .updateTable('idempotency_keys')
      .set({ state: 'completed', response_status: computed.status, response_body: body })
      .where((eb) => eb.and(held()))
      .executeTakeFirst();
    if (stored.numUpdatedRows !== 1n) {
      throw new Error(
        `Idempotency key ${scope}/${key} was taken over while its work ran (its lock could not be renewed): this answer was not stored, and the retry that took over answers instead.`,
      );
    }
    return { outcome: 'answered', answer: computed };
  }

  /** Deletes the keys past their time; returns how many. Run it now and then (a daily job). */
  async forgetExpired(): Promise<number> {
    const result = await this.#db
      .deleteFrom('idempotency_keys')
      .where('expires_at', '<', this.#now().toISOString())
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  /** Claims the key: new, expired, or abandoned by a first request that ran out of time with the same request. */
  async #claim(
    scope: string,
    key: string,
    claim: Omit<IdempotencyKeysTable, 'scope' | 'key'>,
    now: string,
  ): Promise<boolean> {
    const inserted = await this.#db
      .insertInto('idempotency_keys')
      .values({ scope, key, ...claim })
      .onConflict((conflict) => conflict.columns(['scope', 'key']).doNothing())
      .executeTakeFirst();
    if (inserted.numInsertedOrUpdatedRows === 1n) return true;
    const taken = await this.#db
      .updateTable('idempotency_keys')
      .set(claim)
      .where('scope', '=', scope)
      .where('key', '=', key)
      .where((eb) =>
        eb.or([
          eb('expires_at', '<', now),
          eb.and([
            eb('state', '=', 'started'),
            eb('locked_until', '<', now),
            eb('request_hash', '=', claim.request_hash),
          ]),
        ]),
      )
      .executeTakeFirst();
    return taken.numUpdatedRows === 1n;
  }
}
