import type { Migration } from './migration-runner.js';
import { idempotencyKeysMigration } from './migrations/0001-idempotency-keys.js';
import { placesMigration } from './migrations/0002-places.js';
import { paymentsMigration } from './migrations/0003-payments.js';
import { bookingsMigration } from './migrations/0004-bookings.js';
import { adoptionMigration } from './migrations/0005-adoption.js';

/**
 * Every migration of the server's database, in order. A feature that needs
 * tables (payments, bookings, adoption events) adds its migrations at the end.
 */
export const storageMigrations: readonly Migration[] = [
  idempotencyKeysMigration,
  placesMigration,
  paymentsMigration,
  bookingsMigration,
  adoptionMigration,
];
