// A PostgreSQL schema of its own for one benchmark run: on the server COUNCIL_TEST_POSTGRES_URL names, or on a
// throwaway server started (and stopped after) with scripts/test-postgres.sh when PostgreSQL is installed: in a
// folder and on a port of its own, so that it never stops the tests' server when both run on one machine.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';

export const pg = createRequire(new URL('../packages/server/package.json', import.meta.url))('pg');

/**
 * Calls `measure` with the URL of an empty schema (its `search_path` set in the URL), dropped afterwards. Says
 * whether it ran: false, with a line saying why, when there is no PostgreSQL to measure on.
 */
export async function onBenchPostgres(measure) {
  let postgresUrl = process.env.COUNCIL_TEST_POSTGRES_URL;
  let startedHere = false;
  const helper = new URL('../scripts/test-postgres.sh', import.meta.url).pathname;
  const own = {
    env: {
      ...process.env,
      COUNCIL_PG_DIR: process.env.COUNCIL_BENCH_PG_DIR ?? '/tmp/council-components-bench-pg',
      COUNCIL_PG_PORT: process.env.COUNCIL_BENCH_PG_PORT ?? '55433',
    },
  };
  if (!postgresUrl) {
    try {
      const exported = execFileSync(helper, ['start'], {
        ...own,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      postgresUrl = /COUNCIL_TEST_POSTGRES_URL=(\S+)/.exec(exported)?.[1];
      startedHere = postgresUrl !== undefined;
    } catch {
      // PostgreSQL is not installed here.
    }
  }
  if (!postgresUrl) {
    console.log('PostgreSQL: not measured (no COUNCIL_TEST_POSTGRES_URL, and PostgreSQL is not installed).');
    return false;
  }
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  try {
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    const url = new URL(postgresUrl);
    url.searchParams.set('options', `-c search_path=${schema}`);
    await measure(url.href);
    return true;
  } finally {
    await admin.query(`drop schema if exists ${schema} cascade`).catch(() => undefined);
    await admin.end().catch(() => undefined);
    if (startedHere) execFileSync(helper, ['stop'], own);
  }
}
