import { describe, expect, it } from 'vitest';
import { dateInWords } from './date-words.js';

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

  it('refuses text that is not a calendar date', () => {
    expect(() => dateInWords('28/12/2026', 'en')).toThrow(RangeError);
  });
});
