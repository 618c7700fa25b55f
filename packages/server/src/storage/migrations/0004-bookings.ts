import type { Migration } from '../migration-runner.js';

/**
 * Bookings of the embedded booking store: the holds on a slot while a resident gives their details, and the
 * bookings they became. A slot's places are the storage layer's `places` pool (`booking:{service}:{start}`), taken
 * when a slot is held: the pool, not these tables, decides who gets the last place.
 */
export const bookingsMigration: Migration = {
  name: '0004-bookings',
  async up(db) {
    await db.schema
      .createTable('booking_holds')
      // Unguessable: the resident's browser holds it while they give their details.
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('service', 'text', (column) => column.notNull())
      .addColumn('pool', 'text', (column) => column.notNull())
      .addColumn('slot_start', 'text', (column) => column.notNull())
      .addColumn('slot_end', 'text', (column) => column.notNull())
      // `held`, then `booked` (its place passed to the booking) or gone (its place returned when it lapsed).
      .addColumn('state', 'text', (column) => column.notNull())
      .addColumn('expires_at', 'text', (column) => column.notNull())
      .addColumn('created_at', 'text', (column) => column.notNull())
      .execute();
    await db.schema
      .createIndex('booking_holds_by_expiry')
      .on('booking_holds')
      .columns(['state', 'expires_at'])
      .execute();
    await db.schema
      .createTable('bookings')
      // The reference the resident is given: short enough to read out, unguessable enough with the token.
      .addColumn('reference', 'text', (column) => column.primaryKey())
      .addColumn('service', 'text', (column) => column.notNull())
      .addColumn('pool', 'text', (column) => column.notNull())
      .addColumn('slot_start', 'text', (column) => column.notNull())
      .addColumn('slot_end', 'text', (column) => column.notNull())
      .addColumn('name', 'text', (column) => column.notNull())
      .addColumn('email', 'text', (column) => column.notNull())
      .addColumn('phone', 'text')
      .addColumn('language', 'text', (column) => column.notNull())
      // A digest of the token sent to the resident to change or cancel: the token itself is never stored.
      .addColumn('token_hash', 'text', (column) => column.notNull())
      .addColumn('status', 'text', (column) => column.notNull())
      .addColumn('created_at', 'text', (column) => column.notNull())
      .addColumn('updated_at', 'text', (column) => column.notNull())
      .execute();
  },
};
