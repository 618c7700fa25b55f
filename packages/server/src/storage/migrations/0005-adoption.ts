import type { Migration } from '../migration-runner.js';

/**
 * The adoption collector's tables (apps/collector): each beacon as it arrived, kept 30 days at most, and the hourly
 * counts it rolls up into in the same transaction, which are what the public read API serves. Nothing here
 * identifies a person: a beacon carries a page's origin, a package and its version, never an address or an agent.
 * Weighted counts are thousandths of a page view (a beacon sampled at 1 in 3 counts 3,000): integers on both
 * engines, `bigint` so that a busy origin's sums cannot overflow PostgreSQL's 32-bit `integer`.
 */
export const adoptionMigration: Migration = {
  name: '0005-adoption',
  async up(db) {
    await db.schema
      .createTable('adoption_events')
      // Random, so that a group commit retried after an unknown COMMIT outcome cannot store a beacon twice.
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('received_at', 'text', (column) => column.notNull())
      .addColumn('package', 'text', (column) => column.notNull())
      .addColumn('version', 'text', (column) => column.notNull())
      .addColumn('delivery', 'text', (column) => column.notNull())
      .addColumn('origin', 'text', (column) => column.notNull())
      // `{ "council-booking": 1 }` as JSON text.
      .addColumn('elements', 'text', (column) => column.notNull())
      .addColumn('page_views_milli', 'bigint', (column) => column.notNull())
      .execute();
    // The retention purge deletes by age.
    await db.schema.createIndex('adoption_events_by_time').on('adoption_events').column('received_at').execute();
    await db.schema
      .createTable('adoption_hourly')
      .addColumn('package', 'text', (column) => column.notNull())
      .addColumn('version', 'text', (column) => column.notNull())
      .addColumn('delivery', 'text', (column) => column.notNull())
      .addColumn('origin', 'text', (column) => column.notNull())
      // The hour the beacons arrived in, UTC: `2026-12-04T09`.
      .addColumn('hour', 'text', (column) => column.notNull())
      .addColumn('beacons', 'bigint', (column) => column.notNull())
      .addColumn('page_views_milli', 'bigint', (column) => column.notNull())
      .addPrimaryKeyConstraint('adoption_hourly_key', ['package', 'hour', 'origin', 'version', 'delivery'])
      .execute();
    await db.schema
      .createTable('adoption_element_hourly')
      .addColumn('package', 'text', (column) => column.notNull())
      .addColumn('tag', 'text', (column) => column.notNull())
      .addColumn('version', 'text', (column) => column.notNull())
      .addColumn('delivery', 'text', (column) => column.notNull())
      .addColumn('origin', 'text', (column) => column.notNull())
      .addColumn('hour', 'text', (column) => column.notNull())
      .addColumn('beacons', 'bigint', (column) => column.notNull())
      // Pages with the tag, and the tag's elements on them, each weighted by 1 / sample.
      .addColumn('page_views_milli', 'bigint', (column) => column.notNull())
      .addColumn('elements_milli', 'bigint', (column) => column.notNull())
      .addPrimaryKeyConstraint('adoption_element_hourly_key', [
        'package',
        'hour',
        'origin',
        'tag',
        'version',
        'delivery',
      ])
      .execute();
  },
};
