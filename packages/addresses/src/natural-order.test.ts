import { describe, expect, it } from 'vitest';
import { sortNaturally } from './natural-order.js';

describe('natural order', () => {
  it('puts Flat 2 before Flat 10', () => {
    expect(sortNaturally(['Flat 10', 'Flat 2', 'Flat 1'], (s) => s)).toEqual(['Flat 1', 'Flat 2', 'Flat 10']);
  });

  it('puts 2 before 2A before 10', () => {
    expect(sortNaturally(['10 High Street', '2A High Street', '2 High Street'], (s) => s)).toEqual([
      '2 High Street',
      '2A High Street',
      '10 High Street',
    ]);
  });

  it('ignores case and sorts by a key without changing the items', () => {
    const items = [{ label: 'flat 3' }, { label: 'Flat 12' }, { label: 'FLAT 1' }];
    expect(sortNaturally(items, (item) => item.label).map((item) => item.label)).toEqual([
      'FLAT 1',
      'flat 3',
      'Flat 12',
    ]);
    expect(items[0]?.label).toBe('flat 3');
  });
});
