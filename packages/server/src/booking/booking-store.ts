import type { Kysely } from 'kysely';
import { placesLeft, returnPlaces, setCapacity, takePlaces } from '../storage/places.js';
import type { BookingsTable, StorageTables } from '../storage/storage-tables.js';
import { base64urlOf } from '../web-crypto/byte-encodings.js';
import { hmacOf, sha256Hex } from '../web-crypto/digests.js';
import { poolOf, type SlotTime } from './booking-slots.js';

/** What a resident gives to book: checked by the handler before it reaches the store. */
export interface BookingDetails {
  name: string;
  email: string;
  phone: string | undefined;
  language: 'en' | 'cy';
}

export type BookingRow = BookingsTable;

/** Letters and digits that cannot be mistaken for one another when read out or typed: no 0/O, 1/I/L. */
const REFERENCE_LETTERS = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A booking reference: `BK-` and 10 characters (about 50 bits), grouped for reading out (`BK-7KQ2M-X4DPA`). */
export function newBookingReference(): string {
  const letters = Array.from(crypto.getRandomValues(new Uint8Array(10)), (byte) => REFERENCE_LETTERS[byte % 31]);
  return `BK-${letters.slice(0, 5).join('')}-${letters.slice(5).join('')}`;
}

/** 128 random bits, for a hold's id. */
export function newSecret(): string {
  return base64urlOf(crypto.getRandomValues(new Uint8Array(16)));
}

/**
 * The token that changes or cancels a booking: 128 bits of an HMAC of its reference with the council's secret. Made
 * again whenever it is needed (a retried booking's answer), so it is never stored anywhere; without the secret it
 * cannot be made.
 */
export async function tokenFor(reference: string, secret: string): Promise<string> {
  return base64urlOf(new Uint8Array(await hmacOf(`booking-token:${reference}`, secret), 0, 16));
}

/**
 * The key that opens a booking's calendar file (`GET …/calendar?reference=&key=`): an HMAC of its reference, for
 * another purpose than its token, so that the link (which lands in logs and histories) cannot change or cancel it.
 */
export async function calendarKeyFor(reference: string, secret: string): Promise<string> {
  return base64urlOf(new Uint8Array(await hmacOf(`booking-calendar:${reference}`, secret), 0, 16));
}

/**
 * What the booking keeps of its token, to find it by: its SHA-256. A token given is looked up by its digest, so the
 * lookup's timing tells a guesser nothing of how near they came.
 */
export async function tokenHashOf(token: string): Promise<string> {
  return sha256Hex(`booking-token:${token}`);
}

/** How many changes committed under a cancel it follows before it gives up (one is all two requests can make). */
const MOVES_WAITED_FOR = 5;

/** A booking changed under a transaction by another (a cancel racing a change): this one rolls back whole. */
class ChangedMeanwhile extends Error {}

/**
 * The embedded booking store, on the storage layer (SQLite or PostgreSQL). A slot's places are a `places` pool: a
 * hold takes one, in one conditional update, so that when residents race for the last place exactly one gets it, on
 * either engine. A booking keeps its hold's place; a hold that lapses, or a booking cancelled or moved, gives its
 * place back. Every change is one transaction.
 */
export class BookingStore {
  readonly #db: Kysely<StorageTables>;
  readonly #now: () => Date;

  constructor(db: Kysely<StorageTables>, now: () => Date = () => new Date()) {
    this.#db = db;
    this.#now = now;
  }

  /** Places left in each pool; a pool nobody has held yet has all its `capacity`. */
  async placesLeftIn(pools: readonly { pool: string; capacity: number }[]): Promise<Map<string, number>> {
    const rows =
      pools.length === 0
        ? []
        : await this.#db
            .selectFrom('places')
            .select(['pool', 'capacity', 'taken'])
            .where(
              'pool',
              'in',
              pools.map(({ pool }) => pool),
            )
            .execute();
    const found = new Map(rows.map((row) => [row.pool, row.capacity - row.taken]));
    return new Map(pools.map(({ pool, capacity }) => [pool, found.get(pool) ?? capacity]));
  }

