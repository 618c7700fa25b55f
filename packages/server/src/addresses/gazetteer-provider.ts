import { readFile } from 'node:fs/promises';
import { mergeByUprn, type OsPlacesLpi } from '@council-components/addresses/os-places.js';
import { normalisePostcode } from '@council-components/addresses/postcode.js';
import type { AddressProvider } from './address-provider.js';
import { csvRecords } from './csv-records.js';

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
 * The index keeps the file's text and, for each postcode, where its rows
 * are: rows are only parsed into addresses when asked for.
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

export class GazetteerFormatError extends Error {
  override name = 'GazetteerFormatError';
}

export class GazetteerIndex {
  readonly #text: string;
  readonly #columns: ReadonlyMap<Column, number>;
  /** Postcode → [start, end, start, end, …] offsets of its rows in the text. */
  readonly #rows = new Map<string, number[]>();
  readonly #addressCount: number;

  private constructor(text: string, columns: ReadonlyMap<Column, number>, bodyStart: number) {
    this.#text = text;
    this.#columns = columns;
    const postcodeColumn = columns.get('POSTCODE_LOCATOR') ?? 0;
    let count = 0;
    for (const record of csvRecords(text, bodyStart)) {
      const postcode = normalisePostcode(record.fields[postcodeColumn] ?? '');
      if (postcode === '') continue;
      let offsets = this.#rows.get(postcode);
      if (!offsets) {
        offsets = [];
        this.#rows.set(postcode, offsets);
      }
      offsets.push(record.start, record.end);
      count += 1;
    }
    this.#addressCount = count;
  }

  static fromText(withBom: string): GazetteerIndex {
    const text = withBom.replace(/^\uFEFF/, '');
    const header = csvRecords(text).next();
    if (header.done) throw new GazetteerFormatError('The gazetteer file is empty');
    const names = header.value.fields.map((name) => name.trim().toUpperCase());
    const columns = new Map<Column, number>();
    for (const column of [...REQUIRED, ...OPTIONAL]) {
      const index = names.indexOf(column);
      if (index !== -1) columns.set(column, index);
    }
    const missing = REQUIRED.filter((column) => !columns.has(column));
    if (missing.length > 0) throw new GazetteerFormatError(`The gazetteer file has no ${missing.join(', ')} column`);
    return new GazetteerIndex(text, columns, header.value.end);
  }

  static async fromFile(path: string): Promise<GazetteerIndex> {
    return GazetteerIndex.fromText(await readFile(path, 'utf8'));
  }

  /** Rows (LPI-shaped records) at a normalised postcode. */
  recordsAt(postcode: string): OsPlacesLpi[] {
    const offsets = this.#rows.get(postcode) ?? [];
    const records: OsPlacesLpi[] = [];
    for (let i = 0; i < offsets.length; i += 2) {
      const row = csvRecords(this.#text.slice(offsets[i], offsets[i + 1])).next();
      if (!row.done) records.push(this.#toLpi(row.value.fields));
    }
    return records;
  }

  get addressCount(): number {
    return this.#addressCount;
  }

  get postcodeCount(): number {
    return this.#rows.size;
  }

  #toLpi(fields: string[]): OsPlacesLpi {
    const get = (column: Column): string | undefined => {
      const index = this.#columns.get(column);
      const value = index === undefined ? undefined : fields[index]?.trim();
      return value === '' ? undefined : value;
    };
    const latitude = Number(get('LATITUDE'));
    const longitude = Number(get('LONGITUDE'));
    const record: OsPlacesLpi = { UPRN: get('UPRN') ?? '' };
    for (const column of [...REQUIRED, ...OPTIONAL]) {
      if (column === 'LATITUDE' || column === 'LONGITUDE' || column === 'UPRN') continue;
      const value = get(column);
      if (value !== undefined) record[column] = value;
    }
    if (Number.isFinite(latitude) && Number.isFinite(longitude) && get('LATITUDE') && get('LONGITUDE')) {
      record.LAT = latitude;
      record.LNG = longitude;
    }
    return record;
  }
}

export function createGazetteerProvider(index: GazetteerIndex): AddressProvider {
  return {
    name: 'gazetteer',
    find(postcode, { language }) {
      return Promise.resolve(
        mergeByUprn(
          index.recordsAt(postcode).map((LPI) => ({ LPI })),
          language,
        ),
      );
    },
  };
}
