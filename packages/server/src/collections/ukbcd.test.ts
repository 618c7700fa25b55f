import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FAKE_SERVICES, FAKE_UKBCD_MAPPING } from '@council-components/testing/fakes/fake-collections.js';
import { openApiSchemaChecker } from '@council-components/testing/openapi-responses.js';
import { UpstreamError } from '../http/upstream-request.js';
import { collectionsFromUkbcd, type ServiceMapping } from './ukbcd.js';

const mapping: ServiceMapping = {
  ...FAKE_UKBCD_MAPPING,
  services: { ...FAKE_UKBCD_MAPPING.services, garden: FAKE_SERVICES.garden },
  types: { ...FAKE_UKBCD_MAPPING.types, 'Garden Waste': 'garden' },
};
const check = openApiSchemaChecker(
  fileURLToPath(new URL('../../openapi/collections.openapi.json', import.meta.url)),
  'PropertyCollections',
);
const TODAY = '2026-11-26';

describe('UKBinCollectionData’s output as a property’s collections', () => {
  it('maps free-text types to the council’s services, merges duplicates, drops past dates, and orders the days', () => {
    const output = {
      bins: [
        { type: 'Blue Recycling Bin', collectionDate: '04/12/2026' },
        { type: 'black bin', collectionDate: '27/11/2026' },
        { type: 'BLACK  BIN ', collectionDate: '27/11/2026' },
        { type: 'Black Bin', collectionDate: '20/11/2026' },
        { type: 'Garden Waste', collectionDate: '27/11/2026' },
      ],
    };
    const found = collectionsFromUkbcd('100', output, mapping, TODAY);
    expect(found.status).toBe('ok');
    expect(found.days.map(({ date, services }) => [date, services.map(({ id }) => id)])).toEqual([
      ['2026-11-27', ['refuse', 'garden']],
      ['2026-12-04', ['recycling']],
    ]);
    expect(check(found)).toEqual([]);
  });

  it('shows a type nobody mapped by its own name, and leaves out rows without a real date', () => {
    const output = {
      bins: [
        { type: 'Black Bin', collectionDate: '27/11/2026' },
        { type: 'Blue Recycling Bin', collectionDate: '27/11/2026' },
        { type: 'Textiles Bag', collectionDate: '27/11/2026' },
        { type: 'Black Bin', collectionDate: '31/02/2027' },
        { type: 'Black Bin', collectionDate: '2026-12-04' },
        { type: '', collectionDate: '04/12/2026' },
        { collectionDate: '04/12/2026' },
      ],
    };
    const found = collectionsFromUkbcd('100', output, mapping, TODAY);
    expect(found.days).toHaveLength(1);
    expect(found.days[0]?.services.at(-1)).toEqual({
      id: 'other:textiles bag',
      label: 'Textiles Bag',
      labelCy: 'Textiles Bag',
      container: { colour: null, type: null },
    });
    expect(check(found)).toEqual([]);
  });

  it('is partial when a service every property has is missing, naming it', () => {
    const found = collectionsFromUkbcd(
      '100',
      { bins: [{ type: 'Black Bin', collectionDate: '27/11/2026' }] },
      mapping,
      TODAY,
    );
    expect([found.status, found.missingServices]).toEqual(['partial', ['recycling']]);
    expect(check(found)).toEqual([]);
  });

  it('reads an empty list, or one with only past dates, as unavailable, never as “no collections”', () => {
    for (const bins of [[], [{ type: 'Black Bin', collectionDate: '20/11/2026' }]]) {
      const found = collectionsFromUkbcd('100', { bins }, mapping, TODAY);
      expect([found.status, found.days]).toEqual(['unavailable', []]);
      expect(check(found)).toEqual([]);
    }
  });

  it('refuses an answer that is not the scraper’s shape, as a bad answer of that upstream', () => {
    for (const output of [null, 'bins', { bins: 'none' }, { collections: [] }]) {
      expect(() => collectionsFromUkbcd('100', output, mapping, TODAY)).toThrow(
        new UpstreamError('UKBinCollectionData', 'bad-answer', 'no "bins" list'),
      );
    }
  });
});
