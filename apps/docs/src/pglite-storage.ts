import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import { migrateToLatest } from '@council-components/server/storage/migration-runner.js';
import { storageMigrations } from '@council-components/server/storage/storage-migrations.js';
import type { StorageTables } from '@council-components/server/storage/storage-tables.js';
import { pglitePool } from './pglite-pool.ts';

/** The docs site's database: what the payments handler is given as its `storage`. */
export interface PgliteStorage {
  readonly db: Kysely<StorageTables>;
  /** Closes Kysely, then PGlite. */
  close(): Promise<void>;
}

/**
 * The storage layer's schema on PostgreSQL in WebAssembly, in memory, for the docs site, whose back ends run in the
 * page (ADR 0008): the server's own migrations, run as on a PostgreSQL server, under Kysely's own PostgreSQL
 * dialect, so that the stories reach the real payments handler over the same SQL it runs in production.
 */
export async function openPgliteStorage(): Promise<PgliteStorage> {
  const database = await PGlite.create();
  const db = new Kysely<StorageTables>({ dialect: new PostgresDialect({ pool: pglitePool(database) }) });
  const close = async (): Promise<void> => {
    await db.destroy();
    await database.close();
  };
  try {
    await migrateToLatest(db as Kysely<unknown>, 'postgres', storageMigrations, 'docs site’s PGlite database');
  } catch (error) {
    await close().catch(() => undefined);
    throw error;
  }
  return { db, close };
}
