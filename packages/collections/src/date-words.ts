import { daysBetween, partsOf, type LocalDate } from './local-date.js';

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A calendar date in words, in English or Welsh (CLDR's): "Monday 28 December", "Dydd Llun 28 Rhagfyr". The date's own
 * day, month and year are formatted as they are: no zone can move them.
 */
export function dateInWords(date: LocalDate, lang: 'en' | 'cy'): string {
  const parts = partsOf(date);
  if (!parts) throw new RangeError(`Not a calendar date: ${date}`);
  let format = formats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'cy' ? 'cy-GB' : 'en-GB', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    });
    formats.set(lang, format);
  }
  return format.format(Date.UTC(parts.year, parts.month - 1, parts.day)).replace(/,/g, '');
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
