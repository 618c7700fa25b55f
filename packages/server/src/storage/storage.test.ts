// The storage suite: the same tests on SQLite and on PostgreSQL, each test on
// an empty database of its own. Nothing here is mocked: real files, a real
// server (the one .ci/run starts), real threads and processes racing and dying.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { DatabaseSync } from 'node:sqlite';
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { testEngines, type TestDatabase } from '@council-components/testing/test-databases.js';
import { typescriptSourceArgs } from '@council-components/testing/typescript-sources.js';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  batchRowsMigration,
  insertBatchRows,
  type BatchRow,
  type BatchRowsTables,
} from './batch-rows.test.migration.js';
import { GroupCommit } from './group-commit.js';
import { IdempotencyKeys, requestHashOf, type StoredAnswer } from './idempotency-keys.js';
import type { Migration } from './migration-runner.js';
import { openStorage, type Storage } from './open-storage.js';
import { placesLeft, returnPlaces, setCapacity, takePlaces } from './places.js';
import type { InstanceData, InstanceReport, InstanceTask } from './storage-instance.test.worker.js';
import { storageMigrations } from './storage-migrations.js';
import { StorageStartError } from './storage-start-error.js';

const here = (file: string): string => fileURLToPath(new URL(file, import.meta.url));
const ALL = storageMigrations.map((migration) => migration.name);

