import { open, type FileHandle } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { CsvError, parse, type Info, type Options } from 'csv-parse';
import { parse as parseNow } from 'csv-parse/sync';
import { mergeByUprn, type OsPlacesLpi } from '@council-components/addresses/os-places.js';
import { normalisePostcode } from '@council-components/addresses/postcode.js';
import type { AddressProvider } from './address-provider.js';
import {
  describeSkipped,
  duplicateKeyOf,
  GazetteerFormatError,
  rowProblem,
  unreadableRowProblem,
  type GazetteerLoadReport,
  type RowValues,
  type SkippedRow,
} from './gazetteer-rows.js';

export { GazetteerFormatError, type GazetteerLoadReport } from './gazetteer-rows.js';

/**
 * A council's own gazetteer (an LLPG or AddressBase export) as CSV, so a
 * council without any address vendor can still run the address lookup.
 *
 * Columns follow AddressBase's LPI names; order does not matter, names are
 * case-insensitive. Required: UPRN, STREET_DESCRIPTION, TOWN_NAME,
 * POSTCODE_LOCATOR. Optional: ORGANISATION, SAO_START_NUMBER,
 * SAO_START_SUFFIX, SAO_END_NUMBER, SAO_END_SUFFIX, SAO_TEXT,
 * PAO_START_NUMBER, PAO_START_SUFFIX, PAO_END_NUMBER, PAO_END_SUFFIX,
 * PAO_TEXT, LOCALITY_NAME, ADMINISTRATIVE_AREA, LATITUDE, LONGITUDE,
 * LANGUAGE (EN or CY; both records of a UPRN may be present),
 * LPI_LOGICAL_STATUS_CODE and CLASSIFICATION_CODE (historical records, parent
 * shells and street records are left out).
 *
 * The file is read as a stream (csv-parse), so its size is bounded by the
 * disk, not by memory: the index keeps, for each postcode, where its rows are
 * in the file, and reads and parses them only when asked for. What makes a
 * file unreadable fails the load, naming the line; rows that cannot be used
 * are left out and counted (`gazetteer-rows.ts`).
 */
const REQUIRED = ['UPRN', 'STREET_DESCRIPTION', 'TOWN_NAME', 'POSTCODE_LOCATOR'] as const;
const OPTIONAL = [
  'ORGANISATION',
  'SAO_START_NUMBER',
  'SAO_START_SUFFIX',
  'SAO_END_NUMBER',
  'SAO_END_SUFFIX',
  'SAO_TEXT',
  'PAO_START_NUMBER',
  'PAO_START_SUFFIX',
  'PAO_END_NUMBER',
  'PAO_END_SUFFIX',
  'PAO_TEXT',
  'LOCALITY_NAME',
  'ADMINISTRATIVE_AREA',
  'LATITUDE',
  'LONGITUDE',
  'LANGUAGE',
  'LPI_LOGICAL_STATUS_CODE',
  'CLASSIFICATION_CODE',
] as const;
type Column = (typeof REQUIRED)[number] | (typeof OPTIONAL)[number];

/** The longest row read: longer means a quote was left open and is swallowing the rows after it. */
const MAX_ROW_BYTES = 64 * 1024;
/** Rows of one postcode compared one by one for duplicates; past this, a set is kept for the postcode. */
const LINEAR_DUPLICATE_CHECK = 32;
/** Lines of each kind of skipped row kept for the report. */
const REPORTED_LINES = 5;

const CSV_OPTIONS = {
  bom: true,
  skip_empty_lines: true,
  relax_column_count_less: true,
  max_record_size: MAX_ROW_BYTES,
} as const satisfies Options;

/** Where a gazetteer's bytes are: read back, one row's range at a time, when a postcode is asked for. */
interface ByteSource {
  read(start: number, end: number): Promise<Buffer>;
  close(): Promise<void>;
}

const bufferSource = (bytes: Buffer): ByteSource => ({
  read: (start, end) => Promise.resolve(bytes.subarray(start, end)),
  close: () => Promise.resolve(),
});

const fileSource = (handle: FileHandle): ByteSource => ({
  async read(start, end) {
    const buffer = Buffer.alloc(end - start);
    const { bytesRead } = await handle.read(buffer, 0, buffer.byteLength, start);
    return buffer.subarray(0, bytesRead);
  },
  close: () => handle.close(),
});

export interface GazetteerLoadOptions {
  /** Told, once loading ends, when rows were left out. Default: one console warning. */
  onWarning?: (message: string, report: GazetteerLoadReport) => void;
}

export class GazetteerIndex {
  readonly #source: ByteSource;
  readonly #columns: ReadonlyMap<Column, number>;
  /** Postcode → [start, end, start, end, …] byte ranges of its rows in the source. */
  readonly #rows: ReadonlyMap<string, readonly number[]>;
  /** What loading kept and left out. */
  readonly report: GazetteerLoadReport;

