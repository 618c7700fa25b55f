import { describe, expect, it } from 'vitest';
import { TtlCache } from './ttl-cache.js';

describe('TtlCache', () => {
  it('forgets entries after their time to live', () => {
    let clock = 0;
    const cache = new TtlCache<string>({ ttlMs: 100, maxEntries: 10, now: () => clock });
    cache.set('a', 'A');
    clock = 99;
    expect(cache.get('a')).toBe('A');
    clock = 100;
    expect(cache.get('a')).toBeUndefined();
  });

  it('drops the oldest entries past its size', () => {
    const cache = new TtlCache<number>({ ttlMs: 1000, maxEntries: 2 });
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3);
    expect([cache.get('a'), cache.get('b'), cache.get('c'), cache.size]).toEqual([undefined, 2, 3, 2]);
  });
});