describe.each(testEngines())('storage on $engine', ({ engine, skip, fresh }) => {
  let database: TestDatabase;
  const opened: Storage[] = [];
  const open = async (options: Parameters<typeof openStorage>[0] = {}): Promise<Storage> => {
    const storage = await openStorage({ url: database.url, ...options });
    opened.push(storage);
    return storage;
  };

  beforeEach(async () => {
    database = await fresh();
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((storage) => storage.close()));
    await database.drop();
  });

  describe.skipIf(skip)('migrations', () => {
    it('from empty: applies every migration in order, records each, and tables exist', async () => {
      const storage = await open();
      expect(storage.engine).toBe(engine);
      expect(storage.migrations).toEqual({ applied: ALL, total: ALL.length });
      const recorded = await storage.db.selectFrom('council_migrations').select('name').orderBy('name').execute();
      expect(recorded.map((row) => row.name)).toEqual(ALL);
      // The tables are there, in this database (on PostgreSQL, this test's schema), and empty.
      expect(await storage.db.selectFrom('idempotency_keys').selectAll().execute()).toEqual([]);
      expect(await storage.db.selectFrom('places').selectAll().execute()).toEqual([]);

      const again = await open();
      expect(again.migrations).toEqual({ applied: [], total: ALL.length });
    });

    it('a migration that fails is rolled back whole: nothing of it applied, nothing recorded, the next start retries it', async () => {
      const halfway: Migration = {
        name: '0500-fails-halfway',
        async up(db) {
          await db.schema.createTable('made_before_the_failure').addColumn('id', 'integer').execute();
          await sql`insert into no_such_table values (1)`.execute(db);
        },
      };
      const failure = await open({ migrations: [...storageMigrations, halfway] }).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(StorageStartError);
      expect(String(failure)).toMatch(/Migration "0500-fails-halfway" failed .* and was rolled back/);

      const storage = await open();
      // The table the migration made before failing went with it.
      await expect(sql`select id from made_before_the_failure`.execute(storage.db)).rejects.toThrow(
        /made_before_the_failure/,
      );
      expect(storage.migrations.total).toBe(ALL.length);
      const fixed: Migration = {
        ...halfway,
        up: (db) => db.schema.createTable('made_before_the_failure').addColumn('id', 'integer').execute(),
      };
      expect((await open({ migrations: [...storageMigrations, fixed] })).migrations.applied).toEqual([
        '0500-fails-halfway',
      ]);
    });

    it(
      'eight instances starting together on an empty database apply each migration exactly once',
      { timeout: 30_000 },
      async () => {
        const reports = await raceInstances(
          database.url,
          Array.from({ length: 8 }, () => ({ kind: 'migrate' as const })),
        );
        const applied = reports.flatMap((report) =>
          'applied' in report ? report.applied : [`error: ${JSON.stringify(report)}`],
        );
        expect(applied.sort()).toEqual(ALL);
      },
    );

    it('a server started without migrating refuses a database that lacks migrations', async () => {
      await expect(open({ migrate: false })).rejects.toThrow(
        /lacks 5 migration\(s\), from "0001-idempotency-keys": run council-migrate/,
      );
    });
  });

  describe.skipIf(skip)('forward only', () => {
    it('a new migration named before one the database already has is refused, not slipped in', async () => {
      const later: Migration = {
        name: '0600-later',
        up: (db) => db.schema.createTable('later').addColumn('id', 'integer').execute(),
      };
      const earlier: Migration = {
        name: '0550-earlier',
        up: (db) => db.schema.createTable('earlier').addColumn('id', 'integer').execute(),
      };
      await open({ migrations: [...storageMigrations, later] });
      await expect(open({ migrations: [...storageMigrations, earlier, later] })).rejects.toThrow(
        /Migration "0550-earlier" is new but sorts before "0600-later", which the .* already has: migrations are forward only/,
      );
    });
  });

  describe.skipIf(skip)('one process, two handlers', () => {
    it('two storages opened on one database in one process both write, one waiting for the other, without deadlocking', async () => {
      const payments = await open();
      const bookings = await open();
      await setCapacity(payments.db, 'slot', 10);
      const started = Date.now();
      // A transaction that holds the write lock across an await, while the other handler writes.
      await Promise.all([
        payments.db.transaction().execute(async (trx) => {
          await takePlaces(trx, 'slot');
          await new Promise((resolve) => setTimeout(resolve, 50));
          await takePlaces(trx, 'slot');
        }),
        (async () => {
          for (let i = 0; i < 5; i++) expect(await takePlaces(bookings.db, 'slot')).toBe(true);
        })(),
      ]);
      expect(await placesLeft(bookings.db, 'slot')).toBe(3);
      // Not after a busy timeout (5 s): SQLite's two handlers share the process's one connection.
      expect(Date.now() - started).toBeLessThan(2000);
      await payments.close();
      expect(await placesLeft(bookings.db, 'slot')).toBe(3);
    });
  });

  describe.skipIf(skip)('the last place in a slot', () => {
    it(
      '50 writers, each its own instance and connection, race for 1 place and for 5: exactly 1 and exactly 5 win',
      { timeout: 60_000 },
      async () => {
        const storage = await open();
        await setCapacity(storage.db, 'tip-visit:2026-12-05T09:00Z', 1);
        await setCapacity(storage.db, 'bulky-waste:2026-12-07', 5);
        const task = { kind: 'take-place' as const, pools: ['tip-visit:2026-12-05T09:00Z', 'bulky-waste:2026-12-07'] };
        const reports = await raceInstances(
          database.url,
          Array.from({ length: 50 }, () => task),
        );
        const taken = reports.map((report) => ('taken' in report ? report.taken : [JSON.stringify(report)]));
        expect(taken).toHaveLength(50);
        expect(taken.filter((places) => places[0] === true)).toHaveLength(1);
        expect(taken.filter((places) => places[1] === true)).toHaveLength(5);
        expect(taken.flat().filter((outcome) => typeof outcome !== 'boolean')).toEqual([]);
        expect(await placesLeft(storage.db, 'tip-visit:2026-12-05T09:00Z')).toBe(0);
        expect(await placesLeft(storage.db, 'bulky-waste:2026-12-07')).toBe(0);
      },
    );

    it('the table itself refuses overbooking and taking back more than was taken, whatever the query', async () => {
      const storage = await open();
      await setCapacity(storage.db, 'slot', 2);
      expect(await takePlaces(storage.db, 'slot', 2)).toBe(true);
      expect(await takePlaces(storage.db, 'slot')).toBe(false);
      // SQLite: "CHECK constraint failed"; PostgreSQL: "violates check constraint".
      await expect(
        storage.db.updateTable('places').set({ taken: 3 }).where('pool', '=', 'slot').execute(),
      ).rejects.toThrow(/check constraint/i);
      await expect(setCapacity(storage.db, 'slot', 1)).rejects.toThrow(/check constraint/i);
      // Counts are whole numbers above none: a negative "take" must not give places back.
      await expect(takePlaces(storage.db, 'slot', -1)).rejects.toThrow(RangeError);
      await expect(takePlaces(storage.db, 'slot', 1.5)).rejects.toThrow(RangeError);
      expect(await returnPlaces(storage.db, 'slot', 3)).toBe(false);
      expect(await returnPlaces(storage.db, 'slot')).toBe(true);
      expect(await placesLeft(storage.db, 'slot')).toBe(1);
      expect(await takePlaces(storage.db, 'no-such-slot')).toBe(false);
      expect(await placesLeft(storage.db, 'no-such-slot')).toBeUndefined();
    });

    it('a place taken in a transaction that then fails is not taken', async () => {
      const storage = await open();
      await setCapacity(storage.db, 'slot', 1);
      const failure = await storage.db
        .transaction()
        .execute(async (trx) => {
          expect(await takePlaces(trx, 'slot')).toBe(true);
          throw new Error('the booking record could not be written');
        })
        .catch((error: unknown) => error);
      expect(String(failure)).toMatch(/could not be written/);
      expect(await placesLeft(storage.db, 'slot')).toBe(1);
    });
  });

  describe.skipIf(skip)('idempotency keys', () => {
    const created: StoredAnswer = { status: 201, body: { payment_id: 'pay-1', amount: 2500, reference: 'PCN-12345' } };

    it('a retried request gets the first answer, and the work is done once', async () => {
      const keys = new IdempotencyKeys((await open()).db);
      let calls = 0;
      const work = () => {
        calls++;
        return Promise.resolve(calls === 1 ? created : { status: 201, body: { payment_id: 'pay-2' } });
      };
      const hash = await requestHashOf('POST', '/payments', '{"item":"pcn"}');
      expect(await keys.once('payments:create', 'key-1', hash, work)).toEqual({ outcome: 'answered', answer: created });
      expect(await keys.once('payments:create', 'key-1', hash, work)).toEqual({ outcome: 'replayed', answer: created });
      expect(calls).toBe(1);
      // The same key for another operation is another key.
      expect((await keys.once('bookings:confirm', 'key-1', hash, work)).outcome).toBe('answered');
      expect(calls).toBe(2);
    });

    it('the same key with a different request is refused, never answered with the first answer', async () => {
      const keys = new IdempotencyKeys((await open()).db);
      await keys.once('payments:create', 'key-1', await requestHashOf('{"amount":2500}'), () =>
        Promise.resolve(created),
      );
      expect(
        await keys.once('payments:create', 'key-1', await requestHashOf('{"amount":1}'), () =>
          Promise.resolve(created),
        ),
      ).toEqual({
        outcome: 'key-reused',
      });
    });

    it('50 simultaneous requests with one key: one does the work; the rest are told it is in progress or get its answer', async () => {
      const storage = await open();
      const keys = new IdempotencyKeys(storage.db);
      let calls = 0;
      const hash = await requestHashOf('same');
      const results = await Promise.all(
        Array.from({ length: 50 }, () =>
          keys.once('payments:create', 'double-click', hash, async () => {
            calls++;
            await new Promise((resolve) => setTimeout(resolve, 20));
            return created;
          }),
        ),
      );
      expect(calls).toBe(1);
      expect(results.filter((result) => result.outcome === 'answered')).toHaveLength(1);
      expect(
        results.filter(
          (result) =>
            result.outcome !== 'answered' && result.outcome !== 'in-progress' && result.outcome !== 'replayed',
        ),
      ).toEqual([]);
      expect(
        await keys.once('payments:create', 'double-click', hash, () => Promise.reject(new Error('not again'))),
      ).toEqual({
        outcome: 'replayed',
        answer: created,
      });
    });

    it('work that fails releases the key, so the retry does it; a crashed first request is taken over once its lock lapses', async () => {
      let now = new Date('2026-12-03T10:00:00Z');
      const { db } = await open();
      const keys = new IdempotencyKeys(db, { lockForMs: 30_000, now: () => now });
      const hash = await requestHashOf('pay');
      await expect(
        keys.once('payments:create', 'k', hash, () => Promise.reject(new Error('GOV.UK Pay timed out'))),
      ).rejects.toThrow('GOV.UK Pay timed out');
      expect((await keys.once('payments:create', 'k', hash, () => Promise.resolve(created))).outcome).toBe('answered');

      // What a first request whose process died leaves: its claim, locked for 30 s and never renewed.
      await db
        .insertInto('idempotency_keys')
        .values({
          scope: 'payments:create',
          key: 'crashed',
          request_hash: hash,
          state: 'started',
          response_status: null,
          response_body: null,
          locked_until: new Date(now.getTime() + 30_000).toISOString(),
          created_at: now.toISOString(),
          expires_at: new Date(now.getTime() + 86_400_000).toISOString(),
        })
        .execute();
      expect(await keys.once('payments:create', 'crashed', hash, () => Promise.resolve(created))).toEqual({
        outcome: 'in-progress',
      });
      now = new Date(now.getTime() + 31_000);
      expect(await keys.once('payments:create', 'crashed', hash, () => Promise.resolve(created))).toEqual({
        outcome: 'answered',
        answer: created,
      });
    });

    it('a first request slower than its lock keeps the key: the lock is renewed while it works, so a retry waits', async () => {
      const keys = new IdempotencyKeys((await open()).db, { lockForMs: 150 });
      const hash = await requestHashOf('slow');
      let calls = 0;
      const first = keys.once('payments:create', 'slow', hash, async () => {
        calls++;
        await new Promise((resolve) => setTimeout(resolve, 600));
        return created;
      });
      await new Promise((resolve) => setTimeout(resolve, 400));
      const retry = await keys.once('payments:create', 'slow', hash, () => {
        calls++;
        return Promise.resolve({ status: 201, body: 'a second payment' });
      });
      expect(retry).toEqual({ outcome: 'in-progress' });
      expect(await first).toEqual({ outcome: 'answered', answer: created });
      expect(calls).toBe(1);
      expect(await keys.once('payments:create', 'slow', hash, () => Promise.reject(new Error('not again')))).toEqual({
        outcome: 'replayed',
        answer: created,
      });
    });

    it('keys are kept for their time, then forgotten and free again', async () => {
      let now = new Date('2026-12-03T10:00:00Z');
      const keys = new IdempotencyKeys((await open()).db, { keepForMs: 60_000, now: () => now });
      const hash = await requestHashOf('a');
      await keys.once('s', 'old', hash, () => Promise.resolve(created));
      now = new Date(now.getTime() + 61_000);
      await keys.once('s', 'new', hash, () => Promise.resolve(created));
      expect(
        (await keys.once('s', 'old', await requestHashOf('b'), () => Promise.resolve({ status: 200, body: 'b' })))
          .outcome,
      ).toBe('answered');
      now = new Date(now.getTime() + 61_000);
      expect(await keys.forgetExpired()).toBe(2);
    });
  });

  describe.skipIf(skip)('batches and group commit', () => {
    const withBatches = async (): Promise<{ storage: Storage; db: Kysely<BatchRowsTables> }> => {
      const storage = await open({ migrations: [...storageMigrations, batchRowsMigration] });
      return { storage, db: storage.db.$extendTables<BatchRowsTables>() };
    };
    const rowsOf = (batch: number, count: number) => Array.from({ length: count }, (_, item) => ({ batch, item }));

    it('acknowledges a batch only after it is committed: another connection sees every acknowledged row', async () => {
      const { db } = await withBatches();
      const reader = await anotherConnection(database.url);
      let transactions = 0;
      const writer = new GroupCommit({
        db,
        write: (trx, rows: readonly BatchRow[]) => {
          transactions++;
          return insertBatchRows(trx, rows);
        },
      });
      const acknowledged = await Promise.all(
        Array.from({ length: 200 }, async (_, batch) => {
          await writer.add(rowsOf(batch, 5));
          return reader.rowsOfBatch(batch);
        }),
      );
      await reader.close();
      expect(acknowledged).toEqual(Array.from({ length: 200 }, () => 5));
      // 200 small writes arriving together share a handful of commits.
      expect(transactions).toBeGreaterThan(0);
      expect(transactions).toBeLessThanOrEqual(5);
      await writer.close();
      await expect(writer.add(rowsOf(999, 1))).rejects.toThrow('closed');
    });

    it('a batch is all or nothing, and a bad batch fails alone: the batches that shared its transaction are stored', async () => {
      const { db } = await withBatches();
      const writer = new GroupCommit({ db, write: insertBatchRows });
      const outcomes = await Promise.allSettled([
        writer.add(rowsOf(1, 10)),
        // Item 3 twice: the primary key refuses the second, after the first nine rows of this batch were written.
        writer.add([...rowsOf(2, 10), { batch: 2, item: 3 }]),
        writer.add(rowsOf(3, 10)),
      ]);
      expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      const counts = await db
        .selectFrom('batch_rows')
        .select(['batch', (eb) => eb.fn.countAll<string | number>().as('rows')])
        .groupBy('batch')
        .orderBy('batch')
        .execute();
      expect(counts.map((row) => [row.batch, Number(row.rows)])).toEqual([
        [1, 10],
        [3, 10],
      ]);
    });

    // With 8 batches always in flight, each kill lands while batches are queued or committing. It proves atomicity
    // and durability of what was acknowledged across a process crash; that no batch is acknowledged before its commit
    // is proved by the separate connection in the test above.
    it('killed with SIGKILL in the middle of its batches, three times: every acknowledged row is there, no batch is partial', async () => {
      const { db } = await withBatches();
      const acknowledged = new Set<number>();
      for (let round = 0; round < 3; round++) {
        const acks = await writeUntilKilled(database.url, round * 100_000, 15 + round * 10);
        for (const batch of acks) acknowledged.add(batch);
      }
      const counts = await db
        .selectFrom('batch_rows')
        .select(['batch', (eb) => eb.fn.countAll<string | number>().as('rows')])
        .groupBy('batch')
        .execute();
      const stored = new Map(counts.map((row) => [row.batch, Number(row.rows)]));
      expect([...acknowledged].filter((batch) => stored.get(batch) !== 100)).toEqual([]);
      expect([...stored].filter(([, rows]) => rows !== 100)).toEqual([]);
      expect(acknowledged.size).toBeGreaterThanOrEqual(15 + 25 + 35);
    }, 60_000);
  });

  describe.skipIf(skip)('bad configuration stops the start with one line naming what to fix', () => {
    it('a database migrated by a newer version', async () => {
      const storage = await open();
      await storage.db
        .insertInto('council_migrations')
        .values({ name: '0999-from-a-newer-version', applied_at: new Date().toISOString() })
        .execute();
      const { status, lines } = await migrateCommand(database.url);
      expect(status).toBe(1);
      expect(lines).toEqual([
        expect.stringMatching(
          /^council-migrate: The .* was migrated by a newer version of @council-components\/server \(it has migration "0999-from-a-newer-version", which this version does not know\): upgrade the server, or point DATABASE_URL at another database\.$/,
        ),
      ]);
    });

    it('the command applies the migrations alone and says so', async () => {
      expect(await migrateCommand(database.url)).toMatchObject({
        status: 0,
        lines: [
          expect.stringMatching(
            /^council-migrate: applied 0001-idempotency-keys, 0002-places, 0003-payments, 0004-bookings, 0005-adoption to the .* \(5 migrations in all\)\.$/,
          ),
        ],
      });
      expect(await migrateCommand(database.url)).toMatchObject({
        status: 0,
        lines: [expect.stringMatching(/^council-migrate: the .* is up to date \(5 migrations\)\.$/)],
      });
    });

    if (engine === 'postgres') {
      it('a connection dropped mid-transaction (a restart, a failover) fails that transaction, not the process', async () => {
        const reported: string[] = [];
        const storage = await open({ onConnectionError: (error) => reported.push(error.message) });
        const admin = new pg.Client({ connectionString: database.url });
        await admin.connect();
        try {
          const failure = await storage.db
            .transaction()
            .execute(async (trx) => {
              const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx);
              await admin.query('select pg_terminate_backend($1)', [rows[0]?.pid]);
              // The work between two statements (a call to GOV.UK Pay) while the server drops the connection.
              await new Promise((resolve) => setTimeout(resolve, 300));
              await setCapacity(trx, 'slot', 1);
            })
            .catch((error: unknown) => error);
          expect(failure).toBeInstanceOf(Error);
          // Reported, first as the server said it (then as the driver saw the socket close): not thrown at the process.
          expect(reported[0]).toMatch(/terminating connection/);
          // The pool replaced the connection: the next query works.
          await setCapacity(storage.db, 'slot', 2);
          expect(await placesLeft(storage.db, 'slot')).toBe(2);
        } finally {
          await admin.end();
        }
      });

      const withUrl = (change: (url: URL) => void): string => {
        const url = new URL(database.url);
        change(url);
        return url.href;
      };
      it.each([
        [
          'an unreachable server',
          (url: URL) => (url.port = '1'),
          /^council-migrate: Cannot reach PostgreSQL at 127\.0\.0\.1:1 \(connection refused\): check the host and port in DATABASE_URL, and that PostgreSQL is running\.$/,
        ],
        [
          'a wrong password',
          (url: URL) => (url.password = 'not-the-password'),
          /^council-migrate: PostgreSQL at [^ ]+ refused user "council" \(password authentication failed for user "council"\): check the user name and password in DATABASE_URL\.$/,
        ],
        [
          'an unknown user',
          (url: URL) => (url.username = 'nobody'),
          /^council-migrate: PostgreSQL at [^ ]+ refused user "nobody" \(.*\): check the user name and password in DATABASE_URL\.$/,
        ],
        [
          'a database that does not exist',
          (url: URL) => (url.pathname = '/no_such_database'),
          /^council-migrate: PostgreSQL at [^ ]+ has no database "no_such_database": create it \(createdb no_such_database\) or correct the name in DATABASE_URL\.$/,
        ],
      ])('%s', async (_, change, message) => {
        const { status, lines, output } = await migrateCommand(withUrl(change));
        expect(status).toBe(1);
        expect(lines).toEqual([expect.stringMatching(message)]);
        expect(output).not.toContain('not-the-password');
      });
    } else {
      it('a file that is not a database', async () => {
        const file = fileURLToPath(new URL(`file://${database.url.slice('file:'.length)}`));
        const { writeFileSync } = await import('node:fs');
        writeFileSync(file, 'Council tax bands, 2026\n'.repeat(200));
        const { status, lines } = await migrateCommand(database.url);
        expect(status).toBe(1);
        expect(lines).toEqual([
          `council-migrate: ${file} is not an SQLite database (file is not a database): point DATABASE_URL at another file, or move this one away.`,
        ]);
      });
    }
  });
});