  /** Gives back the places of holds that have lapsed; each is given back once, however many callers sweep. */
  async releaseLapsed(): Promise<number> {
    const now = this.#now().toISOString();
    const lapsed = await this.#db
      .selectFrom('booking_holds')
      .select(['id', 'pool'])
      .where('state', '=', 'held')
      .where('expires_at', '<=', now)
      .limit(200)
      .execute();
    let released = 0;
    for (const hold of lapsed) {
      released += await this.#db.transaction().execute(async (trx) => {
        const gone = await trx
          .deleteFrom('booking_holds')
          .where('id', '=', hold.id)
          .where('state', '=', 'held')
          .where('expires_at', '<=', now)
          .executeTakeFirst();
        if (gone.numDeletedRows !== 1n) return 0;
        await returnPlaces(trx, hold.pool);
        return 1;
      });
    }
    return released;
  }

  /** Holds a place in a slot for `holdMinutes`, or says it is full. */
  async hold(
    service: string,
    slot: SlotTime,
    capacity: number,
    holdMinutes: number,
  ): Promise<{ id: string; expiresAt: Date } | 'full'> {
    const pool = poolOf(service, slot.startAt);
    const now = this.#now();
    const expiresAt = new Date(now.getTime() + holdMinutes * 60_000);
    const id = newSecret();
    return this.#db.transaction().execute(async (trx) => {
      if ((await placesLeft(trx, pool)) === undefined) await setCapacity(trx, pool, capacity);
      if (!(await takePlaces(trx, pool))) return 'full';
      await trx
        .insertInto('booking_holds')
        .values({
          id,
          service,
          pool,
          slot_start: slot.startAt.toISOString(),
          slot_end: slot.endAt.toISOString(),
          state: 'held',
          expires_at: expiresAt.toISOString(),
          created_at: now.toISOString(),
        })
        .execute();
      return { id, expiresAt };
    });
  }

  /**
   * Turns a hold into a booking, its place with it; `hold-expired` when the hold has lapsed, was never made, or has
   * already been booked (the place may be someone else's by now).
   */
  async book(
    holdId: string,
    details: BookingDetails,
    tokenHashFor: (reference: string) => Promise<string>,
  ): Promise<BookingRow | 'hold-expired'> {
    const now = this.#now().toISOString();
    const reference = newBookingReference();
    const tokenHash = await tokenHashFor(reference);
    return this.#db.transaction().execute(async (trx) => {
      const hold = await this.#claimHold(trx, holdId, now);
      if (!hold) return 'hold-expired';
      const booking: BookingRow = {
        reference,
        service: hold.service,
        pool: hold.pool,
        slot_start: hold.slot_start,
        slot_end: hold.slot_end,
        name: details.name,
        email: details.email,
        phone: details.phone ?? null,
        language: details.language,
        token_hash: tokenHash,
        status: 'booked',
        created_at: now,
        updated_at: now,
      };
      await trx.insertInto('bookings').values(booking).execute();
      return booking;
    });
  }

  /** A booking by its reference alone: for what only its reference's own key opens (its calendar file). */
  async find(reference: string): Promise<BookingRow | undefined> {
    return this.#db.selectFrom('bookings').selectAll().where('reference', '=', reference).executeTakeFirst();
  }

  /** Cancels a booking and gives its place back; cancelling it again is no error. Undefined: no such booking. */
  async cancel(reference: string, tokenHash: string): Promise<BookingRow | undefined> {
    const now = this.#now().toISOString();
    return this.#db.transaction().execute(async (trx) => {
      // The write is the guard: of two cancels (or a cancel and a change) at once, one changes the row and gives its
      // place back; the other finds it changed (PostgreSQL re-checks the condition after the row lock). A cancel that
      // finds the booking moved by a change that committed first cancels it where it is now: the resident asked to
      // cancel, and is told it is cancelled. Each look reads what has committed since (read committed).
      for (let look = 0; look < MOVES_WAITED_FOR; look++) {
        const booking = await this.#bookingOf(trx, reference, tokenHash);
        if (booking?.status !== 'booked') return booking;
        const cancelled = await trx
          .updateTable('bookings')
          .set({ status: 'cancelled', updated_at: now })
          .where('reference', '=', reference)
          .where('status', '=', 'booked')
          .where('pool', '=', booking.pool)
          .executeTakeFirst();
        if (cancelled.numUpdatedRows === 1n) {
          await returnPlaces(trx, booking.pool);
          return { ...booking, status: 'cancelled', updated_at: now };
        }
      }
      throw new ChangedMeanwhile();
    });
  }

  /**
   * Moves a booking to the slot of a hold the resident made, giving the old slot's place back, in one transaction.
   * Undefined: no such booking (or it was cancelled); `hold-expired`: the new slot's hold has lapsed.
   */
  async move(reference: string, tokenHash: string, holdId: string): Promise<BookingRow | 'hold-expired' | undefined> {
    try {
      return await this.#move(reference, tokenHash, holdId);
    } catch (error) {
      // Cancelled or moved by another request meanwhile: nothing of this one happened, the new hold included.
      if (error instanceof ChangedMeanwhile) return undefined;
      throw error;
    }
  }

  async #move(reference: string, tokenHash: string, holdId: string): Promise<BookingRow | 'hold-expired' | undefined> {
    const now = this.#now().toISOString();
    return this.#db.transaction().execute(async (trx) => {
      const booking = await this.#bookingOf(trx, reference, tokenHash);
      if (booking?.status !== 'booked') return undefined;
      const hold = await this.#claimHold(trx, holdId, now, booking.service);
      if (!hold) return 'hold-expired';
      const moved = { pool: hold.pool, slot_start: hold.slot_start, slot_end: hold.slot_end, updated_at: now };
      const written = await trx
        .updateTable('bookings')
        .set(moved)
        .where('reference', '=', reference)
        .where('status', '=', 'booked')
        .where('pool', '=', booking.pool)
        .executeTakeFirst();
      if (written.numUpdatedRows !== 1n) throw new ChangedMeanwhile();
      await returnPlaces(trx, booking.pool);
      return { ...booking, ...moved };
    });
  }

  /**
   * Passes a hold's place to a booking: the hold, if it is live and its slot has not started (a hold made at 09:55
   * for 10:00 is not booked at 10:04), and for `service` when given. One conditional update decides, so a hold is
   * claimed once however many requests try.
   */
  async #claimHold(trx: Kysely<StorageTables>, holdId: string, now: string, service?: string) {
    let claim = trx
      .updateTable('booking_holds')
      .set({ state: 'booked' })
      .where('id', '=', holdId)
      .where('state', '=', 'held')
      .where('expires_at', '>', now)
      .where('slot_start', '>', now);
    if (service !== undefined) claim = claim.where('service', '=', service);
    if ((await claim.executeTakeFirst()).numUpdatedRows !== 1n) return undefined;
    return trx.selectFrom('booking_holds').selectAll().where('id', '=', holdId).executeTakeFirstOrThrow();
  }

  async #bookingOf(trx: Kysely<StorageTables>, reference: string, tokenHash: string): Promise<BookingRow | undefined> {
    return trx
      .selectFrom('bookings')
      .selectAll()
      .where('reference', '=', reference)
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
  }
}
