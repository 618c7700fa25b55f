/**
 * Dates for residents: calendar dates as ISO strings (`2026-11-27`), with no time and no zone, and "today" as
 * it is in Europe/London, whatever the zone of the browser or server (ADR 0007). Arithmetic is on the calendar
 * itself, so clock changes never move a date.
 */

/** A calendar date, `YYYY-MM-DD`. */
export type LocalDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The year, month (1–12) and day of `date`, or undefined when it is not a real calendar date. */
export function partsOf(date: string): { year: number; month: number; day: number } | undefined {
  const match = ISO_DATE.exec(date);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return month >= 1 && month <= 12 && day >= 1 && day <= days ? { year, month, day } : undefined;
}

export const isLocalDate = (value: unknown): value is LocalDate => typeof value === 'string' && !!partsOf(value);

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Days since 1970-01-01 for a calendar date: the calendar's own count, not an instant. */
export function dayNumber(date: LocalDate): number {
  const parts = partsOf(date);
  if (!parts) throw new RangeError(`Not a calendar date: ${date}`);
  return Date.UTC(parts.year, parts.month - 1, parts.day) / 86_400_000;
}

export function fromDayNumber(days: number): LocalDate {
  const at = new Date(days * 86_400_000);
  return `${pad(at.getUTCFullYear(), 4)}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}`;
}

export const addDays = (date: LocalDate, days: number): LocalDate => fromDayNumber(dayNumber(date) + days);

export const daysBetween = (from: LocalDate, to: LocalDate): number => dayNumber(to) - dayNumber(from);

/** 1 for Monday to 7 for Sunday (ISO 8601). */
export const weekday = (date: LocalDate): number => ((((dayNumber(date) + 3) % 7) + 7) % 7) + 1;

/** A formatter in London's time zone (`londonFormat`): made when first asked for, then the parts of an instant. */
export interface LondonFormat {
  /** Makes the formatter, if not yet made. */
  prepare: () => Intl.DateTimeFormat;
  /** The parts of `at` in London, by type (`year`, `month`, `hour`…). */
  parts: (at: Date) => Partial<Record<Intl.DateTimeFormatPartTypes, string>>;
}

/**
 * A formatter in London's time zone with `options`, made when first asked for, not when its module loads: the first
 * `Intl` object with a time zone loads that zone's data, tens of milliseconds on a slow phone, which every page would
 * pay at start-up for a date it may never show.
 */
export function londonFormat(options: Intl.DateTimeFormatOptions): LondonFormat {
  let made: Intl.DateTimeFormat | undefined;
  const prepare = () => (made ??= new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'Europe/London' }));
  return {
    prepare,
    parts: (at) =>
      Object.fromEntries(
        prepare()
          .formatToParts(at)
          .map(({ type, value }) => [type, value]),
      ),
  };
}

const dateFormat = londonFormat({ year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * Makes the formatter `londonDate` uses, if not yet made. A component calls this while it waits for something else
 * (the answer whose dates it will show), so that the answer is drawn without making it.
 */
export function prepareLondonDate(): void {
  dateFormat.prepare();
}

/** The date it is in London at `now`: at 23:30 UTC on a summer day it is already tomorrow there. */
export function londonDate(now: Date): LocalDate {
  const parts = dateFormat.parts(now);
  return `${parts['year'] ?? ''}-${parts['month'] ?? ''}-${parts['day'] ?? ''}`;
}
