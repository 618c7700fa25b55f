import { arrayOf, isNumber, isString, matching, objectOf, oneOf, type Check, type Infer } from './shape.js';

/** A calendar date, `YYYY-MM-DD`. */
const date = matching(/^\d{4}-\d{2}-\d{2}$/, 'a date, YYYY-MM-DD');
/** London's wall-clock time with its UTC offset then (`2026-10-25T01:30:00+01:00`): two 01:30s told apart. */
const instant = matching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/, 'a time with its UTC offset');

/** What a resident can book, and the dates bookable (`GET /api/booking/services`). */
export const bookingServicesShape = objectOf({
  services: arrayOf(objectOf({ id: isString, name: objectOf({ en: isString, cy: isString }), slotMinutes: isNumber })),
  bookable: objectOf({ from: date, to: date }),
});
export type BookingServices = Infer<typeof bookingServicesShape>;

/** A slot as FHIR's Slot has it: `free` with places left, `busy` when they are all taken, `busy-unavailable` past. */
export const slotShape = objectOf({
  start: instant,
  end: instant,
  status: oneOf('free', 'busy', 'busy-unavailable'),
  placesLeft: isNumber,
});
export type Slot = Infer<typeof slotShape>;

/** Each day's slots over a range (`GET /api/booking/availability?service=&from=&to=`). */
export const availabilityShape = objectOf({ days: arrayOf(objectOf({ date, slots: arrayOf(slotShape) })) });

/** A place held while the resident gives their details (`POST /api/booking/holds`). */
export const holdShape = objectOf({ hold: isString, start: instant, end: instant, expiresAt: instant });
export type Hold = Infer<typeof holdShape>;

/** A booking as made (`POST /api/booking/bookings`): its reference, the token that changes or cancels it. */
export const bookedShape: Check<{
  reference: string;
  start: string;
  end: string;
  token: string;
  calendarKey: string;
}> = objectOf({ reference: isString, start: instant, end: instant, token: isString, calendarKey: isString });
export type Booked = Infer<typeof bookedShape>;
