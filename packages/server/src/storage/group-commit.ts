import type { Kysely, Transaction } from 'kysely';

export interface GroupCommitOptions<Database, Item> {
  readonly db: Kysely<Database>;
  /** Writes the items of one or more callers inside one transaction (a multi-row insert). */
  readonly write: (trx: Transaction<Database>, items: readonly Item[]) => Promise<void>;
  /**
   * Most items in one transaction (default 1,000); one caller's batch is never split, whatever its size. On SQLite a
   * statement binds at most 32,766 values: keep items × columns of a multi-row insert under that.
   */
  readonly maxItems?: number;
}

interface Pending<Item> {
  readonly items: readonly Item[];
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Group commit for many small writes (adoption events): each caller's batch
 * is acknowledged only once the transaction holding it has committed, and
 * the batches that arrive while one transaction commits share the next, so
 * a thousand callers cost a few commits rather than a thousand. A batch is
 * all or nothing. If a shared transaction fails, each batch in it is tried
 * again alone, so one bad batch fails only its own caller. A connection lost
 * during COMMIT leaves its outcome unknown, and the retry may then write a
 * batch twice: give rows a unique key (an event id) so the retry is refused.
 */
export class GroupCommit<Database, Item> {
  readonly #db: Kysely<Database>;
  readonly #write: GroupCommitOptions<Database, Item>['write'];
  readonly #maxItems: number;
  #queue: Pending<Item>[] = [];
  #draining: Promise<void> | undefined;
  #closed = false;

  constructor(options: GroupCommitOptions<Database, Item>) {
    this.#db = options.db;
    this.#write = options.write;
    this.#maxItems = options.maxItems ?? 1000;
  }

  /** Resolves once every item is committed; rejects if the batch could not be (nothing of it is stored). */
  add(items: readonly Item[]): Promise<void> {
    if (this.#closed) return Promise.reject(new Error('This group commit is closed.'));
    if (items.length === 0) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      // A copy: a caller reusing its array must not change what is written.
      this.#queue.push({ items: [...items], resolve, reject });
      // Let the writes of this turn of the event loop join the same transaction.
      this.#draining ??= new Promise<void>((done) => setImmediate(done)).then(() => this.#drain());
    });
  }

  /** Stops taking batches and waits until those taken are committed or failed. */
  async close(): Promise<void> {
    this.#closed = true;
    await this.#draining;
  }

  async #drain(): Promise<void> {
    while (this.#queue.length > 0) {
      const group = this.#nextGroup();
      try {
        await this.#commit(group);
        for (const pending of group) pending.resolve();
      } catch (error) {
        if (group.length === 1) {
          group[0]?.reject(error);
          continue;
        }
        for (const pending of group) {
          await this.#commit([pending]).then(pending.resolve, pending.reject);
        }
      }
    }
    this.#draining = undefined;
  }

  #nextGroup(): Pending<Item>[] {
    const group: Pending<Item>[] = [];
    let count = 0;
    while (this.#queue.length > 0) {
      const next = this.#queue[0];
      if (!next || (group.length > 0 && count + next.items.length > this.#maxItems)) break;
      group.push(next);
      count += next.items.length;
      this.#queue.shift();
    }
    return group;
  }

  async #commit(group: readonly Pending<Item>[]): Promise<void> {
    await this.#db.transaction().execute((trx) =>
      this.#write(
        trx,
        group.flatMap((pending) => pending.items),
      ),
    );
  }
}
