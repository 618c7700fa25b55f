import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isLocalDate, londonDate, weekday } from './local-date.js';

describe('dates for residents', () => {
  it('runs these tests in a zone that is not London’s, so a date taken from the process’s zone would show', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('Pacific/Kiritimati');
    expect(new Date('2026-11-26T12:00:00Z').getDate()).toBe(27);
  });

  it('takes today as it is in London: at 23:30 UTC on a summer day it is already tomorrow there, in winter it is not', () => {
    expect(londonDate(new Date('2026-07-15T23:30:00Z'))).toBe('2026-07-16');
    expect(londonDate(new Date('2026-07-15T22:59:59Z'))).toBe('2026-07-15');
    expect(londonDate(new Date('2026-11-26T23:30:00Z'))).toBe('2026-11-26');
    expect(londonDate(new Date('2026-11-27T00:00:00Z'))).toBe('2026-11-27');
  });

  it('changes day at London’s midnight on both clock-change days', () => {
    // 29 March 2026: clocks go forward at 01:00 UTC. 25 October 2026: back at 01:00 UTC.
    expect(londonDate(new Date('2026-03-28T23:59:59Z'))).toBe('2026-03-28');
    expect(londonDate(new Date('2026-03-29T00:00:00Z'))).toBe('2026-03-29');
    expect(londonDate(new Date('2026-03-29T22:59:59Z'))).toBe('2026-03-29');
    expect(londonDate(new Date('2026-03-29T23:00:00Z'))).toBe('2026-03-30');
    expect(londonDate(new Date('2026-10-24T22:59:59Z'))).toBe('2026-10-24');
    expect(londonDate(new Date('2026-10-24T23:00:00Z'))).toBe('2026-10-25');
    expect(londonDate(new Date('2026-10-25T23:59:59Z'))).toBe('2026-10-25');
    expect(londonDate(new Date('2026-10-26T00:00:00Z'))).toBe('2026-10-26');
  });

  it('counts days on the calendar, across clock changes, the turn of the year and 29 February', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(daysBetween('2026-12-25', '2027-01-08')).toBe(14);
    expect([weekday('2026-12-25'), weekday('2026-11-30'), weekday('2026-11-29')]).toEqual([5, 1, 7]);
  });

  it('adding then subtracting days gives the date back, and weekdays follow each other', () => {
    const anyDate = fc
      .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
      .map((at) => at.toISOString().slice(0, 10));
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -4000, max: 4000 }), (date, days) => {
        const later = addDays(date, days);
        expect(isLocalDate(later)).toBe(true);
        expect(addDays(later, -days)).toBe(date);
        expect(daysBetween(date, later)).toBe(days);
        expect(weekday(addDays(date, 1))).toBe((weekday(date) % 7) + 1);
      }),
    );
  });

  it('knows a real calendar date from text that only looks like one', () => {
    expect(['2026-02-28', '2028-02-29', '2026-12-31'].map(isLocalDate)).toEqual([true, true, true]);
    expect(['2026-02-29', '2026-13-01', '2026-00-10', '26/08/2026', '2026-8-1', ''].map(isLocalDate)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
