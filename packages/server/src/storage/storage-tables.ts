import type { Generated } from 'kysely';

/**
 * The tables the storage layer itself owns, as Kysely sees them. Times are
 * ISO 8601 UTC text (`Date#toISOString`) on both engines, so they compare as
 * strings and read back the same from SQLite and PostgreSQL.
 */
export interface StorageTables {
  council_migrations: MigrationsTable;
  idempotency_keys: IdempotencyKeysTable;
  places: PlacesTable;
}

/** One row per migration applied, by name. */
export interface MigrationsTable {
  name: string;
  applied_at: string;
}

/** A request made with an Idempotency-Key, and the answer it got. */
export interface IdempotencyKeysTable {
  /** What the key is for (`payments:create`): the same key may be used by two different operations. */
  scope: string;
  key: string;
  /** A digest of the request, so that a key reused with a different request is refused. */
  request_hash: string;
  /** `started` while the first request is being answered; `completed` once its answer is stored. */
  state: 'started' | 'completed';
  response_status: number | null;
  /** The answer's body as JSON text. */
  response_body: string | null;
  /** Until when the first request holds the key; after it, a retry may take over (the first crashed). */
  locked_until: string;
  created_at: string;
  /** After this the key is forgotten and may be used again. */
  expires_at: string;
}

/** Places in something with a capacity (a booking slot): `taken` never exceeds `capacity`. */
export interface PlacesTable {
  pool: string;
  capacity: number;
  taken: Generated<number>;
}
