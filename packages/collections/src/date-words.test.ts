import { describe, expect, it } from 'vitest';
import { dateInWords, dayHeading, movedFromDate } from './date-words.js';
import { addDays, londonDate } from './local-date.js';

describe('a calendar date in words', () => {
  it('says the date in English and Welsh, whatever the zone of the process (here UTC+14)', () => {
    expect(['2026-12-28', '2026-11-27', '2027-01-01'].map((date) => dateInWords(date, 'en'))).toEqual([
      'Monday 28 December',
      'Friday 27 November',
      'Friday 1 January',
    ]);
    expect(['2026-12-28', '2026-11-27', '2027-01-01'].map((date) => dateInWords(date, 'cy'))).toEqual([
      'Dydd Llun 28 Rhagfyr',
      'Dydd Gwener 27 Tachwedd',
      'Dydd Gwener 1 Ionawr',
    ]);
  });

  it('names every day of a year as CLDR does (Node’s full ICU), in both languages', () => {
    for (const lang of ['en', 'cy'] as const) {
      const cldr = new Intl.DateTimeFormat(`${lang}-GB`, {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        timeZone: 'UTC',
      });
      for (let date = '2027-01-01'; date < '2028-01-01'; date = addDays(date, 1)) {
        const [year, month, day] = date.split('-').map(Number);
        expect(dateInWords(date, lang)).toBe(
          cldr.format(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1)).replace(/,/g, ''),
        );
      }
    }
  });

  it('refuses text that is not a calendar date', () => {
    expect(() => dateInWords('28/12/2026', 'en')).toThrow(RangeError);
  });
});

describe('a collection day’s heading', () => {
  it('says today and tomorrow by London’s date, in English and Welsh, and other days by their date', () => {
    expect(
      ['2026-11-26', '2026-11-27', '2026-11-28', '2026-11-25'].map((date) => dayHeading(date, '2026-11-26', 'en')),
    ).toEqual([
      'Today, Thursday 26 November',
      'Tomorrow, Friday 27 November',
      'Saturday 28 November',
      'Wednesday 25 November',
    ]);
    expect(['2026-11-26', '2026-11-27', '2026-11-28'].map((date) => dayHeading(date, '2026-11-26', 'cy'))).toEqual([
      'Heddiw, dydd Iau 26 Tachwedd',
      'Yfory, dydd Gwener 27 Tachwedd',
      'Dydd Sadwrn 28 Tachwedd',
    ]);
  });

  it('at 23:30 UTC on a summer night, tomorrow’s collection is already today’s', () => {
    const today = londonDate(new Date('2026-07-15T23:30:00Z'));
    expect(dayHeading('2026-07-16', today, 'en')).toBe('Today, Thursday 16 July');
    expect(dayHeading('2026-12-31', '2026-12-30', 'en')).toBe('Tomorrow, Thursday 31 December');
    expect(dayHeading('2027-01-01', '2026-12-31', 'cy')).toBe('Yfory, dydd Gwener 1 Ionawr');
  });
});

describe('the usual date of a moved collection', () => {
  it('follows "moved from" in English, and "o" in Welsh, which softens "Dydd"', () => {
    expect(movedFromDate('2026-12-25', 'en')).toBe('Friday 25 December');
    expect(movedFromDate('2026-12-28', 'cy')).toBe('ddydd Llun 28 Rhagfyr');
  });
});
