// The storage layer's writes on both engines, each beside a raw driver loop
// on the same database in the same run (node:sqlite's prepared statement; pg's
// client.query): one insert at a time, each its own commit, as a payment or a
// booking is written; and many small writes at once through group commit, as
// adoption events arrive. Durable settings throughout (SQLite WAL with
// synchronous = full; PostgreSQL's defaults). PostgreSQL: COUNCIL_TEST_POSTGRES_URL,
// or a throwaway server started with scripts/test-postgres.sh when PostgreSQL
// is installed; without either, SQLite only.
//
//   node bench/storage.bench.mjs [--json FILE]   (exits 1 when a target is missed)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DatabaseSync } from 'node:sqlite';
import { GroupCommit } from '../packages/server/dist/storage/group-commit.js';
import { openStorage } from '../packages/server/dist/storage/open-storage.js';
import { onBenchPostgres, pg } from './bench-postgres.mjs';
import { storageMigrations } from '../packages/server/dist/storage/storage-migrations.js';
import { benchRow, jsonFileOf } from './report.mjs';

const SINGLE = Number(process.env.SINGLE_INSERTS ?? 2_000);
const SMALL_WRITES = Number(process.env.SMALL_WRITES ?? 20_000);
const IN_FLIGHT = 100;

/** A table like an adoption event's: a few short texts, a count, a time. */
const benchTable = {
  name: '9100-bench-events',
  async up(db) {
    await db.schema
      .createTable('bench_events')
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('package', 'text', (column) => column.notNull())
      .addColumn('version', 'text', (column) => column.notNull())
      .addColumn('origin', 'text', (column) => column.notNull())
      .addColumn('elements', 'integer', (column) => column.notNull())
      .addColumn('received_at', 'text', (column) => column.notNull())
      .execute();
  },
};
let serial = 0;
const event = () => ({
  id: `e${String(serial++)}`,
  package: '@council-components/address-lookup',
  version: '0.2.0',
  origin: 'https://www.example-council.gov.uk',
  elements: 1,
  received_at: new Date().toISOString(),
});
const columns = ['id', 'package', 'version', 'origin', 'elements', 'received_at'];
const valuesOf = (row) => columns.map((column) => row[column]);

function summary(times, totalMs) {
  const sorted = [...times].sort((a, b) => a - b);
  const p99 = sorted[Math.min(sorted.length - 1, Math.floor(0.99 * sorted.length))];
  return { perSecond: (times.length / totalMs) * 1000, p99 };
}

async function timeEach(count, insert) {
  const times = [];
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const before = performance.now();
    await insert();
    times.push(performance.now() - before);
  }
  return summary(times, performance.now() - started);
}

async function timeConcurrent(count, inFlight, insert) {
  const times = [];
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < count) {
        next++;
        const before = performance.now();
        await insert();
        times.push(performance.now() - before);
      }
    }),
  );
  return summary(times, performance.now() - started);
}

async function measure(engine, url, raw) {
  const storage = await openStorage({ url, migrations: [...storageMigrations, benchTable] });
  const db = storage.db.$extendTables();
  // Warm both paths (statement caches, connections) before timing.
  for (let i = 0; i < 50; i++) {
    await raw.insert(event());
    await db.insertInto('bench_events').values(event()).execute();
  }
  const rawSingle = await timeEach(SINGLE, () => raw.insert(event()));
  const layerSingle = await timeEach(SINGLE, () => db.insertInto('bench_events').values(event()).execute());
  const writer = new GroupCommit({ db, write: (trx, rows) => trx.insertInto('bench_events').values(rows).execute() });
  const grouped = await timeConcurrent(SMALL_WRITES, IN_FLIGHT, () => writer.add([event()]));
  await writer.close();
  await storage.close();
  await raw.close();
  return [
    { engine, path: `raw driver, one insert a commit (anchor)`, ...rawSingle },
    {
      engine,
      kind: 'single',
      path: `storage layer, one insert a commit`,
      ...layerSingle,
      ratio: layerSingle.perSecond / rawSingle.perSecond,
    },
    {
      engine,
      kind: 'group',
      path: `storage layer, group commit (${IN_FLIGHT} writers)`,
      ...grouped,
      ratio: grouped.perSecond / rawSingle.perSecond,
    },
  ];
}

function rawSqlite(file) {
  const database = new DatabaseSync(file, { timeout: 5000 });
  database.exec('pragma journal_mode = wal; pragma synchronous = full; pragma foreign_keys = on');
  const statement = database.prepare(`insert into bench_events (${columns.join(', ')}) values (?, ?, ?, ?, ?, ?)`);
  return {
    insert: (row) => Promise.resolve(statement.run(...valuesOf(row))),
    close: () => Promise.resolve(database.close()),
  };
}

