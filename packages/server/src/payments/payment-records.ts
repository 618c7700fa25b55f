import type { Kysely } from 'kysely';
import type { PaymentsTable, StorageTables } from '../storage/storage-tables.js';

export type PaymentRecord = PaymentsTable;

/** Where a change of state came from, for the audit trail. */
export type StateSource = 'create' | 'status' | 'webhook';

/** GOV.UK Pay's statuses that never change again. */
export const FINISHED = new Set(['success', 'failed', 'cancelled', 'error', 'not-created']);

/**
 * The payments the council's back end has asked for, and the trail of their states, in the storage layer (SQLite
 * or PostgreSQL). A state is written with its event in one transaction: the record and its trail never disagree.
 */
export class PaymentRecords {
  readonly #db: Kysely<StorageTables>;
  readonly #now: () => Date;

  constructor(db: Kysely<StorageTables>, now: () => Date = () => new Date()) {
    this.#db = db;
    this.#now = now;
  }

  /**
   * A payment about to be asked of GOV.UK Pay: `creating`, until Pay answers. Asked again for the same attempt (its
   * work done again after a crash), the record is there already and is kept.
   */
  async insert(payment: Pick<PaymentRecord, 'id' | 'item' | 'reference' | 'description' | 'amount' | 'language'>) {
    const at = this.#now().toISOString();
    await this.#db.transaction().execute(async (trx) => {
      const inserted = await trx
        .insertInto('payments')
        .values({ ...payment, pay_id: null, status: 'creating', code: null, created_at: at, updated_at: at })
        .onConflict((conflict) => conflict.column('id').doNothing())
        .executeTakeFirst();
      if (inserted.numInsertedOrUpdatedRows === 0n) return;
      await trx
        .insertInto('payment_events')
        .values({
          payment_id: payment.id,
          at,
          status: 'creating',
          code: null,
          source: 'create',
          webhook_message_id: null,
        })
        .execute();
    });
  }

  byId(id: string): Promise<PaymentRecord | undefined> {
    return this.#db.selectFrom('payments').selectAll().where('id', '=', id).executeTakeFirst();
  }

  byPayId(payId: string): Promise<PaymentRecord | undefined> {
    return this.#db.selectFrom('payments').selectAll().where('pay_id', '=', payId).executeTakeFirst();
  }

  /**
   * Writes a state GOV.UK Pay reported (and, the first time, its payment id), with its event. A webhook's message
   * is applied once: delivered again, it changes nothing and this returns `duplicate`.
   */
  async record(
    id: string,
    state: { status: string; code?: string | null | undefined; payId?: string },
    source: StateSource,
    webhookMessageId: string | null = null,
  ): Promise<'recorded' | 'duplicate'> {
    const at = this.#now().toISOString();
    return this.#db.transaction().execute(async (trx) => {
      const event = await trx
        .insertInto('payment_events')
        .values({
          payment_id: id,
          at,
          status: state.status,
          code: state.code ?? null,
          source,
          webhook_message_id: webhookMessageId,
        })
        .onConflict((conflict) => conflict.column('webhook_message_id').doNothing())
        .executeTakeFirst();
      if (event.numInsertedOrUpdatedRows === 0n) return 'duplicate';
      await trx
        .updateTable('payments')
        .set({
          status: state.status,
          code: state.code ?? null,
          updated_at: at,
          ...(state.payId === undefined ? {} : { pay_id: state.payId }),
        })
        .where('id', '=', id)
        .execute();
      return 'recorded';
    });
  }

  /** The payment's trail of states, oldest first. */
  events(id: string) {
    return this.#db
      .selectFrom('payment_events')
      .select(['at', 'status', 'code', 'source', 'webhook_message_id'])
      .where('payment_id', '=', id)
      .orderBy('at')
      .execute();
  }
}
