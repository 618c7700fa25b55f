import type { LocalDate } from '@council-components/collections/local-date.js';
import type { BookingDetails } from './booking-store.js';

/** A slot's status, as FHIR's Slot has it: `free` with places left, `busy` when all are taken, `busy-unavailable` past. */
export type SlotStatus = 'free' | 'busy' | 'busy-unavailable';

/** What a resident can book, as the services list shows it. */
export interface ServiceSummary {
  id: string;
  name: { en: string; cy: string };
  slotMinutes: number;
}

/** A slot of a day, with its places. */
export interface AvailableSlot {
  startAt: Date;
  endAt: Date;
  status: SlotStatus;
  placesLeft: number;
}

/** A booking as the back end keeps it: what the resident is told of it, and what its calendar file needs. */
export interface Appointment {
  reference: string;
  service: string;
  startAt: Date;
  endAt: Date;
  status: 'booked' | 'cancelled';
  language: 'en' | 'cy';
}

/**
 * Where the bookings are: the embedded store (`embeddedBookingBackend`), or a council's own booking system through an
 * adapter (`fhirBookingBackend` is the example). The booking handlers (`createBookingHandlers`) serve the same
 * contract over either: they check what the resident sends, limit the rate, make each booking once per
 * `Idempotency-Key`, and make and check the tokens; the back end decides places. Its one duty beyond that: when
 * residents race for the last place, exactly one gets it.
 */
export interface BookingBackend {
  /** What can be booked, and the first and last dates bookable now (London's). */
  services(): Promise<{ services: ServiceSummary[]; bookable: { from: LocalDate; to: LocalDate } }>;
  /** Each day's slots from `from` to `to` (both within the bookable dates); undefined for a service it does not know. */
  availability(
    service: string,
    from: LocalDate,
    to: LocalDate,
  ): Promise<{ date: LocalDate; slots: AvailableSlot[] }[] | undefined>;
  /**
   * Holds a place in the slot of `service` starting at `startAt`: `unknown` when there is no such slot bookable now,
   * `full` when its places are taken.
   */
  hold(
    service: string,
    startAt: Date,
  ): Promise<{ id: string; startAt: Date; endAt: Date; expiresAt: Date } | 'unknown' | 'full'>;
  /**
   * Books a hold: `hold-expired` when it has lapsed, was never made or was booked already. `tokenHash` is the digest
   * of the new booking's token, for a back end that keeps it (the embedded store does; the handlers check tokens).
   */
  book(
    holdId: string,
    details: BookingDetails,
    tokenHash: (reference: string) => Promise<string>,
  ): Promise<Appointment | 'hold-expired'>;
  /** Cancels a booking (again: no error); undefined when there is none. The token was checked by the handlers. */
  cancel(reference: string, tokenHash: string): Promise<Appointment | undefined>;
  /** Moves a booking to a hold's slot, giving the old place back; undefined when there is no booking to move. */
  move(reference: string, tokenHash: string, holdId: string): Promise<Appointment | 'hold-expired' | undefined>;
  /** A booking by its reference. */
  find(reference: string): Promise<Appointment | undefined>;
}
