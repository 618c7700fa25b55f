import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectionDays, type PropertyCollections } from '@council-components/collections/collections.js';
import { FAKE_BANK_HOLIDAYS, FAKE_SERVICES } from '@council-components/testing/fakes/fake-collections.js';
import { openApiSchemaChecker } from '@council-components/testing/openapi-responses.js';
import { addDays, daysBetween, weekday } from '@council-components/collections/local-date.js';
import { exceptionKey, roundCollections, type Round, type ScheduleChanges } from './round-schedule.js';

const { refuse } = FAKE_SERVICES;
/** England and Wales, 2026 and 2027 (GOV.UK's bank holidays). */
const BANK_HOLIDAYS = FAKE_BANK_HOLIDAYS['england-and-wales'].events.map(({ date }) => date);
const usual: ScheduleChanges = { bankHolidays: [], bankHolidayShift: 'none', exceptions: new Map() };
const withBankHolidays: ScheduleChanges = { ...usual, bankHolidays: BANK_HOLIDAYS, bankHolidayShift: 'rest-of-week' };
const round = (firstDate: string, everyWeeks = 1, id = 'R1'): Round => ({ id, service: refuse, everyWeeks, firstDate });
const datesOf = (r: Round, from: string, to: string, changes = usual): string[] =>
  roundCollections(r, from, to, changes).map(({ date, originalDate }) =>
    originalDate ? `${date}<${originalDate}` : date,
  );

