import { sql } from 'kysely';
import type { Migration } from '../migration-runner.js';

/** Requests made with an Idempotency-Key and their answers (payments, booking confirmations). */
export const idempotencyKeysMigration: Migration = {
  name: '0001-idempotency-keys',
  async up(db) {
    await db.schema
      .createTable('idempotency_keys')
      .addColumn('scope', 'text', (column) => column.notNull())
      .addColumn('key', 'text', (column) => column.notNull())
      .addColumn('request_hash', 'text', (column) => column.notNull())
      .addColumn('state', 'text', (column) => column.notNull().check(sql`state in ('started', 'completed')`))
      .addColumn('response_status', 'integer')
      .addColumn('response_body', 'text')
      .addColumn('locked_until', 'text', (column) => column.notNull())
      .addColumn('created_at', 'text', (column) => column.notNull())
      .addColumn('expires_at', 'text', (column) => column.notNull())
      .addPrimaryKeyConstraint('idempotency_keys_pk', ['scope', 'key'])
      .execute();
    await db.schema.createIndex('idempotency_keys_expires_at').on('idempotency_keys').column('expires_at').execute();
  },
};