async function rawPostgres(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const text = `insert into bench_events (${columns.join(', ')}) values ($1, $2, $3, $4, $5, $6)`;
  return {
    insert: (row) => client.query({ name: 'bench-insert', text, values: valuesOf(row) }),
    close: () => client.end(),
  };
}

const results = [];

const folder = mkdtempSync(join(tmpdir(), 'storage-bench-'));
try {
  const file = join(folder, 'council.db');
  // The layer makes the table; the raw loop then writes to the same file.
  await (await openStorage({ url: `file:${file}`, migrations: [...storageMigrations, benchTable] })).close();
  results.push(...(await measure('SQLite', `file:${file}`, rawSqlite(file))));
} finally {
  rmSync(folder, { recursive: true, force: true });
}

await onBenchPostgres(async (url) => {
  await (await openStorage({ url, migrations: [...storageMigrations, benchTable] })).close();
  results.push(...(await measure('PostgreSQL', url, await rawPostgres(url))));
});

console.log(`| Engine | Writes | Inserts/s | p99 (ms) | × anchor |`);
console.log(`| --- | --- | ---: | ---: | ---: |`);
for (const row of results) {
  console.log(
    `| ${row.engine} | ${row.path} | ${Math.round(row.perSecond).toLocaleString('en-GB')} | ${row.p99.toFixed(2)} | ${row.ratio === undefined ? '1.00' : row.ratio.toFixed(2)} |`,
  );
}

/** The report's rows: each layer figure beside the raw driver of its engine, inserts/s and p99. */
function jsonRows() {
  const rows = [];
  const anchors = {
    SQLite: "raw driver: node:sqlite's prepared statement, one insert a commit",
    PostgreSQL: "raw driver: pg's client.query, named statement, one insert a commit",
  };
  const wording = {
    single: { label: 'Storage layer, one insert a commit', target: '≥ 0.5×' },
    group: { label: `Storage layer, group commit (${IN_FLIGHT} writers)`, target: '≥ 5×' },
  };
  for (const row of results.filter((candidate) => candidate.kind !== undefined)) {
    const raw = results.find((candidate) => candidate.engine === row.engine && candidate.kind === undefined);
    const id = `storage.${row.engine === 'SQLite' ? 'sqlite' : 'postgres'}.${row.kind}`;
    const { label, target } = wording[row.kind];
    rows.push(
      benchRow({
        id,
        label: `${row.engine}: ${label}, inserts/s (target ${target} the raw driver)`,
        section: 'Storage',
        unit: 'inserts/s',
        ours: Math.round(row.perSecond),
        anchor: anchors[row.engine],
        anchorValue: Math.round(raw.perSecond),
        better: 'higher',
      }),
      benchRow({
        id: `${id}.p99`,
        label: `${row.engine}: ${label}, p99 of an insert`,
        section: 'Storage',
        unit: 'ms',
        ours: Number(row.p99.toFixed(2)),
        anchor: anchors[row.engine],
        anchorValue: Number(raw.p99.toFixed(2)),
        better: 'lower',
      }),
    );
  }
  return rows;
}

// Targets, as ratios to the raw loop of the same engine in this run: the layer costs at most half the raw speed
// for single inserts, and group commit at least 5× the raw single-insert rate.
const misses = results.filter(
  (row) => row.ratio !== undefined && (row.path.includes('group commit') ? row.ratio < 5 : row.ratio < 0.5),
);
console.log(
  misses.length === 0
    ? 'targets met'
    : `TARGETS MISSED: ${misses.map((row) => `${row.engine} ${row.path}`).join('; ')}`,
);
const jsonFile = jsonFileOf(process.argv);
if (jsonFile) {
  const engines = [...new Set(results.map((row) => row.engine))];
  const notes = [
    `Storage: ${SINGLE.toLocaleString('en-GB')} single inserts each way, ${SMALL_WRITES.toLocaleString('en-GB')} grouped; ` +
      'durable settings (SQLite WAL with synchronous = full; PostgreSQL defaults); ' +
      `engines measured: ${engines.join(', ')}. Targets ${misses.length === 0 ? 'met' : `MISSED: ${misses.map((row) => `${row.engine} ${row.path}`).join('; ')}`}.`,
  ];
  writeFileSync(jsonFile, `${JSON.stringify({ results: jsonRows(), notes }, null, 2)}\n`);
}
process.exit(misses.length === 0 ? 0 : 1);