describe('collection dates from a council’s rounds', () => {
  it('runs in a zone that is not London’s', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('America/St_Johns');
  });

  it('every week on the round’s day, across both clock changes', () => {
    // Fridays; the clocks change on Sunday 29 March and Sunday 25 October 2026.
    expect(datesOf(round('2026-01-09'), '2026-03-20', '2026-04-11')).toEqual([
      '2026-03-20',
      '2026-03-27',
      '2026-04-03',
      '2026-04-10',
    ]);
    expect(datesOf(round('2026-01-09'), '2026-10-16', '2026-11-06')).toEqual([
      '2026-10-16',
      '2026-10-23',
      '2026-10-30',
      '2026-11-06',
    ]);
    // Sundays: the clock-change days themselves.
    expect(datesOf(round('2026-03-22'), '2026-03-29', '2026-03-29')).toEqual(['2026-03-29']);
    expect(datesOf(round('2026-10-18'), '2026-10-25', '2026-10-25')).toEqual(['2026-10-25']);
  });

  it('every other week from a known date, before and after it, and over the turn of the year', () => {
    expect(datesOf(round('2026-12-10', 2), '2026-11-25', '2027-01-25')).toEqual([
      '2026-11-26',
      '2026-12-10',
      '2026-12-24',
      '2027-01-07',
      '2027-01-21',
    ]);
    expect(datesOf(round('2026-12-10', 3), '2026-12-01', '2027-02-01')).toEqual([
      '2026-12-10',
      '2026-12-31',
      '2027-01-21',
    ]);
  });

  it('a bank holiday moves its day’s and the rest of its week’s collections a day later, showing the usual day', () => {
    // Easter Monday, 6 April 2026: Monday's to Tuesday, Friday's to Saturday; the week before, Good Friday's to Saturday.
    expect(datesOf(round('2026-03-02'), '2026-03-30', '2026-04-13', withBankHolidays)).toEqual([
      '2026-03-30',
      '2026-04-07<2026-04-06',
      '2026-04-13',
    ]);
    expect(datesOf(round('2026-03-06'), '2026-03-30', '2026-04-17', withBankHolidays)).toEqual([
      '2026-04-04<2026-04-03',
      '2026-04-11<2026-04-10',
      '2026-04-17',
    ]);
    // A collection before the holiday in its week does not move.
    expect(datesOf(round('2026-05-01'), '2026-08-28', '2026-08-28', withBankHolidays)).toEqual(['2026-08-28']);
  });

  it('at Christmas, two holidays in one week move later days two days, never onto a holiday', () => {
    // 2027: Christmas and Boxing Day fall at the weekend, so Monday 27 and Tuesday 28 December are holidays.
    const weekdays = ['2027-12-27', '2027-12-28', '2027-12-29', '2027-12-30', '2027-12-31'];
    const moved = weekdays.map((day) => datesOf(round(day), day, addDays(day, 3), withBankHolidays)[0]);
    expect(moved).toEqual([
      '2027-12-29<2027-12-27',
      '2027-12-30<2027-12-28',
      '2027-12-31<2027-12-29',
      '2028-01-01<2027-12-30',
      '2028-01-02<2027-12-31',
    ]);
  });

  it('a council’s one-off change wins over the bank holiday rule: moved to another day, or none', () => {
    const changes: ScheduleChanges = {
      ...withBankHolidays,
      exceptions: new Map([
        [exceptionKey('R1', '2026-12-25'), '2026-12-24'],
        [exceptionKey('R1', '2027-01-01'), null],
      ]),
    };
    expect(datesOf(round('2026-12-18'), '2026-12-18', '2027-01-08', changes)).toEqual([
      '2026-12-18',
      '2026-12-24<2026-12-25',
      '2027-01-08',
    ]);
  });

  it('gives every collection in the range once, in order, on the round’s day or moved by the rules, whatever the range', () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((n) => addDays('2024-01-01', n));
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 1, max: 4 }),
        day,
        fc.integer({ min: 0, max: 200 }),
        (first, every, from, span) => {
          const to = addDays(from, span);
          const found = roundCollections(round(first, every), from, to, withBankHolidays);
          for (const [index, { date, originalDate }] of found.entries()) {
            expect(daysBetween(from, date)).toBeGreaterThanOrEqual(0);
            expect(daysBetween(date, to)).toBeGreaterThanOrEqual(0);
            const usualDate = originalDate ?? date;
            expect(Math.abs(daysBetween(first, usualDate)) % (7 * every)).toBe(0);
            expect(BANK_HOLIDAYS.includes(date) && originalDate !== null).toBe(false);
            const previous = found[index - 1];
            if (previous) expect(daysBetween(previous.date, date)).toBeGreaterThan(0);
          }
          // With no changes, exactly the round's days in the range.
          const plain = roundCollections(round(first, every), from, to, usual);
          const expected = Array.from({ length: span + 1 }, (_, n) => addDays(from, n)).filter(
            (date) => Math.abs(daysBetween(first, date)) % (7 * every) === 0 && weekday(date) === weekday(first),
          );
          expect(plain.map(({ date }) => date)).toEqual(expected);
        },
      ),
    );
  });

  it('gives what the collections contract serves: grouped days that fit its schema, Welsh labels required', () => {
    const check = openApiSchemaChecker(
      fileURLToPath(new URL('../../openapi/collections.openapi.json', import.meta.url)),
      'PropertyCollections',
    );
    const food: Round = { id: 'R2', service: FAKE_SERVICES.food, everyWeeks: 1, firstDate: '2026-12-21' };
    const collections = [round('2026-12-21', 2), food].flatMap((r) =>
      roundCollections(r, '2026-12-21', '2027-01-10', withBankHolidays),
    );
    const body: PropertyCollections = {
      uprn: '200010019924',
      status: 'ok',
      missingServices: [],
      days: collectionDays(collections, '2026-12-21'),
    };
    expect(body.days.map(({ date, originalDate, services }) => [date, originalDate, services.length])).toEqual([
      ['2026-12-21', null, 2],
      ['2026-12-29', '2026-12-28', 1],
      ['2027-01-04', null, 2],
    ]);
    expect(check(body)).toEqual([]);
    const english = { ...body, days: body.days.map((day) => ({ ...day, services: [{ ...refuse, labelCy: '' }] })) };
    expect(check(english)).not.toEqual([]);
  });
});
