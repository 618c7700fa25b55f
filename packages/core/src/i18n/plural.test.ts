import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from './catalogue.js';
import { SUPPORTED_LANGS } from './lang.js';
import { pluralCategory } from './plural.js';

// The components write plural rules and digit grouping out, to keep `Intl` off the way to a search's answer; the
// browser's CLDR data is the reference they must agree with, for any number.
const anyCount = fc.oneof(
  fc.integer({ min: 0, max: 2_000 }),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.maxSafeInteger(),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
);
// A count written with a fraction, as `Intl.PluralRules` writes one by default (up to 3 digits after the point).
const writtenWithAFraction = fc
  .tuple(fc.integer({ min: -10_000, max: 10_000 }), fc.integer({ min: 1, max: 999 }))
  .map(([whole, thousandths]) => whole + thousandths / 1_000);
const anyCountSaid = fc.oneof(
  fc.integer({ min: 0, max: 2_000 }),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.maxSafeInteger(),
  writtenWithAFraction,
);

describe('plural categories and numbers, without Intl', () => {
  for (const lang of SUPPORTED_LANGS) {
    it(`gives the plural category CLDR gives, for any count (${lang})`, () => {
      const rules = new Intl.PluralRules(lang);
      fc.assert(
        fc.property(anyCountSaid, (count) => {
          expect(pluralCategory(lang, count)).toBe(rules.select(count));
        }),
        { numRuns: 2_000 },
      );
    });

    it(`writes a number as the browser does for ${lang}-GB, for any number`, () => {
      fc.assert(
        fc.property(anyCount, (value) => {
          expect(formatNumber(value, lang)).toBe(value.toLocaleString(`${lang}-GB`));
        }),
        { numRuns: 2_000 },
      );
    });
  }

  it('groups digits in threes with commas', () => {
    expect([0, 7, 137, 1_000, 1_234, -45_678, 1_000_000].map((value) => formatNumber(value, 'cy'))).toEqual([
      '0',
      '7',
      '137',
      '1,000',
      '1,234',
      '-45,678',
      '1,000,000',
    ]);
  });
});
