import { randomUUID } from 'node:crypto';
import type { AdoptionBeacon } from '@council-components/http/adoption-beacon.js';
import type { StorageTables } from '@council-components/server/storage/storage-tables.js';
import type { Insertable, Transaction } from 'kysely';

/** A beacon as it is stored: what it said, when it arrived, and the page views it stands for. */
export type AdoptionEvent = Insertable<StorageTables['adoption_events']> & { page_views_milli: number };

export function adoptionEventOf(beacon: AdoptionBeacon, receivedAt: Date): AdoptionEvent {
  return {
    id: randomUUID(),
    received_at: receivedAt.toISOString(),
    package: beacon.package,
    version: beacon.version,
    delivery: beacon.delivery,
    origin: beacon.origin,
    elements: JSON.stringify(beacon.elements),
    // A beacon sampled at 1 in n stands for n pages; thousandths keep 1 / 0.3 close without a float column.
    page_views_milli: Math.round(1000 / beacon.sample),
  };
}

/** Rows a multi-row statement carries at most: SQLite binds 32,766 values, and the widest row here has 9. */
const ROWS_PER_STATEMENT = 500;

/**
 * Writes the events of one group commit and rolls them up, in the caller's transaction: the raw events, their
 * hourly counts by (package, version, delivery, origin) and by element tag. A crash leaves all of it or none, so
 * the rollups always equal the events they were made from. The batch is summed first (an upsert cannot touch one
 * row twice in a statement) and rows are written in key order, so instances sharing PostgreSQL lock them in the same
 * order and do not deadlock.
 */
export async function writeAdoptionEvents(
  trx: Transaction<StorageTables>,
  events: readonly AdoptionEvent[],
): Promise<void> {
  for (const rows of chunks(events)) await trx.insertInto('adoption_events').values(rows).execute();

  const hourly = new Map<string, Insertable<StorageTables['adoption_hourly']> & Counts>();
  const elements = new Map<string, Insertable<StorageTables['adoption_element_hourly']> & ElementCounts>();
  for (const event of events) {
    const hour = event.received_at.slice(0, 13);
    const base = { package: event.package, version: event.version, delivery: event.delivery, origin: event.origin };
    const key = JSON.stringify([event.package, hour, event.origin, event.version, event.delivery]);
    const row = hourly.get(key) ?? { ...base, hour, beacons: 0, page_views_milli: 0 };
    row.beacons += 1;
    row.page_views_milli += event.page_views_milli;
    hourly.set(key, row);
    for (const [tag, count] of Object.entries(JSON.parse(event.elements) as Record<string, number>)) {
      const tagKey = JSON.stringify([event.package, hour, event.origin, tag, event.version, event.delivery]);
      const tagRow = elements.get(tagKey) ?? {
        ...base,
        tag,
        hour,
        beacons: 0,
        page_views_milli: 0,
        elements_milli: 0,
      };
      tagRow.beacons += 1;
      tagRow.page_views_milli += event.page_views_milli;
      tagRow.elements_milli += count * event.page_views_milli;
      elements.set(tagKey, tagRow);
    }
  }

  for (const rows of chunks(inKeyOrder(hourly))) {
    await trx
      .insertInto('adoption_hourly')
      .values(rows)
      .onConflict((conflict) =>
        conflict.columns(['package', 'hour', 'origin', 'version', 'delivery']).doUpdateSet((eb) => ({
          beacons: eb('adoption_hourly.beacons', '+', eb.ref('excluded.beacons')),
          page_views_milli: eb('adoption_hourly.page_views_milli', '+', eb.ref('excluded.page_views_milli')),
        })),
      )
      .execute();
  }
  for (const rows of chunks(inKeyOrder(elements))) {
    await trx
      .insertInto('adoption_element_hourly')
      .values(rows)
      .onConflict((conflict) =>
        conflict.columns(['package', 'hour', 'origin', 'tag', 'version', 'delivery']).doUpdateSet((eb) => ({
          beacons: eb('adoption_element_hourly.beacons', '+', eb.ref('excluded.beacons')),
          page_views_milli: eb('adoption_element_hourly.page_views_milli', '+', eb.ref('excluded.page_views_milli')),
          elements_milli: eb('adoption_element_hourly.elements_milli', '+', eb.ref('excluded.elements_milli')),
        })),
      )
      .execute();
  }
}

interface Counts {
  beacons: number;
  page_views_milli: number;
}
interface ElementCounts extends Counts {
  elements_milli: number;
}

function inKeyOrder<Row>(rows: Map<string, Row>): Row[] {
  return [...rows.keys()].sort().map((key) => rows.get(key) as Row);
}

function* chunks<Row>(rows: readonly Row[]): Generator<Row[]> {
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    yield rows.slice(start, start + ROWS_PER_STATEMENT);
  }
}
