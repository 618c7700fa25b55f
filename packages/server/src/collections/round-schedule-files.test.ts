import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { bankHolidaysOf, readChanges, readRounds, ScheduleFormatError } from './round-schedule-files.js';
import { exceptionKey, roundCollections } from './round-schedule.js';

const ROUNDS = `\uFEFFround,service,label,label_cy,colour,container,every_weeks,first_date
FRI-REFUSE,refuse,Black bin (general waste),Bin du (gwastraff cyffredinol),black,wheelie bin,2,2026-12-04
FRI-FOOD,food,Food caddy,Cadi bwyd,green,caddy,1,2026-12-04
`;

describe('a council’s schedule as spreadsheets', () => {
  it('reads rounds and one-off changes, streamed, and the schedule follows them', async () => {
    const rounds = await readRounds(Readable.from([ROUNDS.slice(0, 60), ROUNDS.slice(60)]));
    expect(rounds.map(({ id, everyWeeks, firstDate }) => [id, everyWeeks, firstDate])).toEqual([
      ['FRI-REFUSE', 2, '2026-12-04'],
      ['FRI-FOOD', 1, '2026-12-04'],
    ]);
    expect(rounds[0]?.service).toEqual({
      id: 'refuse',
      label: 'Black bin (general waste)',
      labelCy: 'Bin du (gwastraff cyffredinol)',
      container: { colour: 'black', type: 'wheelie bin' },
    });
    const exceptions = await readChanges(
      'round,usual_date,moved_to\nFRI-FOOD,2026-12-25,2026-12-24\nFRI-FOOD,2027-01-01,\n',
      rounds,
    );
    expect(exceptions).toEqual(
      new Map([
        [exceptionKey('FRI-FOOD', '2026-12-25'), '2026-12-24'],
        [exceptionKey('FRI-FOOD', '2027-01-01'), null],
      ]),
    );
    const food = rounds[1];
    if (!food) throw new Error('no food round');
    const dates = roundCollections(food, '2026-12-18', '2027-01-08', {
      bankHolidays: [],
      bankHolidayShift: 'none',
      exceptions,
    });
    expect(dates.map(({ date }) => date)).toEqual(['2026-12-18', '2026-12-24', '2027-01-08']);
  });

  it.each([
    [
      'round,service,label,every_weeks,first_date\n',
      'rounds.csv line 1: the header has no label_cy, colour, container column',
    ],
    [
      `${ROUNDS}MON-GARDEN,garden,Brown bin (garden waste),,brown,wheelie bin,2,2026-12-07\n`,
      'rounds.csv line 4: label_cy is empty',
    ],
    [
      `${ROUNDS}MON-GARDEN,garden,Garden,Gardd,brown,bin,two,2026-12-07\n`,
      'rounds.csv line 4: every_weeks must be a whole number of weeks from 1 to 8, not "two"',
    ],
    [
      `${ROUNDS}MON-GARDEN,garden,Garden,Gardd,brown,bin,2,07/12/2026\n`,
      'rounds.csv line 4: first_date must be a date as YYYY-MM-DD, not "07/12/2026"',
    ],
    [
      `${ROUNDS}MON-GARDEN,garden,Garden,Gardd,brown,bin,2,2026-02-30\n`,
      'rounds.csv line 4: first_date must be a date as YYYY-MM-DD, not "2026-02-30"',
    ],
    [`${ROUNDS}FRI-FOOD,food,Food,Bwyd,green,caddy,1,2026-12-04\n`, 'rounds.csv line 4: round FRI-FOOD is given twice'],
    [
      `${ROUNDS}MON-GARDEN,"garden,Garden,Gardd,brown,bin,2,2026-12-07\n`,
      'rounds.csv line 4: not a readable CSV row (CSV_QUOTE_NOT_CLOSED)',
    ],
  ])('stops at a broken rounds file, naming the line and what to put right (%#)', async (file, message) => {
    await expect(readRounds(file)).rejects.toThrow(new ScheduleFormatError(message));
  });

  it('fails, never hangs, when the file cannot be read part way through', async () => {
    const failing = new Readable({
      read() {
        this.push(ROUNDS.slice(0, 80));
        this.destroy(new Error('EIO: the disk went away'));
      },
    });
    await expect(readRounds(failing)).rejects.toThrow('EIO: the disk went away');
  });

  it('stops at a change for a round it does not know, or a date that is not one', async () => {
    const rounds = await readRounds(ROUNDS);
    await expect(readChanges('round,usual_date,moved_to\nTUE-X,2026-12-25,\n', rounds)).rejects.toThrow(
      'changes.csv line 2: no round TUE-X in the rounds file',
    );
    await expect(readChanges('round,usual_date,moved_to\nFRI-FOOD,2026-12-25,Thursday\n', rounds)).rejects.toThrow(
      'changes.csv line 2: moved_to must be a date as YYYY-MM-DD, not "Thursday"',
    );
  });

  it('takes bank holidays from GOV.UK’s bank holidays file, for the council’s part of the UK', () => {
    const json = {
      'england-and-wales': { division: 'england-and-wales', events: [{ title: 'Christmas Day', date: '2026-12-25' }] },
      scotland: { division: 'scotland', events: [{ title: '2nd January', date: '2027-01-04' }] },
    };
    expect(bankHolidaysOf(json)).toEqual(['2026-12-25']);
    expect(bankHolidaysOf(json, 'scotland')).toEqual(['2027-01-04']);
    expect(() => bankHolidaysOf({}, 'wales')).toThrow('bank holidays: no "wales" events');
  });
});
