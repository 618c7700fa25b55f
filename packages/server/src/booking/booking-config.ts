import { isLocalDate, type LocalDate } from '@council-components/collections/local-date.js';
import { minutesOf } from '@council-components/collections/london-time.js';
import {
  arrayOf,
  isString,
  matching,
  objectOf,
  optional,
  ShapeError,
  type Check,
} from '@council-components/http/shape.js';

/** The days of the week, as the configuration file names them, Monday first (ISO 8601: Monday is 1). */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Opening hours in London's wall-clock time: `[["09:00", "12:30"], ["13:30", "16:00"]]`. */
export type OpeningHours = readonly (readonly [string, string])[];

/** Something a resident can book: a tip visit, a registrar appointment, a bulky-waste collection. */
export interface BookableService {
  /** Its id in addresses and the API (`tip-visit`). */
  id: string;
  name: { en: string; cy: string };
  /** How long each slot lasts, in minutes. Slots start at opening time, one after another. */
  slotMinutes: number;
  /** How many residents one slot takes. */
  capacity: number;
  /** By weekday; a weekday not given is closed. */
  openingHours: Readonly<Partial<Record<Weekday, OpeningHours>>>;
  /** Dates it is closed besides bank holidays (`2026-12-24`). */
  closures: readonly LocalDate[];
}

/**
 * A council's booking, configured in one file: what can be booked, when, how far ahead, and how long a slot is held
 * while the resident gives their details. Times are London's, dates London's calendar dates (ADR 0009).
 */
export interface BookingConfig {
  services: readonly BookableService[];
  /** Closed for every service (England and Wales's, from GOV.UK's bank holidays list). */
  bankHolidays: readonly LocalDate[];
  /** Bookable from `fromDays` after today (London's) to `toDays` after it, both included. */
  window: { fromDays: number; toDays: number };
  /** How long a chosen slot is held for the resident, in minutes. */
  holdMinutes: number;
}

const wholeNumber =
  (least: number, most: number): Check<number> =>
  (value, path) => {
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < least || value > most)
      throw new ShapeError(path ?? '$', `a whole number from ${String(least)} to ${String(most)}`);
    return value;
  };

const localDate: Check<LocalDate> = (value, path) => {
  if (!isLocalDate(value)) throw new ShapeError(path ?? '$', 'a calendar date, YYYY-MM-DD');
  return value;
};

/**
 * `check`, refusing any setting it does not know: a typo (`Monday`, `bankholidays`) would otherwise be dropped, and a
 * service open on no day, or on Christmas Day, would start without a word.
 */
function only<T>(names: readonly string[], check: Check<T>): Check<T> {
  return (value, path) => {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const unknown = Object.keys(value).find((name) => !names.includes(name));
      if (unknown !== undefined) throw new ShapeError(`${path ?? '$'}.${unknown}`, `one of ${names.join(', ')}`);
    }
    return check(value, path);
  };
}

/** A day's opening hours: each range an opening before a closing time, in order, none overlapping the one before. */
const openingHours: Check<OpeningHours> = (value, path) => {
  let closed = -1;
  return arrayOf((pair, at): readonly [string, string] => {
    if (!Array.isArray(pair) || pair.length !== 2) throw new ShapeError(at ?? '$', 'an ["HH:MM", "HH:MM"] pair');
    const [opens, closes] = pair.map((time: unknown) => (typeof time === 'string' ? minutesOf(time) : undefined));
    if (opens === undefined || closes === undefined || opens >= closes)
      throw new ShapeError(at ?? '$', 'an opening time before a closing time, HH:MM');
    if (opens < closed) throw new ShapeError(at ?? '$', 'a range after the one before it, not overlapping it');
    closed = closes;
    return [String(pair[0]), String(pair[1])];
  })(value, path);
};

const SERVICE_SETTINGS = ['id', 'name', 'slotMinutes', 'capacity', 'openingHours', 'closures'];
const SETTINGS = ['services', 'bankHolidays', 'window', 'holdMinutes'];

const service: Check<BookableService> = (value, path) => {
  const checked = only(
    SERVICE_SETTINGS,
    objectOf({
      id: matching(/^[a-z0-9][a-z0-9-]{0,62}$/, 'an id of lower-case letters, digits and dashes'),
      name: only(['en', 'cy'], objectOf({ en: isString, cy: isString })),
      slotMinutes: wholeNumber(5, 24 * 60),
      capacity: wholeNumber(1, 10_000),
      openingHours: only(WEEKDAYS, objectOf(Object.fromEntries(WEEKDAYS.map((day) => [day, optional(openingHours)])))),
      closures: optional(arrayOf(localDate)),
    }),
  )(value, path);
  return { ...checked, closures: checked.closures ?? [] };
};

/**
 * The booking configuration, checked: every problem names where it is (`$.services[0].openingHours.monday[1]`), so
 * that a council's mistake is found when the server starts, not by a resident.
 */
export function bookingConfigOf(json: unknown): BookingConfig {
  const config = only(
    SETTINGS,
    objectOf({
      services: arrayOf(service),
      bankHolidays: optional(arrayOf(localDate)),
      window: only(['fromDays', 'toDays'], objectOf({ fromDays: wholeNumber(0, 366), toDays: wholeNumber(0, 731) })),
      holdMinutes: wholeNumber(1, 60),
    }),
  )(json);
  if (config.window.toDays < config.window.fromDays)
    throw new ShapeError('$.window.toDays', 'no fewer days than window.fromDays');
  const ids = config.services.map(({ id }) => id);
  const repeated = ids.find((id, index) => ids.indexOf(id) !== index);
  if (repeated !== undefined) throw new ShapeError('$.services', `each id once (${repeated} is there twice)`);
  return { ...config, bankHolidays: config.bankHolidays ?? [] };
}
