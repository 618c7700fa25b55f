import { describe, expect, it } from 'vitest';
import { fakeGazetteerCsv } from '@council-components/testing/fakes/fake-gazetteer-csv.js';
import { fakeProperties } from '@council-components/testing/fakes/fake-properties.js';
import { createGazetteerProvider, GazetteerFormatError, GazetteerIndex } from './gazetteer-provider.js';

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
