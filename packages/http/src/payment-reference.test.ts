import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holdsCardNumber, referenceProblem } from './payment-reference.js';

/** A card number of `length` digits that passes the Luhn check, from any digits before its check digit. */
function withCheckDigit(body: readonly number[]): string {
  let sum = 0;
  body.forEach((digit, index) => {
    // Doubled: every second digit counting from the right, with the check digit still to come.
    const fromRight = body.length - index;
    let value = digit;
    if (fromRight % 2 === 1) {
      value *= 2;
      if (value > 9) value -= 9;
    }
    sum += value;
  });
  return `${body.join('')}${String((10 - (sum % 10)) % 10)}`;
}

describe('a payment reference GOV.UK Pay will take', () => {
  it('refuses every card number, however it is typed inside the reference (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 11, maxLength: 18 }),
        fc.constantFrom('', ' ', '-'),
        // Anything before it but digits and what GOV.UK Pay's firewall refuses (a problem of its own).
        fc.string({ maxLength: 8 }).filter((text) => !/[\d<>"\\|]/.test(text)),
        (body, separator, before) => {
          const card = withCheckDigit(body);
          const typed = card.replace(/(\d{4})(?=\d)/g, `$1${separator}`);
          expect(holdsCardNumber(`${before}${typed}`)).toBe(true);
          expect(referenceProblem(`${before.trim()}${typed}`.trim() || typed)).toBe('card-number');
        },
      ),
    );
  });

  it('takes the documented test cards as card numbers, and ordinary references as references', () => {
    for (const card of ['4444333322221111', '4000 0000 0000 0002', '5101-1800-0000-0007'])
      expect(referenceProblem(`PCN ${card}`)).toBe('card-number');
    for (const reference of ['PCN-AB12345678', 'INV 2026/000123', 'GW-0042', 'Licence 12345678901'])
      expect(referenceProblem(reference), reference).toBeUndefined();
  });

  it('refuses what GOV.UK Pay’s firewall blocks, an empty reference and one over 255 characters', () => {
    for (const character of ['<', '>', '"', '\\', '|']) expect(referenceProblem(`AB${character}12`)).toBe('characters');
    expect(referenceProblem('')).toBe('empty');
    expect(referenceProblem('A'.repeat(256))).toBe('too-long');
    expect(referenceProblem('A'.repeat(255))).toBeUndefined();
  });
});
