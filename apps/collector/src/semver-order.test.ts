import { describe, expect, it } from 'vitest';
import { compareSemver } from './semver-order.ts';

describe('semver order', () => {
  it("sorts as semver.org's precedence example does, numbers as numbers, and ignores build metadata", () => {
    const ordered = [
      '0.9.1',
      '0.10.0',
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-alpha.beta',
      '1.0.0-beta',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0-rc.1',
      '1.0.0',
      '1.2.0',
      '10.0.0',
    ];
    const shuffled = [...ordered].reverse();
    expect(shuffled.sort(compareSemver)).toEqual(ordered);
    expect(compareSemver('1.0.0+build.1', '1.0.0')).toBe(0);
  });
});
