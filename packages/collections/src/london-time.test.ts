import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { londonInstants, londonIso, londonWallClock, minutesOf, wallTimeOf } from './london-time.js';

const iso = (instants: Date[]): string[] => instants.map((at) => at.toISOString());

describe('times of day for residents, in London', () => {
  it('runs in a zone that is not London’s (Pacific/Kiritimati, UTC+14)', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('Pacific/Kiritimati');
  });

  it('names one instant on most days, in GMT in winter and BST in summer', () => {
    expect(iso(londonInstants('2026-12-03', '09:30'))).toEqual(['2026-12-03T09:30:00.000Z']);
    expect(iso(londonInstants('2026-07-15', '09:30'))).toEqual(['2026-07-15T08:30:00.000Z']);
    expect(londonIso(new Date('2026-12-03T09:30:00Z'))).toBe('2026-12-03T09:30:00+00:00');
    expect(londonIso(new Date('2026-07-15T08:30:00Z'))).toBe('2026-07-15T09:30:00+01:00');
  });

  it('on the last Sunday of March, 01:00 to 01:59 does not exist: no instant; 00:59 and 02:00 are an hour’s minute apart', () => {
    expect(londonInstants('2026-03-29', '01:00')).toEqual([]);
    expect(londonInstants('2026-03-29', '01:30')).toEqual([]);
    expect(londonInstants('2026-03-29', '01:59')).toEqual([]);
    expect(iso(londonInstants('2026-03-29', '00:59'))).toEqual(['2026-03-29T00:59:00.000Z']);
    expect(iso(londonInstants('2026-03-29', '02:00'))).toEqual(['2026-03-29T01:00:00.000Z']);
    expect(londonIso(new Date('2026-03-29T01:00:00Z'))).toBe('2026-03-29T02:00:00+01:00');
  });

  it('on the last Sunday of October, 01:30 happens twice: first in BST, then in GMT, each with its offset', () => {
    const twice = londonInstants('2026-10-25', '01:30');
    expect(iso(twice)).toEqual(['2026-10-25T00:30:00.000Z', '2026-10-25T01:30:00.000Z']);
    expect(twice.map(londonIso)).toEqual(['2026-10-25T01:30:00+01:00', '2026-10-25T01:30:00+00:00']);
    expect(iso(londonInstants('2026-10-25', '00:59'))).toEqual(['2026-10-24T23:59:00.000Z']);
    expect(iso(londonInstants('2026-10-25', '02:00'))).toEqual(['2026-10-25T02:00:00.000Z']);
  });

  it('gives back the wall clock it was given, for any minute of any day from 1990 to 2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1) / 60_000, max: Date.UTC(2100, 0, 1) / 60_000 }), (minute) => {
        const at = new Date(minute * 60_000);
        const { date, time } = londonWallClock(at);
        const instants = londonInstants(date, time);
        expect(instants.map((instant) => instant.getTime())).toContain(at.getTime());
        expect(instants.length).toBeGreaterThanOrEqual(1);
        expect(instants.length).toBeLessThanOrEqual(2);
        expect(Date.parse(londonIso(at))).toBe(at.getTime());
      }),
      { numRuns: 2000 },
    );
  });

  it('gives an instant with seconds its London offset, not one rounded from the seconds', () => {
    expect(londonIso(new Date('2026-07-06T10:00:45.123Z'))).toBe('2026-07-06T11:00:45+01:00');
    expect(londonIso(new Date('2026-12-03T10:10:59.999Z'))).toBe('2026-12-03T10:10:59+00:00');
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2060, 0, 1) }), (ms) => {
        const at = new Date(ms);
        expect(londonIso(at)).toMatch(/[+-]0[01]:00$/);
        expect(Date.parse(londonIso(at))).toBe(Math.floor(ms / 1000) * 1000);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads and writes wall-clock times, and refuses what is not one', () => {
    expect(['00:00', '09:05', '23:59'].map(minutesOf)).toEqual([0, 545, 1439]);
    expect(['24:00', '9:05', '12:60', '', '12:00:00'].map(minutesOf)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect([0, 545, 1439].map(wallTimeOf)).toEqual(['00:00', '09:05', '23:59']);
    expect(() => londonInstants('2026-02-30', '09:00')).toThrow(RangeError);
  });
});
