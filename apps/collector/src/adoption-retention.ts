import type { StorageTables } from '@council-components/server/storage/storage-tables.js';
import type { Kysely } from 'kysely';

/** The longest a raw event is kept. The hourly counts, which hold nothing about a page view but its origin, stay. */
export const RAW_EVENT_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;
/** How often a running collector purges. */
export const PURGE_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Deletes the raw events received before `cutoff`, and says how many. Several instances purging at once is
 * harmless: each deletes what is left.
 */
export async function purgeRawEventsBefore(db: Kysely<StorageTables>, cutoff: Date): Promise<number> {
  const result = await db
    .deleteFrom('adoption_events')
    .where('received_at', '<', cutoff.toISOString())
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * The cutoff of a purge at `now`: one interval short of the retention, so that an event purged at the next run is
 * still never older than the retention while the collector runs.
 */
export function retentionCutoff(now: number, retentionMs = RAW_EVENT_RETENTION_MS, intervalMs = PURGE_INTERVAL_MS) {
  return new Date(now - Math.max(0, retentionMs - intervalMs));
}
