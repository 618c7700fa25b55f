import { addDays, isLocalDate, type LocalDate } from '@council-components/collections/local-date.js';

/** A date typed into the GOV.UK date input: day, month and year as the resident wrote them. */
export interface TypedDate {
  day: string;
  month: string;
  year: string;
}

/** What is wrong with a typed date, in the order GOV.UK checks: given, complete, real, not past, in the window. */
export type TypedDateProblem = 'empty' | 'incomplete' | 'real' | 'past' | 'between';

/**
 * The calendar date typed, or its first problem. `today` is London's; `window` the dates the back end books (a date
 * before it but not before today is "between", as GOV.UK words a date outside a range).
 */
export function typedDateOf(
  typed: TypedDate,
  today: LocalDate,
  window: { from: LocalDate; to: LocalDate },
): { date: LocalDate } | { problem: TypedDateProblem } {
  const parts = [typed.day, typed.month, typed.year].map((part) => part.trim());
  const given = parts.filter((part) => part !== '').length;
  if (given === 0) return { problem: 'empty' };
  if (given < 3) return { problem: 'incomplete' };
  const [day = '', month = '', year = ''] = parts;
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return { problem: 'real' };
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  if (!isLocalDate(date)) return { problem: 'real' };
  if (date < today) return { problem: 'past' };
  if (date < window.from || date > window.to) return { problem: 'between' };
  return { date };
}

/** The first day of the month `months` after the month of `date` (before it, when negative). */
export function monthStart(date: LocalDate, months: number): LocalDate {
  const [year = 0, month = 1] = date.split('-').map(Number);
  const index = year * 12 + month - 1 + months;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/** The same day `months` later (or earlier), or the month's last day when it has no such day (31 January → 28 February). */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const start = monthStart(date, months);
  const last = addDays(monthStart(date, months + 1), -1);
  const wanted = `${start.slice(0, 8)}${date.slice(8)}`;
  return isLocalDate(wanted) && wanted <= last ? wanted : last;
}
