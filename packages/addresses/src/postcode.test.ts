import { describe, expect, it } from 'vitest';
import { checkPostcode, isBfpo, isCrownDependency, isFullPostcode, normalisePostcode } from './postcode.js';

describe('postcodes', () => {
  it.each([
    ['sw1a1aa', 'SW1A 1AA'],
    ['  SW1A   1AA ', 'SW1A 1AA'],
    ['(SW1A-1AA).', 'SW1A 1AA'],
    ['s.o.1.6 0.a.s', 'SO16 0AS'],
    ['cf10 1ep', 'CF10 1EP'],
    ['gir0aa', 'GIR 0AA'],
    ['SO1', 'SO1'],
    ['so16', 'SO16'],
    ['', ''],
    ['---', ''],
  ])('normalises %j to %j', (input, expected) => {
    expect(normalisePostcode(input)).toBe(expected);
  });

  it('accepts full postcodes only', () => {
    for (const good of ['SW1A 1AA', 'SO16 0AS', 'M1 1AE', 'B33 8TH', 'CR2 6XH', 'DN55 1PT', 'GIR 0AA', 'ID1 1QD']) {
      expect(isFullPostcode(good), good).toBe(true);
    }
    for (const bad of ['SO16', 'SO16 0A', '123 4AB', 'SW1A 1A1', 'ABC1 1AA']) {
      expect(isFullPostcode(bad), bad).toBe(false);
    }
  });

  it('says what is wrong', () => {
    expect(checkPostcode('  ')).toEqual({ postcode: '', problem: 'empty' });
    expect(checkPostcode('so16')).toEqual({ postcode: 'SO16', problem: 'invalid' });
    expect(checkPostcode('so160as')).toEqual({ postcode: 'SO16 0AS', problem: null });
  });

  it('knows BFPO and the Crown Dependencies', () => {
    expect(isCrownDependency('JE2 3AB')).toBe(true);
    expect(isCrownDependency('GY1 1AA')).toBe(true);
    expect(isCrownDependency('IM1 1AA')).toBe(true);
    expect(isCrownDependency('SO16 0AS')).toBe(false);
    expect(isBfpo('BF1 2AX')).toBe(true);
    expect(isBfpo('B1 1AA')).toBe(false);
  });
});