describe('a DATABASE_URL that cannot be used stops the start with one line, never showing a password', () => {
  const mustBe =
    'council-migrate: DATABASE_URL must be file:PATH (SQLite) or postgres://USER:PASSWORD@HOST:PORT/DATABASE (PostgreSQL)';
  it.each([
    ['another engine', 'mysql://council:pa55word@db/council', `${mustBe}, not "mysql:…".`],
    ['another scheme', 'sqlite3:council.db', `${mustBe}, not "sqlite3:…".`],
    ['no scheme', 'pa55word@council.db', `${mustBe}, and it names no scheme.`],
    [
      'a password with an unencoded "/"',
      'postgres://council:2024/pa55word!@db/council',
      'council-migrate: DATABASE_URL has an "@" after the host: percent-encode "/", "?", "#" and "@" in the user name and password (%2F, %3F, %23, %40).',
    ],
    [
      'a malformed percent-escape',
      'postgres://coun%zzcil:pa55word@db/council',
      'council-migrate: DATABASE_URL could not be read (URI malformed): percent-encode special characters, as %25 for %.',
    ],
    [
      'a file: URL with a host',
      'file://fileserver/pa55word/council.db',
      expect.stringMatching(
        /^council-migrate: DATABASE_URL could not be read \(.*\): percent-encode special characters, as %25 for %\.$/,
      ),
    ],
  ])('%s', async (_, url, message) => {
    const { status, lines, output } = await migrateCommand(url);
    expect(status).toBe(1);
    expect(lines).toEqual([message]);
    expect(output).not.toContain('pa55');
  });
});

