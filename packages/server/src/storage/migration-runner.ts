import { sql, type Kysely, type Transaction } from 'kysely';
import type { StorageEngine } from './database-url.js';
import type { MigrationsTable } from './storage-tables.js';
import { StorageStartError } from './storage-start-error.js';

/**
 * One forward-only change to the schema. Its name is its identity and its
 * place in the order (`0001-idempotency-keys`): never rename or edit a
 * migration that has shipped; add a new one. `up` runs inside a transaction
 * with the other instances locked out, so it must use statements both engines
 * can run in a transaction (no `create index concurrently`).
 */
export interface Migration {
  readonly name: string;
  up(db: Transaction<unknown>, engine: StorageEngine): Promise<void>;
}

export interface MigrationReport {
  /** Migrations this call applied, in order. */
  readonly applied: readonly string[];
  /** All migrations the database has now. */
  readonly total: number;
}

type MigrationRecords = Kysely<{ council_migrations: MigrationsTable }>;

/** Any fixed number: every instance of the server takes the same PostgreSQL advisory lock while it migrates. */
const MIGRATION_LOCK = 7_301_914_202;

/**
 * Applies, in order, each migration the database does not have yet, each in
 * its own transaction together with its record in `council_migrations`, so
 * that a migration is either applied and recorded or not at all. Instances
 * starting together take turns: on PostgreSQL an advisory lock, on SQLite the
 * write lock (`begin immediate`). A database that has a migration this code
 * does not know was migrated by a newer version: that stops the start.
 */
export async function migrateToLatest(
  db: Kysely<unknown>,
  engine: StorageEngine,
  migrations: readonly Migration[],
  shown: string,
): Promise<MigrationReport> {
  checkOrder(migrations);
  const records = db as unknown as MigrationRecords;
  await records.transaction().execute(async (trx) => {
    await lockOut(trx, engine);
    await trx.schema
      .createTable('council_migrations')
      .ifNotExists()
      .addColumn('name', 'text', (column) => column.primaryKey())
      .addColumn('applied_at', 'text', (column) => column.notNull())
      .execute();
  });
  const existing = await records.selectFrom('council_migrations').select('name').orderBy('name').execute();
  refuseUnknown(
    existing.map((row) => row.name),
    migrations,
    shown,
  );
  const done = new Set(existing.map((row) => row.name));
  const last = existing.at(-1)?.name;
  const misplaced = migrations.find(
    (migration) => !done.has(migration.name) && last !== undefined && migration.name < last,
  );
  if (misplaced) {
    throw new StorageStartError(
      `Migration "${misplaced.name}" is new but sorts before "${last ?? ''}", which the ${shown} already has: migrations are forward only; give it a name after the last.`,
    );
  }
  const applied: string[] = [];
  for (const migration of migrations) {
    if (done.has(migration.name)) continue;
    const ran = await records
      .transaction()
      .execute(async (trx) => {
        await lockOut(trx, engine);
        // Another instance may have applied it while this one waited for the lock.
        const already = await trx
          .selectFrom('council_migrations')
          .select('name')
          .where('name', '=', migration.name)
          .executeTakeFirst();
        if (already) return false;
        await migration.up(trx as unknown as Transaction<unknown>, engine);
        await trx
          .insertInto('council_migrations')
          .values({ name: migration.name, applied_at: new Date().toISOString() })
          .execute();
        return true;
      })
      .catch((error: unknown) => {
        const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
        throw new StorageStartError(
          `Migration "${migration.name}" failed on the ${shown} and was rolled back (${reason}): nothing of it was applied; fix the cause and start again.`,
          { cause: error },
        );
      });
    if (ran) applied.push(migration.name);
  }
  // Counted again: other instances may have applied some while this one waited.
  const total = await records.selectFrom('council_migrations').select('name').execute();
  return { applied, total: total.length };
}

/** The names of the migrations the database has, in order (empty for a database never migrated). */
export async function appliedMigrations(db: Kysely<unknown>, engine: StorageEngine): Promise<string[]> {
  const records = db as unknown as MigrationRecords;
  // On PostgreSQL, only the schema the connection uses (its search path) counts, not a table of that name elsewhere.
  const schema =
    engine === 'postgres'
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
      : undefined;
  const tables = await db.introspection.getTables();
  if (
    !tables.some((table) => table.name === 'council_migrations' && (schema === undefined || table.schema === schema))
  ) {
    return [];
  }
  const rows = await records.selectFrom('council_migrations').select('name').orderBy('name').execute();
  return rows.map((row) => row.name);
}

/** A database that has a migration this code does not know was migrated by a newer version of the server. */
export function refuseUnknown(applied: readonly string[], migrations: readonly Migration[], shown: string): void {
  const known = new Set(migrations.map((migration) => migration.name));
  const unknown = applied.find((name) => !known.has(name));
  if (unknown !== undefined) {
    throw new StorageStartError(
      `The ${shown} was migrated by a newer version of @council-components/server (it has migration "${unknown}", which this version does not know): upgrade the server, or point DATABASE_URL at another database.`,
    );
  }
}

async function lockOut(
  trx: Transaction<{ council_migrations: MigrationsTable }>,
  engine: StorageEngine,
): Promise<void> {
  // SQLite transactions here begin immediate: holding the write lock already keeps the other instances out.
  if (engine === 'postgres') await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(trx);
}

function checkOrder(migrations: readonly Migration[]): void {
  for (let i = 1; i < migrations.length; i++) {
    const previous = migrations[i - 1]?.name ?? '';
    const name = migrations[i]?.name ?? '';
    if (name <= previous)
      throw new Error(`Migrations must be listed in name order without repeats: "${name}" follows "${previous}".`);
  }
}
