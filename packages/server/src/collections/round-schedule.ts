import type { Collection, CollectionService } from '@council-components/collections/collections.js';
import { addDays, daysBetween, weekday, type LocalDate } from '@council-components/collections/local-date.js';

/**
 * Collection dates from a council's rounds, for councils whose only schedule is a spreadsheet: each round
 * collects one service every N weeks on the weekday of a date it is known to collect. All arithmetic is on
 * calendar dates, so clock changes and the process's time zone never move a collection.
 */
export interface Round {
  /** The round's name in the council's spreadsheet: `MON-REFUSE-A`. */
  id: string;
  service: CollectionService;
  /** 1 weekly, 2 fortnightly, 3 every three weeks… */
  everyWeeks: number;
  /** A date the round collects on: its weekday is the round's, and every N weeks from it (before and after). */
  firstDate: LocalDate;
}

export interface ScheduleChanges {
  /** Bank holidays that move collections (England and Wales, or the council's own list). */
  bankHolidays: readonly LocalDate[];
  /**
   * `rest-of-week`: a bank holiday moves every collection on or after it, in its Monday-to-Sunday week, one day
   * later (two holidays, two days), and never onto another bank holiday. `none`: bank holidays move nothing.
   */
  bankHolidayShift: 'rest-of-week' | 'none';
  /** One-off changes, by round and usual date (`exceptionKey`): moved to another date, or to none (`null`). */
  exceptions: ReadonlyMap<string, LocalDate | null>;
}

export const exceptionKey = (round: string, usualDate: LocalDate): string => `${round}@${usualDate}`;

/** How far a bank holiday moves a collection can reach: further than this and the council lists an exception. */
const MOST_DAYS_MOVED = 7;

function shiftedByBankHolidays(usual: LocalDate, holidays: ReadonlySet<LocalDate>): LocalDate {
  const monday = addDays(usual, 1 - weekday(usual));
  let shift = 0;
  for (let day = monday; daysBetween(day, usual) >= 0; day = addDays(day, 1)) if (holidays.has(day)) shift++;
  let date = addDays(usual, shift);
  while (holidays.has(date)) date = addDays(date, 1);
  return date;
}

/** The round's collections from `from` to `to`, both included, each with its usual date when it was moved. */
export function roundCollections(round: Round, from: LocalDate, to: LocalDate, changes: ScheduleChanges): Collection[] {
  const period = 7 * round.everyWeeks;
  const holidays = new Set(changes.bankHolidays);
  // The first usual date that could be moved into the range, counting whole periods from the known date.
  const start = daysBetween(round.firstDate, addDays(from, -MOST_DAYS_MOVED));
  const collections: Collection[] = [];
  for (
    let usual = addDays(round.firstDate, Math.ceil(start / period) * period);
    daysBetween(usual, addDays(to, MOST_DAYS_MOVED)) >= 0;
    usual = addDays(usual, period)
  ) {
    const key = exceptionKey(round.id, usual);
    const date = changes.exceptions.has(key)
      ? changes.exceptions.get(key)
      : changes.bankHolidayShift === 'rest-of-week'
        ? shiftedByBankHolidays(usual, holidays)
        : usual;
    if (!date || daysBetween(from, date) < 0 || daysBetween(date, to) < 0) continue;
    collections.push({ date, originalDate: date === usual ? null : usual, service: round.service });
  }
  return collections;
}
