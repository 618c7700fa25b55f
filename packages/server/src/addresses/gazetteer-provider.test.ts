import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fakeGazetteerCsv } from '@council-components/testing/fakes/fake-gazetteer-csv.js';
import { fakeProperties } from '@council-components/testing/fakes/fake-properties.js';
import {
  createGazetteerProvider,
  GazetteerFormatError,
  GazetteerIndex,
  type GazetteerLoadReport,
} from './gazetteer-provider.js';

const signal = new AbortController().signal;

describe('the council gazetteer provider', () => {
  // As Windows tools export it: a byte-order mark and CRLF line endings.
  const index = GazetteerIndex.fromText(fakeGazetteerCsv({ bom: true, lineEnding: '\r\n' }));
  const provider = createGazetteerProvider(index);

  it('indexes every row by normalised postcode', () => {
    const rows = fakeProperties.reduce((count, property) => count + (property.welsh ? 2 : 1), 0);
    expect(index.addressCount).toBe(rows);
    expect(index.postcodeCount).toBe(new Set(fakeProperties.map((property) => property.postcode)).size);
  });

  it('answers a postcode with one address per UPRN, in the resident’s language', async () => {
    const english = await provider.find('SA1 1DP', { language: 'en', signal });
    expect(english.map((a) => [a.uprn, a.organisation, a.lines[0], a.town])).toEqual([
      ['100100000001', null, '1 Castle Street', 'Swansea'],
      ['100100000002', 'Marks & Spencer', '2 Castle Street', 'Swansea'],
      ['100100000003', null, "Flat 1, St. John's Court, Castle Street", 'Swansea'],
      // A quoted field with a comma in it.
      [
        '100100000004',
        null,
        'The Old Coach House, At the Bottom of the Long and Winding Hill, 3 Castle Street',
        'Swansea',
      ],
    ]);
    const welsh = await provider.find('SA1 1DP', { language: 'cy', signal });
    expect(welsh[0]).toMatchObject({ lines: ['1 Stryd y Castell'], town: 'Abertawe', language: 'cy' });
    expect(english[0]?.coordinates).toEqual({ latitude: 51.6214, longitude: -3.9436 });
  });

  it('leaves out records no resident lives at: historical streets and whole blocks', async () => {
    const adanac = await provider.find('SO16 0AS', { language: 'en', signal });
    expect(adanac.map((a) => a.uprn)).not.toContain('200010019950');
    const block = await provider.find('SO14 3HV', { language: 'en', signal });
    expect(block).toHaveLength(130);
    expect(block.map((a) => a.uprn)).not.toContain('100090000000');
  });

  it('answers an unknown postcode with no addresses', async () => {
    expect(await provider.find('ZZ1 1ZZ', { language: 'en', signal })).toEqual([]);
  });

  it('refuses a file without the required columns, naming them', () => {
    expect(() => GazetteerIndex.fromText('UPRN,TOWN_NAME\n1,X\n')).toThrow(GazetteerFormatError);
    expect(() => GazetteerIndex.fromText('UPRN,TOWN_NAME\n1,X\n')).toThrow('STREET_DESCRIPTION, POSTCODE_LOCATOR');
    expect(() => GazetteerIndex.fromText('')).toThrow('empty');
  });
});

const HEADER = 'UPRN,PAO_START_NUMBER,STREET_DESCRIPTION,TOWN_NAME,POSTCODE_LOCATOR,LANGUAGE';
/** A file of `count` good rows, numbered from line 2, at postcodes SA1 1AA, SA1 1AB, …; `change` rewrites some. */
function gazetteer(count: number, change: (row: string, line: number) => string = (row) => row): string {
  const rows = Array.from({ length: count }, (_, n) =>
    change(`${100_000_000 + n},${n + 1},CASTLE STREET,SWANSEA,SA1 1A${String.fromCharCode(65 + (n % 26))},EN`, n + 2),
  );
  return `${HEADER}\n${rows.join('\n')}\n`;
}
const loading = (text: string | Uint8Array) => {
  const warnings: string[] = [];
  const index = GazetteerIndex.fromText(text, { onWarning: (message) => warnings.push(message) });
  return { index, warnings, report: index.report };
};

