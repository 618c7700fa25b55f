import { describe, expect, it } from 'vitest';
import { gazetteerCsv } from './gazetteer-fixture.js';
import { createGazetteerProvider, GazetteerFormatError, GazetteerIndex } from './gazetteer-provider.js';

const signal = new AbortController().signal;

describe('the council gazetteer provider', () => {
  const index = GazetteerIndex.fromText(gazetteerCsv());
  const provider = createGazetteerProvider(index);

  it('indexes every row by normalised postcode', () => {
    expect(index.addressCount).toBe(8);
    expect(index.postcodeCount).toBe(2);
  });

  it('answers a postcode with one address per UPRN, in the resident’s language', async () => {
    const english = await provider.find('SA1 1DP', { language: 'en', signal });
    expect(english.map((a) => [a.uprn, a.organisation, a.lines[0], a.town])).toEqual([
      ['100100000001', null, '1 Castle Street', 'Swansea'],
      ['100100000002', 'Marks & Spencer, Foodhall', '2A Castle Street', 'Swansea'],
      ['100100000003', null, "St. John's Court, Castle Street", 'Swansea'],
    ]);
    const welsh = await provider.find('SA1 1DP', { language: 'cy', signal });
    expect(welsh[0]).toMatchObject({ lines: ['1 Stryd y Castell'], town: 'Abertawe', language: 'cy' });
    expect(english[0]?.coordinates).toEqual({ latitude: 51.6214, longitude: -3.9436 });
    expect(english[2]?.coordinates).toBeNull();
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
