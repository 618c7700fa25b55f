import type { Kysely } from 'kysely';
import { addDays, type LocalDate } from '@council-components/collections/local-date.js';
import { londonWallClock } from '@council-components/collections/london-time.js';
import type { StorageTables } from '../storage/storage-tables.js';
import type { Appointment, BookingBackend } from './booking-backend.js';
import type { BookableService, BookingConfig } from './booking-config.js';
import { bookableDates, poolOf, slotsOn } from './booking-slots.js';
import { BookingStore, type BookingRow } from './booking-store.js';

/** A stored booking, as the handlers tell of it. */
export const appointmentOf = (row: BookingRow): Appointment => ({
  reference: row.reference,
  service: row.service,
  startAt: new Date(row.slot_start),
  endAt: new Date(row.slot_end),
  status: row.status,
  language: row.language,
});

/**
 * The embedded booking back end: the council's services, hours, closures and window from one configuration file,
 * places and bookings in the storage layer (SQLite or PostgreSQL), where one conditional write decides each place.
 */
export function embeddedBookingBackend(options: {
  db: Kysely<StorageTables>;
  config: BookingConfig;
  now: () => Date;
}): BookingBackend {
  const { config, now } = options;
  const store = new BookingStore(options.db, now);
  const serviceOf = (id: string): BookableService | undefined => config.services.find((service) => service.id === id);

  return {
    services: () => {
      const { first, last } = bookableDates(config, now());
      return Promise.resolve({
        services: config.services.map(({ id, name, slotMinutes }) => ({ id, name, slotMinutes })),
        bookable: { from: first, to: last },
      });
    },

    async availability(id, from, to) {
      const service = serviceOf(id);
      if (!service) return undefined;
      await store.releaseLapsed();
      const days: { date: LocalDate; slots: ReturnType<typeof slotsOn> }[] = [];
      for (let date = from; date <= to; date = addDays(date, 1))
        days.push({ date, slots: slotsOn(service, date, config) });
      const pools = days.flatMap(({ slots }) =>
        slots.map((slot) => ({ pool: poolOf(service.id, slot.startAt), capacity: service.capacity })),
      );
      const left = await store.placesLeftIn(pools);
      const at = now().getTime();
      return days.map(({ date, slots }) => ({
        date,
        slots: slots.map(({ startAt, endAt }) => {
          const past = startAt.getTime() <= at;
          const places = past ? 0 : (left.get(poolOf(service.id, startAt)) ?? 0);
          return {
            startAt,
            endAt,
            status: past ? 'busy-unavailable' : places > 0 ? 'free' : 'busy',
            placesLeft: places,
          };
        }),
      }));
    },

    async hold(id, startAt) {
      const service = serviceOf(id);
      const at = startAt.getTime();
      if (!service || at <= now().getTime()) return 'unknown';
      const { first, last } = bookableDates(config, now());
      const { date } = londonWallClock(startAt);
      if (date < first || date > last) return 'unknown';
      // Only the slots of the time's own London date are made to find it.
      const slot = slotsOn(service, date, config).find((candidate) => candidate.startAt.getTime() === at);
      if (!slot) return 'unknown';
      await store.releaseLapsed();
      const held = await store.hold(service.id, slot, service.capacity, config.holdMinutes);
      return held === 'full'
        ? 'full'
        : { id: held.id, startAt: slot.startAt, endAt: slot.endAt, expiresAt: held.expiresAt };
    },

    async book(holdId, details, tokenHash) {
      const row = await store.book(holdId, details, tokenHash);
      return row === 'hold-expired' ? row : appointmentOf(row);
    },
    async cancel(reference, tokenHash) {
      const row = await store.cancel(reference, tokenHash);
      return row && appointmentOf(row);
    },
    async move(reference, tokenHash, holdId) {
      const row = await store.move(reference, tokenHash, holdId);
      return row === undefined || row === 'hold-expired' ? row : appointmentOf(row);
    },
    async find(reference) {
      const row = await store.find(reference);
      return row && appointmentOf(row);
    },
  };
}