describe('5. a fault in a gazetteer file fails the load naming the line, or warns with counts', () => {
  const directory = mkdtempSync(join(tmpdir(), 'gazetteer-test-'));
  afterAll(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  it('a stray quote that is never closed fails the load at its line, instead of dropping the rest', () => {
    const text = gazetteer(1_000, (row, line) => (line === 3 ? row.replace('CASTLE', '"CASTLE') : row));
    expect(() => GazetteerIndex.fromText(text)).toThrow(GazetteerFormatError);
    expect(() => GazetteerIndex.fromText(text)).toThrow(/^Line 3 of the gazetteer file opens a quoted field/);
    // A quote inside a field that is not quoted.
    const inside = gazetteer(10, (row, line) => (line === 7 ? row.replace('CASTLE', 'O"NEILL') : row));
    expect(() => GazetteerIndex.fromText(inside)).toThrow(/^Line 7 .*quote the whole field/);
  });

  it('a row with more fields than the header fails the load at its line', () => {
    expect(() => GazetteerIndex.fromText(gazetteer(5, (row, line) => (line === 4 ? `${row},x` : row)))).toThrow(
      /^Line 4 .*more fields than its header/,
    );
  });

  it('a duplicate UPRN at one postcode is left out and counted, naming its line', async () => {
    const text = `${gazetteer(3)}100000000,1,CASTLE STREET,SWANSEA,SA1 1AA,EN\n`;
    const { index, warnings, report } = loading(text);
    expect(report).toEqual<GazetteerLoadReport>({
      addresses: 3,
      postcodes: 3,
      skipped: { 'duplicate-uprn': { rows: 1, firstLines: [5] } },
    });
    expect(warnings).toEqual([
      'The gazetteer file loaded with rows left out: 1 row(s) repeat a UPRN already given at their postcode, in the same language and status (the first is used) (line 5).',
    ]);
    expect(await index.recordsAt('SA1 1AA')).toHaveLength(1);
    // The Welsh record of the same property is not a duplicate.
    expect(loading(`${gazetteer(1)}100000000,1,STRYD Y CASTELL,ABERTAWE,SA1 1AA,CY\n`).report.addresses).toBe(2);
  });

  it('invalid UTF-8 fails the load at its line', () => {
    const bytes = Buffer.concat([
      Buffer.from(`${HEADER}\n100000001,1,CASTLE STREET,SWANSEA,SA1 1AA,EN\n100000002,2,`),
      Buffer.from([0xc3, 0x28]),
      Buffer.from(' STREET,SWANSEA,SA1 1AA,EN\n'),
    ]);
    expect(() => GazetteerIndex.fromText(bytes)).toThrow(/^Line 3 of the gazetteer file is not valid UTF-8/);
  });

  it('UTF-16, with or without a byte-order mark, fails the load saying to save as UTF-8', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(gazetteer(2), 'utf16le')]);
    expect(() => GazetteerIndex.fromText(utf16)).toThrow(/UTF-16: save it as CSV UTF-8/);
    const file = join(directory, 'utf16.csv');
    writeFileSync(file, utf16);
    await expect(GazetteerIndex.fromFile(file)).rejects.toThrow(/UTF-16/);
    expect(() => GazetteerIndex.fromText(Buffer.from(gazetteer(2), 'utf16le'))).toThrow(
      /^Line 1 .*NUL character: is the file UTF-16/,
    );
  });

  it('a NUL fails the load; other control characters leave their row out, counted', () => {
    expect(() => GazetteerIndex.fromText(gazetteer(5, (row, line) => (line === 4 ? `${row}\u0000` : row)))).toThrow(
      /^Line 4 .*NUL/,
    );
    const { report, warnings } = loading(
      gazetteer(5, (row, line) => (line === 3 || line === 6 ? row.replace('CASTLE', 'CAS\u0007TLE') : row)),
    );
    expect(report.addresses).toBe(3);
    expect(report.skipped).toEqual({ 'control-characters': { rows: 2, firstLines: [3, 6] } });
    expect(warnings[0]).toContain('2 row(s) hold control characters (a broken export) (line 3, 6)');
  });

  it('rows with no UPRN, a UPRN that is not one, or no full postcode are left out, counted', () => {
    const { report } = loading(
      gazetteer(6, (row, line) => {
        if (line === 2) return row.replace('100000000', '');
        if (line === 3) return row.replace('100000001', 'undefined');
        if (line === 4) return row.replace(/SA1 1A./, 'SA1');
        return row;
      }),
    );
    expect(report.addresses).toBe(3);
    expect(report.skipped).toEqual({
      'missing-value': { rows: 1, firstLines: [2] },
      'invalid-uprn': { rows: 1, firstLines: [3] },
      'invalid-postcode': { rows: 1, firstLines: [4] },
    });
  });

  it('a header with no rows, or rows none of which can be used, fails the load', () => {
    expect(() => GazetteerIndex.fromText(`${HEADER}\n`)).toThrow('The gazetteer file has a header but no address rows');
    expect(() =>
      GazetteerIndex.fromText(
        gazetteer(2, (row) => row.replace(/^\d+/, 'x')),
        { onWarning: () => undefined },
      ),
    ).toThrow(/no usable address rows.*2 row\(s\) have a UPRN that is not 1 to 12 digits/);
  });

  it('line breaks and tabs inside a quoted field become spaces in the address', async () => {
    const { index } = loading(gazetteer(1, (row) => row.replace('CASTLE STREET', '"CASTLE\r\n\tSTREET"')));
    expect((await index.recordsAt('SA1 1AA'))[0]?.STREET_DESCRIPTION).toBe('CASTLE STREET');
  });

  it('streams a file from disk, holding its rows’ positions rather than its text', async () => {
    const file = join(directory, 'large.csv');
    const out = createWriteStream(file);
    out.write(`${HEADER},PAO_TEXT\n`);
    const filler = 'THE OLD SCHOOL HOUSE '.repeat(40);
    let bytes = 0;
    let rows = 0;
    // 96 MiB: the text alone would be 96 MiB of heap; the index of its 110,000 rows is a few.
    while (bytes < 96 * 1024 * 1024) {
      const row = `${100_000_000 + rows},${rows % 200},CASTLE STREET,SWANSEA,SA${1 + (rows % 9)} ${rows % 10}AA,EN,${filler}\n`;
      bytes += row.length;
      rows += 1;
      if (!out.write(row)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
    const before = process.memoryUsage();
    const index = await GazetteerIndex.fromFile(file);
    const after = process.memoryUsage();
    expect(index.addressCount).toBe(rows);
    expect(after.heapUsed + after.external - (before.heapUsed + before.external)).toBeLessThan(48 * 1024 * 1024);
    const found = await createGazetteerProvider(index).find('SA1 0AA', { language: 'en', signal });
    expect(found.length).toBeGreaterThan(100);
    expect(found[0]?.lines[0]).toContain('The Old School House');
    await index.close();
  }, 120_000);
});
