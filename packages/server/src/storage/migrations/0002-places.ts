import { sql } from 'kysely';
import type { Migration } from '../migration-runner.js';

/** Capacities and the places taken in them (booking slots): the check makes overbooking impossible, whatever the code does. */
export const placesMigration: Migration = {
  name: '0002-places',
  async up(db) {
    await db.schema
      .createTable('places')
      .addColumn('pool', 'text', (column) => column.primaryKey())
      .addColumn('capacity', 'integer', (column) => column.notNull())
      .addColumn('taken', 'integer', (column) => column.notNull().defaultTo(0))
      .addCheckConstraint('places_taken_within_capacity', sql`taken >= 0 and taken <= capacity`)
      .execute();
  },
};
