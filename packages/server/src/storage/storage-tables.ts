import type { ColumnType, Generated } from 'kysely';

/**
 * The tables the storage layer itself owns, as Kysely sees them. Times are
 * ISO 8601 UTC text (`Date#toISOString`) on both engines, so they compare as
 * strings and read back the same from SQLite and PostgreSQL.
 */
export interface StorageTables {
  council_migrations: MigrationsTable;
  idempotency_keys: IdempotencyKeysTable;
  places: PlacesTable;
  payments: PaymentsTable;
  payment_events: PaymentEventsTable;
  booking_holds: BookingHoldsTable;
  bookings: BookingsTable;
  adoption_events: AdoptionEventsTable;
  adoption_hourly: AdoptionHourlyTable;
  adoption_element_hourly: AdoptionElementHourlyTable;
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

/** A payment made through GOV.UK Pay, as the council's back end knows it. */
export interface PaymentsTable {
  /** Ours: unguessable; the only id a resident's browser holds (in a signed cookie). */
  id: string;
  /** GOV.UK Pay's `payment_id`, once it has been created there. */
  pay_id: string | null;
  /** The price list's item, when the payment is for one. */
  item: string | null;
  reference: string;
  description: string;
  /** Pence, as priced by the server: never taken from a browser. */
  amount: number;
  language: 'en' | 'cy';
  /** GOV.UK Pay's status (`created`, `started`, `submitted`, `success`, `failed`…), or `creating` before it answered. */
  status: string;
  /** GOV.UK Pay's code for a failure (`P0010`, `P0020`, `P0030`…). */
  code: string | null;
  created_at: string;
  updated_at: string;
}

/** A change of a payment's state: the audit trail. */
export interface PaymentEventsTable {
  payment_id: string;
  at: string;
  status: string;
  code: string | null;
  /** What told us: `create`, `status` (a read from GOV.UK Pay), `webhook`. */
  source: string;
  webhook_message_id: string | null;
}

/** A slot held for a resident while they give their details: its place is taken from the slot's pool. */
export interface BookingHoldsTable {
  id: string;
  service: string;
  pool: string;
  /** ISO 8601 UTC. */
  slot_start: string;
  slot_end: string;
  /** `held`, or `booked` once its place has passed to a booking. */
  state: 'held' | 'booked';
  expires_at: string;
  created_at: string;
}

/** A booking: its slot, the resident's details, and a digest of the token that changes or cancels it. */
export interface BookingsTable {
  reference: string;
  service: string;
  pool: string;
  slot_start: string;
  slot_end: string;
  name: string;
  email: string;
  phone: string | null;
  language: 'en' | 'cy';
  token_hash: string;
  status: 'booked' | 'cancelled';
  created_at: string;
  updated_at: string;
}

/**
 * Counts in `bigint` columns: PostgreSQL's driver reads them as strings, SQLite's as numbers, so readers take
 * `Number()` of them; writes are numbers on both.
 */
export type BigCount = ColumnType<number | string, number, number>;

/** One adoption beacon as the collector received it (no address, no agent): purged after 30 days. */
export interface AdoptionEventsTable {
  id: string;
  received_at: string;
  package: string;
  version: string;
  /** `npm`, `script-tag` or `loader`. */
  delivery: string;
  /** The page's origin (`https://www.cardiff.gov.uk`), never its path. */
  origin: string;
  /** The element tags on the page with how many of each, as JSON text. */
  elements: string;
  /** 1,000 / sample: the page views this beacon stands for, in thousandths. */
  page_views_milli: BigCount;
}

/** Beacons of a package's version on an origin in an hour (`2026-12-04T09`), rolled up as they arrive. */
export interface AdoptionHourlyTable {
  package: string;
  version: string;
  delivery: string;
  origin: string;
  hour: string;
  beacons: BigCount;
  page_views_milli: BigCount;
}

/** The same per element tag: pages with the tag and the tag's elements on them, both weighted. */
export interface AdoptionElementHourlyTable {
  package: string;
  tag: string;
  version: string;
  delivery: string;
  origin: string;
  hour: string;
  beacons: BigCount;
  page_views_milli: BigCount;
  elements_milli: BigCount;
}