describe("a request's hash, as stored with its idempotency key", () => {
  it('is the SHA-256 hex node:crypto gave before the handlers moved to Web Crypto, so stored keys still match', async () => {
    const before = (...parts: string[]) => {
      const hash = createHash('sha256');
      for (const part of parts) hash.update(`${String(part.length)}:${part}`);
      return hash.digest('hex');
    };
    for (const parts of [[], ['garden-waste', 'GW-1', 'en'], ['', 'Tâl £45 – ŵ 🗑', 'cy'], ['a:b', 'c'], ['a', ':bc']])
      expect(await requestHashOf(...parts), parts.join('|')).toBe(before(...parts));
    // The lengths keep the parts apart: text that runs together the same way is another request.
    expect(await requestHashOf('ab', 'c')).not.toBe(await requestHashOf('a', 'bc'));
  });
});

/** Starts one thread per task, each an instance with its own connection; releases them together; collects their reports. */
async function raceInstances(url: string, tasks: readonly InstanceTask[]): Promise<InstanceReport[]> {
  const barrier = new Int32Array(new SharedArrayBuffer(8));
  const workers = tasks.map(
    (task) =>
      new Worker(here('./storage-instance.test.worker.ts'), {
        execArgv: typescriptSourceArgs(),
        workerData: { url, barrier, task } satisfies InstanceData,
      }),
  );
  const reports = workers.map(
    (worker) =>
      new Promise<InstanceReport>((resolve) => {
        worker.once('message', (report: InstanceReport) => resolve(report));
        worker.once('error', (error: Error) => resolve({ error: error.message }));
        worker.once('exit', (code) => resolve({ error: `exited ${String(code)} before reporting` }));
      }),
  );
  // Released when all are there, or as soon as one fails before getting there (the others would wait for ever).
  await Promise.race([
    (async () => {
      while (Atomics.load(barrier, 0) < tasks.length) await new Promise((resolve) => setTimeout(resolve, 5));
    })(),
    Promise.race(reports),
  ]);
  Atomics.store(barrier, 1, 1);
  Atomics.notify(barrier, 1);
  const results = await Promise.all(reports);
  await Promise.all(workers.map((worker) => worker.terminate()));
  return results;
}

