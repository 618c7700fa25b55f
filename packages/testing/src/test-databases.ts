import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** A database of its own for one test, and how to throw it away. */
export interface TestDatabase {
  /** A `DATABASE_URL` for it. */
  readonly url: string;
  drop(): Promise<void>;
}

export interface TestEngine {
  readonly engine: 'sqlite' | 'postgres';
  /** Why the engine's tests are skipped here, or `false` when they run. */
  readonly skip: string | false;
  readonly fresh: () => Promise<TestDatabase>;
}

/**
 * The engines the storage tests run on, each giving every test an empty
 * database: SQLite in a temporary folder; PostgreSQL (the server that
 * `COUNCIL_TEST_POSTGRES_URL` names, which `.ci/run` starts) in a schema of its
 * own. Without that variable the PostgreSQL tests are skipped, unless
 * `COUNCIL_REQUIRE_POSTGRES=1` (CI), where they fail instead.
 */
export function testEngines(): TestEngine[] {
  const postgresUrl = process.env['COUNCIL_TEST_POSTGRES_URL'];
  const required = process.env['COUNCIL_REQUIRE_POSTGRES'] === '1';
  return [
    { engine: 'sqlite', skip: false, fresh: () => Promise.resolve(freshSqlite()) },
    {
      engine: 'postgres',
      skip:
        postgresUrl || required
          ? false
          : 'COUNCIL_TEST_POSTGRES_URL is not set (eval "$(scripts/test-postgres.sh start)")',
      fresh: () => {
        if (!postgresUrl)
          throw new Error(
            'COUNCIL_REQUIRE_POSTGRES=1 but COUNCIL_TEST_POSTGRES_URL is not set: .ci/run starts PostgreSQL and sets it.',
          );
        return freshPostgres(postgresUrl);
      },
    },
  ];
}

function freshSqlite(): TestDatabase {
  const folder = mkdtempSync(join(tmpdir(), 'council-storage-'));
  return {
    url: `file:${join(folder, 'council.db')}`,
    drop: () => {
      rmSync(folder, { recursive: true, force: true });
      return Promise.resolve();
    },
  };
}

async function freshPostgres(baseUrl: string): Promise<TestDatabase> {
  const schema = `test_${randomBytes(6).toString('hex')}`;
  await runOnce(baseUrl, `create schema ${schema}`);
  const url = new URL(baseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return { url: url.href, drop: () => runOnce(baseUrl, `drop schema ${schema} cascade`) };
}

/** One statement on a connection of its own, closed whatever happens. */
async function runOnce(connectionString: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
