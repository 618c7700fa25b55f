import { partsOf, type LocalDate } from './local-date.js';

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
