import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { londonInstants, wallTimeOf } from './london-time.js';
import { londonTimeInWords, londonTimeRangeInWords, TIME_WORDS, timeInWords } from './time-words.js';

const { en, cy } = TIME_WORDS;

describe('times of day in words', () => {
  it('writes times as the GOV.UK style guide does, and as government services write them in Welsh', () => {
    const times = ['00:00', '00:30', '09:00', '09:05', '11:59', '12:00', '12:30', '17:30', '23:59'];
    expect(times.map((time) => timeInWords(time, en))).toEqual([
      'midnight',
      '12:30am',
      '9am',
      '9:05am',
      '11:59am',
      'midday',
      '12:30pm',
      '5:30pm',
      '11:59pm',
    ]);
    expect(times.map((time) => timeInWords(time, cy))).toEqual([
      'hanner nos',
      '12:30yb',
      '9yb',
      '9:05yb',
      '11:59yb',
      'canol dydd',
      '12:30yh',
      '5:30yh',
      '11:59yh',
    ]);
  });

  it('joins a range with "to", and in Welsh with "i", midday mutated after it', () => {
    const [ten] = londonInstants('2026-12-07', '10:00');
    const [half] = londonInstants('2026-12-07', '11:30');
    const [twelve] = londonInstants('2026-12-07', '12:00');
    expect(londonTimeRangeInWords(ten!, half!, en)).toBe('10am to 11:30am');
    expect(londonTimeRangeInWords(half!, twelve!, en)).toBe('11:30am to midday');
    expect(londonTimeRangeInWords(half!, twelve!, cy)).toBe('11:30yb i ganol dydd');
    expect(londonTimeRangeInWords(twelve!, half!, cy)).toBe('canol dydd i 11:30yb');
  });

  it('tells the two 1:30am slots of the last Sunday of October apart, BST then GMT; other days need no zone', () => {
    const [bst, gmt] = londonInstants('2026-10-25', '01:30');
    expect([bst, gmt].map((at) => londonTimeInWords(at!, en))).toEqual(['1:30am (BST)', '1:30am (GMT)']);
    expect(londonTimeRangeInWords(bst!, gmt!, cy)).toBe('1:30yb (BST) i 1:30yb (GMT)');
    expect(londonTimeInWords(new Date('2026-10-25T03:00:00Z'), en)).toBe('3am');
    expect(londonTimeInWords(new Date('2026-07-06T08:00:00Z'), en)).toBe('9am');
  });

  it('writes every minute of the day as one time, with no leading zero and no ":00"', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 24 * 60 - 1 }), (minutes) => {
        const written = timeInWords(wallTimeOf(minutes), en);
        expect(written).toMatch(/^(midnight|midday|(1[0-2]|[1-9])(:[0-5]\d)?(am|pm))$/);
        expect(written).not.toMatch(/:00/);
      }),
    );
  });
});
