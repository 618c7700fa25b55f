import { randomUUID } from 'node:crypto';
import type { StorageTables } from '@council-components/server/storage/storage-tables.js';
import type { Kysely } from 'kysely';
import { writeAdoptionEvents, type AdoptionEvent } from '../adoption-events.ts';
import type { ScanResult } from './site-scan.ts';

/**
 * Feeds what a scan found into the same tables beacons feed, in one transaction: each package seen on a page is an
 * event of that origin, version and delivery, so the site and its council count as users of that version. A scan is
 * not a resident's visit: it counts no page views (`page_views_milli` 0), so use over time stays what beacons say.
 */
export async function recordScan(
  db: Kysely<StorageTables>,
  results: readonly ScanResult[],
  now: Date = new Date(),
): Promise<number> {
  const events: AdoptionEvent[] = results.flatMap((result) =>
    result.outcome === 'found'
      ? result.observations.map((observation) => ({
          id: randomUUID(),
          received_at: now.toISOString(),
          package: observation.package,
          version: observation.version,
          delivery: observation.delivery,
          origin: observation.origin,
          elements: JSON.stringify(observation.elements),
          page_views_milli: 0,
        }))
      : [],
  );
  if (events.length) await db.transaction().execute((trx) => writeAdoptionEvents(trx, events));
  return events.length;
}
