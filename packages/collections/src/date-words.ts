import { daysBetween, partsOf, weekday, type LocalDate } from './local-date.js';

/**
 * Day and month names, as CLDR gives them (`date-words.test.ts` checks them against Node's full ICU). Written out
 * because browsers do not all carry Welsh: a Chromium build without it formats `cy-GB` dates in American English.
 */
const NAMES = {
  en: {
    days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    months: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
  },
  cy: {
    days: ['Dydd Llun', 'Dydd Mawrth', 'Dydd Mercher', 'Dydd Iau', 'Dydd Gwener', 'Dydd Sadwrn', 'Dydd Sul'],
    months: [
      'Ionawr',
      'Chwefror',
      'Mawrth',
      'Ebrill',
      'Mai',
      'Mehefin',
      'Gorffennaf',
      'Awst',
      'Medi',
      'Hydref',
      'Tachwedd',
      'Rhagfyr',
    ],
  },
} as const;

/** The names of the days (Monday first) and of the months, in English or Welsh: for a calendar's headings. */
export const dateNames = (lang: 'en' | 'cy'): { days: readonly string[]; months: readonly string[] } => NAMES[lang];

/**
 * A calendar date in words, in English or Welsh: "Monday 28 December", "Dydd Llun 28 Rhagfyr". The date's own
 * day, month and year are used as they are: no zone can move them.
 */
export function dateInWords(date: LocalDate, lang: 'en' | 'cy'): string {
  const parts = partsOf(date);
  if (!parts) throw new RangeError(`Not a calendar date: ${date}`);
  const { days, months } = NAMES[lang];
  return `${days[weekday(date) - 1] ?? ''} ${String(parts.day)} ${months[parts.month - 1] ?? ''}`;
}

const RELATIVE = {
  en: { today: 'Today', tomorrow: 'Tomorrow' },
  cy: { today: 'Heddiw', tomorrow: 'Yfory' },
} as const;

/**
 * A collection day's heading for residents: "Today, Thursday 26 November", "Tomorrow, Friday 27 November", or the
 * date alone; in Welsh "Heddiw, dydd Iau 26 Tachwedd" (the day's name in lower case within the phrase). `today` is
 * London's (`londonDate`), so at 23:30 UTC on a summer night tomorrow is already today.
 */
export function dayHeading(date: LocalDate, today: LocalDate, lang: 'en' | 'cy'): string {
  const words = dateInWords(date, lang);
  const days = daysBetween(today, date);
  const relative = days === 0 ? RELATIVE[lang].today : days === 1 ? RELATIVE[lang].tomorrow : undefined;
  if (!relative) return words;
  return `${relative}, ${lang === 'cy' ? words.replace(/^Dydd/, 'dydd') : words}`;
}

/**
 * A date after "moved from": "Monday 25 December"; in Welsh after "o", which softens "Dydd" to "ddydd" ("Wedi symud
 * o ddydd Llun 25 Rhagfyr").
 */
export function movedFromDate(date: LocalDate, lang: 'en' | 'cy'): string {
  const words = dateInWords(date, lang);
  return lang === 'cy' ? words.replace(/^Dydd/, 'ddydd') : words;
}
