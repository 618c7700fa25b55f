import { mkdirSync, realpathSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { databaseTargetOf, type DatabaseTarget, type StorageEngine } from './database-url.js';
import {
  appliedMigrations,
  migrateToLatest,
  refuseUnknown,
  type Migration,
  type MigrationReport,
} from './migration-runner.js';
import { NodeSqliteDialect } from './node-sqlite-dialect.js';
import { postgresStartFailure, sqliteStartFailure } from './start-failures.js';
import { storageMigrations } from './storage-migrations.js';
import { StorageStartError } from './storage-start-error.js';
import type { StorageTables } from './storage-tables.js';

export interface StorageOptions {
  /** `DATABASE_URL`: unset for `./data/council.db`, `file:PATH`, or `postgres://…`. */
  readonly url?: string | undefined;
  /** The folder a relative SQLite path is read from (default: the working folder). */
  readonly cwd?: string;
  /** Apply pending migrations now (the default). With `false`, the database must already be up to date. */
  readonly migrate?: boolean;
  /** The schema's migrations (default: the server's, `storageMigrations`). */
  readonly migrations?: readonly Migration[];
  /** PostgreSQL: connections in the pool (default 10). */
  readonly poolSize?: number;
  /** PostgreSQL: how long to wait for a connection (default 5,000 ms). */
  readonly connectTimeoutMs?: number;
  /** SQLite: how long a writer waits for another process's write to finish (default 5,000 ms). */
  readonly busyTimeoutMs?: number;
  /** Where a dropped PostgreSQL connection is reported (default: one line on stderr). */
  readonly onConnectionError?: (error: Error) => void;
}

/** An open database with the server's schema, on either engine. */
export interface Storage {
  readonly engine: StorageEngine;
  /** The database for messages and logs: its file, or its host and name; never a password. */
  readonly shown: string;
  readonly db: Kysely<StorageTables>;
  /** What opening it applied. */
  readonly migrations: MigrationReport;
  /** Closes it (for SQLite, lets go of the process's shared connection): use this, not `db.destroy()`. */
  close(): Promise<void>;
}

/**
 * Opens the database `DATABASE_URL` names and brings its schema up to date.
 * SQLite (the default, nothing to install): WAL, foreign keys on, a busy
 * timeout, `synchronous = full` so that a committed write survives a power
 * cut, and one connection per file in the process, so one writer. PostgreSQL: a `pg` pool, nothing
 * kept in the process, so many instances can share the database. Whatever
 * stops it from starting is a `StorageStartError` with a one-line message.
 */
export async function openStorage(options: StorageOptions = {}): Promise<Storage> {
  const target = databaseTargetOf(options.url, options.cwd);
  const { db, release } =
    target.engine === 'sqlite' ? await shareSqlite(target, options) : await openPostgres(target, options);
  try {
    const migrations = options.migrations ?? storageMigrations;
    const report =
      options.migrate === false
        ? await checkUpToDate(db, migrations, target)
        : await migrateToLatest(db as Kysely<unknown>, target.engine, migrations, target.shown);
    return {
      engine: target.engine,
      shown: target.shown,
      db,
      migrations: report,
      close: release,
    };
  } catch (error) {
    await release().catch(() => undefined);
    if (error instanceof StorageStartError) throw error;
    throw target.engine === 'sqlite' ? sqliteStartFailure(error, target) : postgresStartFailure(error, target);
  }
}

interface Opened {
  readonly db: Kysely<StorageTables>;
  /** Closes the connection, or for a shared SQLite connection, lets go of it. */
  readonly release: () => Promise<void>;
}

/**
 * One connection per SQLite file in a process, shared by every `openStorage`
 * of it (a payments and a bookings handler, say), closed when the last lets
 * go. Two connections in one process would deadlock as writers: the second
 * waits for the write lock synchronously, blocking the one thread the first
 * needs to finish its transaction. Kysely runs one query at a time on it.
 */
const sqliteConnections = new Map<string, { opening: Promise<Kysely<StorageTables>>; users: number }>();

async function shareSqlite(
  target: Extract<DatabaseTarget, { engine: 'sqlite' }>,
  options: StorageOptions,
): Promise<Opened> {
  const file = realFileOf(target);
  let shared = sqliteConnections.get(file);
  if (!shared) {
    shared = { opening: openSqlite(target, options), users: 0 };
    sqliteConnections.set(file, shared);
  }
  shared.users++;
  const entry = shared;
  const letGo = async (): Promise<void> => {
    entry.users--;
    if (entry.users > 0) return;
    if (sqliteConnections.get(file) === entry) sqliteConnections.delete(file);
    await (await entry.opening).destroy();
  };
  try {
    const db = await entry.opening;
    let released = false;
    return {
      db,
      release: async () => {
        if (released) return;
        released = true;
        await letGo();
      },
    };
  } catch (error) {
    entry.users--;
    if (sqliteConnections.get(file) === entry) sqliteConnections.delete(file);
    throw error;
  }
}

/** The file's real path (through symbolic links), so that two names for one file share one connection. */
function realFileOf(target: Extract<DatabaseTarget, { engine: 'sqlite' }>): string {
  try {
    mkdirSync(dirname(target.file), { recursive: true });
    return join(realpathSync(dirname(target.file)), basename(target.file));
  } catch (error) {
    throw sqliteStartFailure(error, target);
  }
}

async function openSqlite(
  target: Extract<DatabaseTarget, { engine: 'sqlite' }>,
  options: StorageOptions,
): Promise<Kysely<StorageTables>> {
  let database: DatabaseSync | undefined;
  const busyTimeoutMs = Math.trunc(options.busyTimeoutMs ?? 5000);
  try {
    // Its folder exists (realFileOf made it). The busy timeout first: instances opening a new file together wait
    // for each other from the first statement.
    database = new DatabaseSync(target.file, { timeout: busyTimeoutMs });
    await switchToWal(database, busyTimeoutMs);
    database.exec('pragma foreign_keys = on');
    database.exec('pragma synchronous = full');
  } catch (error) {
    database?.close();
    throw sqliteStartFailure(error, target);
  }
  return new Kysely<StorageTables>({ dialect: new NodeSqliteDialect(database) });
}

/**
 * Puts the file in WAL mode. Reading the journal mode reads the file's header,
 * so a file that is not a database fails here. SQLite answers "busy" at once,
 * without its busy timeout, when instances switch a new file together: try
 * again until the timeout.
 */
async function switchToWal(database: DatabaseSync, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (let wait = 5; ; wait = Math.min(wait * 2, 100)) {
    try {
      const mode = database.prepare('pragma journal_mode = wal').get();
      if (mode?.['journal_mode'] !== 'wal') throw new Error(`journal mode stayed ${String(mode?.['journal_mode'])}`);
      return;
    } catch (error) {
      const busy = error instanceof Error && 'errcode' in error && error.errcode === 5;
      if (!busy || Date.now() + wait > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

async function openPostgres(
  target: Extract<DatabaseTarget, { engine: 'postgres' }>,
  options: StorageOptions,
): Promise<Opened> {
  const pool = new pg.Pool({
    connectionString: target.connectionString,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
  });
  // A dropped connection (a restart, a failover) must not stop the server: the pool opens another.
  const report =
    options.onConnectionError ??
    ((error: Error) => console.error(`storage: idle PostgreSQL connection lost: ${error.message}`));
  pool.on('error', report);
  // A connection dropped while checked out (mid-transaction) errors on its client, not the pool: without a listener
  // there, Node would end the process. The query in progress fails and the pool replaces the connection.
  pool.on('connect', (client) => client.on('error', report));
  const db = new Kysely<StorageTables>({ dialect: new PostgresDialect({ pool }) });
  try {
    await sql`select 1`.execute(db);
  } catch (error) {
    await db.destroy().catch(() => undefined);
    throw postgresStartFailure(error, target);
  }
  return { db, release: () => db.destroy() };
}

async function checkUpToDate(
  db: Kysely<StorageTables>,
  migrations: readonly Migration[],
  target: DatabaseTarget,
): Promise<MigrationReport> {
  const applied = await appliedMigrations(db as Kysely<unknown>, target.engine);
  refuseUnknown(applied, migrations, target.shown);
  const missing = migrations.filter((migration) => !applied.includes(migration.name));
  if (missing.length > 0) {
    throw new StorageStartError(
      `The ${target.shown} lacks ${String(missing.length)} migration(s), from "${missing[0]?.name ?? ''}": run council-migrate, or start with migrations on.`,
    );
  }
  return { applied: [], total: applied.length };
}
