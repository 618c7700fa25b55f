import { fakeProperties } from './fake-properties.ts';

const quote = (value: string | undefined): string =>
  value === undefined ? '' : /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

/**
 * The fake properties as a council's LLPG export, for the gazetteer source:
 * English and Welsh rows, quoted fields where they hold commas or quotes.
 * Exports from Windows tools start with a byte-order mark and end lines with CRLF.
 */
export function fakeGazetteerCsv(options: { bom?: boolean; lineEnding?: '\n' | '\r\n' } = {}): string {
  const header =
    'UPRN,ORGANISATION,SAO_TEXT,SAO_START_NUMBER,PAO_START_NUMBER,PAO_START_SUFFIX,PAO_TEXT,STREET_DESCRIPTION,LOCALITY_NAME,TOWN_NAME,POSTCODE_LOCATOR,LATITUDE,LONGITUDE,LANGUAGE,LPI_LOGICAL_STATUS_CODE,CLASSIFICATION_CODE';
  const rows: string[] = [];
  for (const property of fakeProperties) {
    const flat = property.subBuilding?.match(/^(\D*?)\s*(\d+)$/);
    for (const welsh of property.welsh ? [false, true] : [false]) {
      rows.push(
        [
          property.uprn,
          property.organisation,
          flat?.[1] ?? property.subBuilding,
          flat?.[2],
          property.buildingNumber?.replace(/\D+$/, ''),
          property.buildingNumber?.replace(/^\d+/, ''),
          property.buildingName,
          welsh ? property.welsh?.street : property.street,
          property.locality,
          welsh ? property.welsh?.town : property.town,
          property.postcode,
          String(property.latitude),
          String(property.longitude),
          welsh ? 'CY' : 'EN',
          property.lpiStatus ?? (property.gazetteerOnly ? '6' : '1'),
          property.classification ?? (property.organisation ? 'CO01' : 'RD04'),
        ]
          .map(quote)
          .join(','),
      );
    }
  }
  const end = options.lineEnding ?? '\n';
  return `${options.bom ? '\uFEFF' : ''}${header}${end}${rows.join(end)}${end}`;
}
