import type { Migration } from '../migration-runner.js';

/**
 * Payments made through GOV.UK Pay, and every change of their state (the audit trail): what the council's back end
 * asked for, what Pay said, and when, from which source (the create call, a status read, a webhook).
 */
export const paymentsMigration: Migration = {
  name: '0003-payments',
  async up(db) {
    await db.schema
      .createTable('payments')
      // Ours: unguessable, the only id a resident's browser ever holds (in a signed cookie).
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('pay_id', 'text', (column) => column.unique())
      .addColumn('item', 'text')
      .addColumn('reference', 'text', (column) => column.notNull())
      .addColumn('description', 'text', (column) => column.notNull())
      .addColumn('amount', 'integer', (column) => column.notNull())
      .addColumn('language', 'text', (column) => column.notNull())
      .addColumn('status', 'text', (column) => column.notNull())
      .addColumn('code', 'text')
      .addColumn('created_at', 'text', (column) => column.notNull())
      .addColumn('updated_at', 'text', (column) => column.notNull())
      .execute();
    await db.schema
      .createTable('payment_events')
      .addColumn('payment_id', 'text', (column) => column.notNull().references('payments.id'))
      .addColumn('at', 'text', (column) => column.notNull())
      .addColumn('status', 'text', (column) => column.notNull())
      .addColumn('code', 'text')
      .addColumn('source', 'text', (column) => column.notNull())
      // A webhook's own id: a message delivered again is recognised, and applied once.
      .addColumn('webhook_message_id', 'text', (column) => column.unique())
      .execute();
    await db.schema.createIndex('payment_events_by_payment').on('payment_events').column('payment_id').execute();
  },
};
