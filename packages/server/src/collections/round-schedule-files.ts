import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CsvError, parse } from 'csv-parse';
import { isLocalDate, partsOf, type LocalDate } from '@council-components/collections/local-date.js';
import { exceptionKey, type Round } from './round-schedule.js';

/**
 * A council's schedule as spreadsheets (CSV, UTF-8, a header row), read as streams (csv-parse):
 *
 * - rounds: `round,service,label,label_cy,colour,container,every_weeks,first_date`: one row per round; the Welsh
 *   label is required, as every string residents see is (Welsh Language Standards).
 * - changes: `round,usual_date,moved_to`: one-off changes; `moved_to` empty for no collection that day.
 *
 * Anything wrong stops the load with the file, the line and what to put right: a schedule that is half read
 * would tell residents the wrong day.
 */
export class ScheduleFormatError extends Error {
  override name = 'ScheduleFormatError';
}

const ROUND_COLUMNS = [
  'round',
  'service',
  'label',
  'label_cy',
  'colour',
  'container',
  'every_weeks',
  'first_date',
] as const;
const CHANGE_COLUMNS = ['round', 'usual_date', 'moved_to'] as const;
const MAX_ROW_BYTES = 4096;

type Row<C extends string> = Readonly<Record<C, string>>;

async function* rowsOf<C extends string>(
  file: string,
  source: Readable | string,
  columns: readonly C[],
): AsyncGenerator<{ line: number; row: Row<C> }> {
  const parser = parse({
    bom: true,
    trim: true,
    skip_empty_lines: true,
    max_record_size: MAX_ROW_BYTES,
    info: true,
    columns: (header: string[]) => {
      const missing = columns.filter((column) => !header.includes(column));
      if (missing.length > 0) {
        throw new ScheduleFormatError(`${file} line 1: the header has no ${missing.join(', ')} column`);
      }
      return header;
    },
  });
  // A source that fails (a file that cannot be read) fails the parser too, so reading it never hangs.
  pipeline(typeof source === 'string' ? Readable.from([source]) : source, parser).catch(() => undefined);
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: Row<C>; info: { lines: number } }>) {
      yield { line: info.lines, row: record };
    }
  } catch (error) {
    if (error instanceof ScheduleFormatError) throw error;
    if (error instanceof CsvError) {
      const at = (error as CsvError & { lines?: number }).lines;
      throw new ScheduleFormatError(`${file} line ${String(at ?? '?')}: not a readable CSV row (${error.code})`, {
        cause: error,
      });
    }
    throw error;
  }
}

function date(file: string, line: number, column: string, value: string): LocalDate {
  if (partsOf(value)) return value;
  throw new ScheduleFormatError(`${file} line ${String(line)}: ${column} must be a date as YYYY-MM-DD, not "${value}"`);
}

/** The council's rounds, from its rounds file. */
export async function readRounds(source: Readable | string, file = 'rounds.csv'): Promise<Round[]> {
  const rounds: Round[] = [];
  const seen = new Set<string>();
  for await (const { line, row } of rowsOf(file, source, ROUND_COLUMNS)) {
    const at = `${file} line ${String(line)}`;
    for (const column of ['round', 'service', 'label', 'label_cy'] as const) {
      if (!row[column]) throw new ScheduleFormatError(`${at}: ${column} is empty`);
    }
    if (seen.has(row.round)) throw new ScheduleFormatError(`${at}: round ${row.round} is given twice`);
    seen.add(row.round);
    const everyWeeks = Number(row.every_weeks);
    if (!/^\d+$/.test(row.every_weeks) || everyWeeks < 1 || everyWeeks > 8) {
      throw new ScheduleFormatError(
        `${at}: every_weeks must be a whole number of weeks from 1 to 8, not "${row.every_weeks}"`,
      );
    }
    rounds.push({
      id: row.round,
      service: {
        id: row.service,
        label: row.label,
        labelCy: row.label_cy,
        container: { colour: row.colour || null, type: row.container || null },
      },
      everyWeeks,
      firstDate: date(file, line, 'first_date', row.first_date),
    });
  }
  return rounds;
}

/** One-off changes, by round and usual date, for `ScheduleChanges.exceptions`. Rounds must be known. */
export async function readChanges(
  source: Readable | string,
  rounds: readonly Round[],
  file = 'changes.csv',
): Promise<Map<string, LocalDate | null>> {
  const known = new Set(rounds.map(({ id }) => id));
  const changes = new Map<string, LocalDate | null>();
  for await (const { line, row } of rowsOf(file, source, CHANGE_COLUMNS)) {
    if (!known.has(row.round)) {
      throw new ScheduleFormatError(`${file} line ${String(line)}: no round ${row.round} in the rounds file`);
    }
    const usual = date(file, line, 'usual_date', row.usual_date);
    changes.set(exceptionKey(row.round, usual), row.moved_to ? date(file, line, 'moved_to', row.moved_to) : null);
  }
  return changes;
}

/** The dates of one division of GOV.UK's bank holidays file (`https://www.gov.uk/bank-holidays.json`). */
export function bankHolidaysOf(json: unknown, division = 'england-and-wales'): LocalDate[] {
  const events: unknown = Reflect.get(Object(Reflect.get(Object(json), division)), 'events');
  if (!Array.isArray(events)) throw new ScheduleFormatError(`bank holidays: no "${division}" events`);
  return events.map((event: unknown) => {
    const value: unknown = Reflect.get(Object(event), 'date');
    if (!isLocalDate(value)) throw new ScheduleFormatError(`bank holidays: "${String(value)}" is not a date`);
    return value;
  });
}