  private constructor(source: ByteSource, built: IndexBuilder) {
    this.#source = source;
    this.#columns = built.columns ?? new Map();
    this.#rows = built.rows;
    this.report = built.report();
  }

  /** A gazetteer already in memory (tests, the sandbox, a small council's file). */
  static fromText(text: string | Uint8Array, options: GazetteerLoadOptions = {}): GazetteerIndex {
    const bytes =
      typeof text === 'string' ? Buffer.from(text) : Buffer.from(text.buffer, text.byteOffset, text.byteLength);
    refuseUtf16(bytes);
    const builder = new IndexBuilder();
    try {
      parseNow(bytes, builder.options);
    } catch (error) {
      throw builder.explain(error);
    }
    return GazetteerIndex.#finish(bufferSource(bytes), builder, options);
  }

  /** A gazetteer file, streamed: a file of any size loads in memory proportional to its rows' positions. */
  static async fromFile(path: string, options: GazetteerLoadOptions = {}): Promise<GazetteerIndex> {
    const builder = new IndexBuilder();
    const handle = await open(path);
    try {
      const first = Buffer.alloc(4);
      await handle.read(first, 0, 4, 0);
      refuseUtf16(first);
      try {
        // Every row goes to the builder as it is parsed (`on_record`); none is kept to be read here.
        const parser = parse(builder.options);
        parser.resume();
        await pipeline(handle.createReadStream({ start: 0, autoClose: false }), parser);
      } catch (error) {
        throw builder.explain(error);
      }
      return GazetteerIndex.#finish(fileSource(handle), builder, options);
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  static #finish(source: ByteSource, builder: IndexBuilder, options: GazetteerLoadOptions): GazetteerIndex {
    if (!builder.columns) throw new GazetteerFormatError('The gazetteer file is empty');
    const index = new GazetteerIndex(source, builder);
    const warning = describeSkipped(index.report);
    if (warning !== undefined) {
      (options.onWarning ?? ((message: string) => console.warn(`[council-components/server] ${message}`)))(
        warning,
        index.report,
      );
    }
    if (index.report.addresses === 0) {
      throw new GazetteerFormatError(
        warning === undefined
          ? 'The gazetteer file has a header but no address rows'
          : `The gazetteer file has no usable address rows. ${warning}`,
      );
    }
    return index;
  }

  /** Rows (LPI-shaped records) at a normalised postcode: neighbouring rows are read together. */
  async recordsAt(postcode: string): Promise<OsPlacesLpi[]> {
    const ranges = this.#rows.get(postcode) ?? [];
    const reads: Promise<Buffer>[] = [];
    for (let i = 0; i < ranges.length;) {
      const start = ranges[i] ?? 0;
      let end = ranges[i + 1] ?? 0;
      i += 2;
      while (i < ranges.length && ranges[i] === end) {
        end = ranges[i + 1] ?? end;
        i += 2;
      }
      reads.push(this.#source.read(start, end));
    }
    const records: OsPlacesLpi[] = [];
    for (const bytes of await Promise.all(reads)) {
      for (const fields of parseNow(bytes, CSV_OPTIONS)) records.push(this.#toLpi(fields));
    }
    return records;
  }

  get addressCount(): number {
    return this.report.addresses;
  }

  get postcodeCount(): number {
    return this.report.postcodes;
  }

  /** Closes the file a gazetteer loaded with `fromFile` reads from (when replacing it with a newer file). */
  close(): Promise<void> {
    return this.#source.close();
  }

  #toLpi(fields: readonly string[]): OsPlacesLpi {
    const get = (column: Column): string | undefined => valueOf(this.#columns, fields, column);
    const latitude = Number(get('LATITUDE'));
    const longitude = Number(get('LONGITUDE'));
    const record: OsPlacesLpi = { UPRN: get('UPRN') ?? '' };
    for (const column of [...REQUIRED, ...OPTIONAL]) {
      if (column === 'LATITUDE' || column === 'LONGITUDE' || column === 'UPRN') continue;
      const value = get(column);
      if (value !== undefined) record[column] = value;
    }
    if (get('LATITUDE') && get('LONGITUDE') && Number.isFinite(latitude) && Number.isFinite(longitude)) {
      record.LAT = latitude;
      record.LNG = longitude;
    }
    return record;
  }
}

/** A field's value, trimmed, with line breaks and tabs inside it made spaces; undefined when empty. */
function valueOf(columns: ReadonlyMap<Column, number>, fields: readonly string[], column: Column): string | undefined {
  const index = columns.get(column);
  const value = index === undefined ? undefined : fields[index]?.replace(/\s+/g, ' ').trim();
  return value === '' ? undefined : value;
}

function refuseUtf16(start: Uint8Array): void {
  if ((start[0] === 0xff && start[1] === 0xfe) || (start[0] === 0xfe && start[1] === 0xff)) {
    throw new GazetteerFormatError('The gazetteer file is UTF-16: save it as CSV UTF-8 (in Excel, "CSV UTF-8")');
  }
}

/** Reads rows as they stream in, checking each, and keeps where each postcode's rows are. */
class IndexBuilder {
  columns: Map<Column, number> | undefined;
  readonly rows = new Map<string, number[]>();
  readonly #keys = new Map<string, number[]>();
  readonly #keySets = new Map<string, Set<number>>();
  readonly #skipped: GazetteerLoadReport['skipped'] = {};
  #addresses = 0;
  #previousEnd = 0;
  #previousLine = 0;

  /** csv-parse's options, handing each row to `add` as it is parsed and keeping none. */
  readonly options: Options = {
    ...CSV_OPTIONS,
    on_record: (fields: string[], info: Info) => {
      this.add(fields, info);
      return null;
    },
  };

  add(fields: string[], info: Info): void {
    const start = this.#previousEnd;
    this.#previousEnd = info.bytes;
    const line = this.#previousLine + 1;
    this.#previousLine = info.lines;
    const unreadable = unreadableRowProblem(fields);
    if (unreadable !== undefined) throw new GazetteerFormatError(`Line ${line} of the gazetteer file ${unreadable}`);
    const { columns } = this;
    if (!columns) {
      this.columns = columnsOf(fields);
      return;
    }
    const get = (column: Column): string => valueOf(columns, fields, column) ?? '';
    const values: RowValues = {
      uprn: get('UPRN'),
      postcode: normalisePostcode(get('POSTCODE_LOCATOR')),
      street: get('STREET_DESCRIPTION'),
      town: get('TOWN_NAME'),
      language: get('LANGUAGE'),
      status: get('LPI_LOGICAL_STATUS_CODE'),
    };
    const problem = rowProblem(fields, values);
    if (problem !== undefined) return this.#skip(problem, line);
    const { postcode } = values;
    if (this.#isDuplicate(postcode, duplicateKeyOf(values))) return this.#skip('duplicate-uprn', line);
    let ranges = this.rows.get(postcode);
    if (!ranges) {
      ranges = [];
      this.rows.set(postcode, ranges);
    }
    ranges.push(start, info.bytes);
    this.#addresses += 1;
  }

  /** A csv-parse error as a message naming the line and what to do about it. */
  explain(error: unknown): Error {
    if (!(error instanceof CsvError)) return error instanceof Error ? error : new Error(String(error));
    const next = this.#previousLine + 1;
    const at = (error as CsvError & { lines?: number }).lines ?? next;
    switch (error.code) {
      case 'CSV_QUOTE_NOT_CLOSED':
      case 'CSV_MAX_RECORD_SIZE':
        return new GazetteerFormatError(
          `Line ${next} of the gazetteer file opens a quoted field (") that is never closed, so the rows after it cannot be read`,
        );
      case 'INVALID_OPENING_QUOTE':
      case 'CSV_INVALID_CLOSING_QUOTE':
        return new GazetteerFormatError(
          `Line ${at} of the gazetteer file has a quote (") inside a field: quote the whole field and double the quote ("")`,
        );
      case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
        return new GazetteerFormatError(`Line ${at} of the gazetteer file has more fields than its header`);
      default:
        return new GazetteerFormatError(`Line ${at} of the gazetteer file cannot be read: ${error.message}`);
    }
  }

  report(): GazetteerLoadReport {
    return { addresses: this.#addresses, postcodes: this.rows.size, skipped: this.#skipped };
  }

  #skip(reason: SkippedRow, line: number): void {
    const found = (this.#skipped[reason] ??= { rows: 0, firstLines: [] });
    found.rows += 1;
    if (found.firstLines.length < REPORTED_LINES) found.firstLines.push(line);
  }

  #isDuplicate(postcode: string, key: number): boolean {
    const set = this.#keySets.get(postcode);
    if (set) {
      if (set.has(key)) return true;
      set.add(key);
      return false;
    }
    let keys = this.#keys.get(postcode);
    if (!keys) {
      keys = [];
      this.#keys.set(postcode, keys);
    }
    if (keys.includes(key)) return true;
    keys.push(key);
    if (keys.length > LINEAR_DUPLICATE_CHECK) {
      this.#keySets.set(postcode, new Set(keys));
      this.#keys.delete(postcode);
    }
    return false;
  }
}

function columnsOf(header: readonly string[]): Map<Column, number> {
  const names = header.map((name) => name.trim().toUpperCase());
  const columns = new Map<Column, number>();
  for (const column of [...REQUIRED, ...OPTIONAL]) {
    const index = names.indexOf(column);
    if (index !== -1) columns.set(column, index);
  }
  const missing = REQUIRED.filter((column) => !columns.has(column));
  if (missing.length > 0) throw new GazetteerFormatError(`The gazetteer file has no ${missing.join(', ')} column`);
  return columns;
}

export function createGazetteerProvider(index: GazetteerIndex): AddressProvider {
  return {
    name: 'gazetteer',
    async find(postcode, { language }) {
      return mergeByUprn(
        (await index.recordsAt(postcode)).map((LPI) => ({ LPI })),
        language,
      );
    },
  };
}