/** Runs the batch writer until it has acknowledged `acks` batches, kills it with SIGKILL, and returns the batches it acknowledged. */
async function writeUntilKilled(url: string, firstBatch: number, acks: number): Promise<number[]> {
  const child = spawn(
    process.execPath,
    [...typescriptSourceArgs(), here('./batch-writer.test.process.ts'), String(firstBatch)],
    {
      env: { ...process.env, DATABASE_URL: url },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const acknowledged: number[] = [];
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_, signal) => resolve(signal)));
  for await (const line of createInterface({ input: child.stdout })) {
    const match = /^acked (\d+)$/.exec(line);
    if (match) acknowledged.push(Number(match[1]));
    if (acknowledged.length >= acks) {
      child.kill('SIGKILL');
      break;
    }
  }
  const signal = await exited;
  expect({ signal, errors }).toEqual({ signal: 'SIGKILL', errors: '' });
  return acknowledged;
}

/** Runs council-migrate as a deployment would, and returns its exit status and what it printed. */
async function migrateCommand(url: string): Promise<{ status: number | null; lines: string[]; output: string }> {
  const child = spawn(process.execPath, [...typescriptSourceArgs(), here('./migrate-command.ts')], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const status = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { status, lines: output.split('\n').filter((line) => line !== ''), output };
}

/** A connection of the test's own, outside the storage layer, to see what another process would see. */
async function anotherConnection(
  url: string,
): Promise<{ rowsOfBatch: (batch: number) => Promise<number>; close: () => Promise<void> }> {
  if (url.startsWith('file:')) {
    const reader = new DatabaseSync(url.slice('file:'.length), { readOnly: true });
    const count = reader.prepare('select count(*) as n from batch_rows where batch = ?');
    return {
      rowsOfBatch: (batch) => Promise.resolve(Number(count.get(batch)?.['n'])),
      close: () => Promise.resolve(reader.close()),
    };
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    rowsOfBatch: async (batch) =>
      Number(
        (await client.query<{ n: string }>('select count(*) as n from batch_rows where batch = $1', [batch])).rows[0]
          ?.n,
      ),
    close: () => client.end(),
  };
}
