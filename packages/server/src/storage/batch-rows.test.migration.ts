import type { Transaction } from 'kysely';
import type { Migration } from './migration-runner.js';

/** A table for the storage tests' batches: each row is item `item` of batch `batch`. */
export type BatchRowsTables = {
  batch_rows: { batch: number; item: number };
};

export const batchRowsMigration: Migration = {
  name: '9000-test-batch-rows',
  async up(db) {
    await db.schema
      .createTable('batch_rows')
      .addColumn('batch', 'integer', (column) => column.notNull())
      .addColumn('item', 'integer', (column) => column.notNull())
      .addPrimaryKeyConstraint('batch_rows_pk', ['batch', 'item'])
      .execute();
  },
};

export type BatchRow = BatchRowsTables['batch_rows'];

/** Writes rows of batches in one multi-row insert, inside the caller's transaction. */
export async function insertBatchRows(trx: Transaction<BatchRowsTables>, rows: readonly BatchRow[]): Promise<void> {
  await trx
    .insertInto('batch_rows')
    .values([...rows])
    .execute();
}
