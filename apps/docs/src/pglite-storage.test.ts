/**
 * The docs site's database, in Node: the storage layer's migrations on PGlite, one transaction at a time on its
 * one connection, and the real payments handler over it. That PGlite loads in the built docs site is measured in
 * Chromium separately (ADR 0008).
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { govukPayClient } from '@council-components/server/payments/govuk-pay-client.js';
import { createPaymentsHandlers, priceList } from '@council-components/server/payments/payments-handler.js';
import { storageMigrations } from '@council-components/server/storage/storage-migrations.js';
import { createGovukPayFake, GOVUK_PAY_TEST_KEY } from '@council-components/testing/fakes/govuk-pay-fake.js';
import { fetchVia } from '@council-components/testing/fakes/in-process-fetch.js';
import { openPgliteStorage, type PgliteStorage } from './pglite-storage.ts';

let storage: PgliteStorage;

beforeAll(async () => {
  storage = await openPgliteStorage();
});
afterAll(async () => {
  await storage?.close();
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the docs site’s PGlite database', () => {
  it('has the storage layer’s schema: every migration applied, recorded, and its tables there', async () => {
    const applied = await storage.db.selectFrom('council_migrations').select('name').orderBy('name').execute();
    expect(applied.map((row) => row.name)).toEqual(storageMigrations.map((migration) => migration.name));
    const tables = await sql<{ name: string }>`
      select table_name as name from information_schema.tables where table_schema = current_schema() order by 1
    `.execute(storage.db);
    expect(tables.rows.map((row) => row.name)).toEqual([
      'adoption_element_hourly',
      'adoption_events',
      'adoption_hourly',
      'booking_holds',
      'bookings',
      'council_migrations',
      'idempotency_keys',
      'payment_events',
      'payments',
      'places',
    ]);
  });

  it('runs concurrent transactions one after the other, never one inside the other', async () => {
    const steps: string[] = [];
    let firstBegun = (): void => undefined;
    const begun = new Promise<void>((resolve) => (firstBegun = resolve));
    // The first holds its transaction open across a pause; the second starts meanwhile and rolls back. Sharing the
    // connection, the second's statements would run inside the first's, and its rollback would undo the first's row.
    const kept = storage.db.transaction().execute(async (trx) => {
      steps.push('first begins');
      await trx.insertInto('places').values({ pool: 'first', capacity: 1 }).execute();
      firstBegun();
      await pause(100);
      await trx.insertInto('places').values({ pool: 'first-again', capacity: 1 }).execute();
      steps.push('first ends');
    });
    await begun;
    const undone = storage.db
      .transaction()
      .execute(async (trx) => {
        steps.push('second begins');
        await trx.insertInto('places').values({ pool: 'second', capacity: 1 }).execute();
        throw new Error('the second changes its mind');
      })
      .catch((error: unknown) => String(error));
    await kept;
    expect(await undone).toMatch(/changes its mind/);
    expect(steps).toEqual(['first begins', 'first ends', 'second begins']);
    const pools = await storage.db.selectFrom('places').select('pool').orderBy('pool').execute();
    expect(pools.map((row) => row.pool)).toEqual(['first', 'first-again']);
  });

  it('fails the commit of a transaction a failed statement aborted, as PostgreSQL reports it (ROLLBACK)', async () => {
    const failure = await storage.db
      .transaction()
      .execute(async (trx) => {
        await trx.insertInto('places').values({ pool: 'aborted', capacity: 1 }).execute();
        // A duplicate key, caught: PostgreSQL has aborted the transaction all the same.
        await trx
          .insertInto('places')
          .values({ pool: 'aborted', capacity: 1 })
          .execute()
          .catch(() => undefined);
      })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect(await storage.db.selectFrom('places').select('pool').where('pool', '=', 'aborted').execute()).toEqual([]);
  });

  it('is the real payments handler’s storage: a payment is created against the fake of GOV.UK Pay, once', async () => {
    const pay = createGovukPayFake();
    const handlers = createPaymentsHandlers({
      storage,
      pay: govukPayClient({ apiKey: GOVUK_PAY_TEST_KEY, fetch: fetchVia(pay.handler) }),
      priceOf: priceList([
        { id: 'garden-waste', amount: 4500, description: 'Garden waste', descriptionCy: 'Gwastraff gardd' },
      ]),
      returnUrl: 'https://docs.council.example/pay',
      cookieSecret: 'a-docs-cookie-secret-of-at-least-32-characters',
      webhookSecret: 'a-docs-webhook-secret',
    });
    const create = () =>
      handlers.create(
        new Request('https://docs.council.example/api/payments', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'docs-attempt-1' },
          body: JSON.stringify({ item: 'garden-waste', reference: 'GW-DOCS-1' }),
        }),
        { clientAddress: '127.0.0.1' },
      );
    const created = await create();
    expect(created.status).toBe(201);
    const { nextUrl } = (await created.json()) as { nextUrl: string };
    expect(nextUrl).toMatch(/^https?:\/\//);
    // The same attempt again (a double click): the same payment, not a second.
    const again = await create();
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ nextUrl });
    expect(pay.payments.size).toBe(1);
    const rows = await storage.db.selectFrom('payments').select(['reference', 'amount', 'status', 'pay_id']).execute();
    expect(rows).toEqual([
      { reference: 'GW-DOCS-1', amount: 4500, status: 'created', pay_id: [...pay.payments.keys()][0] },
    ]);
    // The resident, back from GOV.UK Pay, is told how it went: still in progress, as nothing was paid.
    const cookie = (created.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const status = await handlers.status(
      new Request('https://docs.council.example/api/payments/status', { headers: { Cookie: cookie } }),
      { clientAddress: '127.0.0.1' },
    );
    expect(await status.json()).toMatchObject({ outcome: 'in-progress', reference: 'GW-DOCS-1', amount: 4500 });
  });
});
