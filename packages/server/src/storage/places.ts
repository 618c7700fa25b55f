import type { Kysely, Transaction } from 'kysely';
import type { PlacesTable } from './storage-tables.js';

type PlacesDatabase = Kysely<{ places: PlacesTable }>;

/**
 * Each function takes any database, or a transaction in one (Kysely's
 * `Transaction` type is exact about its tables), that has the `places` table,
 * whatever other tables it has.
 */
type HasPlaces = { places: PlacesTable };

/**
 * Sets how many places a pool has (a booking slot's capacity), creating it
 * if new. Lowering it below the places already taken is refused by the
 * table's check, so no one who has a place loses it silently.
 */
export async function setCapacity<Database extends HasPlaces>(
  database: Kysely<Database> | Transaction<Database>,
  pool: string,
  capacity: number,
): Promise<void> {
  wholeNumber(capacity, 0);
  const db = database as unknown as PlacesDatabase;
  await db
    .insertInto('places')
    .values({ pool, capacity })
    .onConflict((conflict) => conflict.column('pool').doUpdateSet({ capacity }))
    .execute();
}

/**
 * Takes `count` places if that many are left, in one conditional update:
 * when callers race for the last place, the database lets exactly one of
 * them have it, on either engine (PostgreSQL, at its default READ COMMITTED,
 * re-checks the condition after the row lock; SQLite has one writer at a time). Resolves `false` when the
 * places are gone or the pool does not exist. Run it in the transaction that
 * records what the place is for, so both happen or neither.
 */
export async function takePlaces<Database extends HasPlaces>(
  database: Kysely<Database> | Transaction<Database>,
  pool: string,
  count = 1,
): Promise<boolean> {
  return changeTaken(database, pool, wholeNumber(count, 1));
}

/** Gives back `count` places (a hold lapsed, a booking cancelled); never below none taken. */
export async function returnPlaces<Database extends HasPlaces>(
  database: Kysely<Database> | Transaction<Database>,
  pool: string,
  count = 1,
): Promise<boolean> {
  return changeTaken(database, pool, -wholeNumber(count, 1));
}

/** Moves `taken` by `change` only if it stays between none and the capacity, in one statement. */
async function changeTaken<Database extends HasPlaces>(
  database: Kysely<Database> | Transaction<Database>,
  pool: string,
  change: number,
): Promise<boolean> {
  const db = database as unknown as PlacesDatabase;
  const result = await db
    .updateTable('places')
    .set((eb) => ({ taken: eb('taken', '+', change) }))
    .where('pool', '=', pool)
    .where((eb) => eb.between(eb('taken', '+', change), 0, eb.ref('capacity')))
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/** Places left in a pool, or `undefined` when there is no such pool. */
export async function placesLeft<Database extends HasPlaces>(
  database: Kysely<Database> | Transaction<Database>,
  pool: string,
): Promise<number | undefined> {
  const db = database as unknown as PlacesDatabase;
  const row = await db.selectFrom('places').select(['capacity', 'taken']).where('pool', '=', pool).executeTakeFirst();
  return row ? row.capacity - row.taken : undefined;
}

/** Counts and capacities are whole numbers (SQLite would store 1.5; PostgreSQL would refuse it). */
function wholeNumber(value: number, least: number): number {
  if (!Number.isSafeInteger(value) || value < least)
    throw new RangeError(`Expected a whole number of places, at least ${String(least)}; got ${String(value)}.`);
  return value;
}
