/**
 * A small LLPG-style CSV in the column layout councils export, for the
 * gazetteer and handler tests: Welsh and English records of one UPRN, a
 * block of flats, quoted fields with commas and apostrophes, a BOM.
 */
const HEADER =
  'UPRN,ORGANISATION,SAO_START_NUMBER,SAO_TEXT,PAO_START_NUMBER,PAO_START_SUFFIX,PAO_TEXT,STREET_DESCRIPTION,LOCALITY_NAME,TOWN_NAME,ADMINISTRATIVE_AREA,POSTCODE_LOCATOR,LATITUDE,LONGITUDE,LANGUAGE';

export function gazetteerCsv(): string {
  const rows = [
    '100100000001,,,,1,,,CASTLE STREET,,SWANSEA,SWANSEA,SA1 1DP,51.6214,-3.9436,EN',
    '100100000001,,,,1,,,STRYD Y CASTELL,,ABERTAWE,ABERTAWE,SA1 1DP,51.6214,-3.9436,CY',
    '100100000002,"MARKS & SPENCER, FOODHALL",,,2,A,,CASTLE STREET,,SWANSEA,SWANSEA,sa11dp,51.6215,-3.9437,EN',
    '100100000003,,,,,,"ST. JOHN\'S COURT",CASTLE STREET,,SWANSEA,SWANSEA,SA1 1DP,,,EN',
    ...[10, 2, 1, 11].map(
      (flat) =>
        `1001000001${String(flat).padStart(2, '0')},,${flat},FLAT,,,HARBOUR VIEW,QUAY STREET,,SWANSEA,SWANSEA,SA1 1QS,,,EN`,
    ),
  ];
  return `\uFEFF${HEADER}\r\n${rows.join('\r\n')}\r\n`;
}
