import { describe, expect, it } from 'vitest';
import { formatMessage, type Message } from '@council-components/core/i18n/catalogue.js';
import { coreWelshSources } from '@council-components/core/i18n/welsh-sources.js';
import { addressSearchWelshSources } from '@council-components/core/search/address-search.welsh-sources.js';
import { welshSourceProblems } from '@council-components/testing/welsh-sources.js';
import { addressLookupStrings } from './address-lookup.strings.js';
import { addressLookupWelshSources } from './address-lookup.welsh-sources.js';

const COUNTS = [...Array.from({ length: 31 }, (_, count) => count), 100, 137, 1234];

/** Welsh after a numeral (HMCTS, GOV.UK Forms): 1, 2, 3 and 6 keep the singular, mutated; the rest take "o" and the plural. */
function welshCount(count: number): string {
  const number = count.toLocaleString('cy-GB');
  if (count === 1) return `${number} cyfeiriad`;
  if (count === 2) return `${number} gyfeiriad`;
  if (count === 3 || count === 6) return `${number} chyfeiriad`;
  return `${number} o gyfeiriadau`;
}

describe('the address lookup’s Welsh', () => {
  it.each(COUNTS)('counts %i addresses as Welsh does, in the list and in what is announced', (count) => {
    const { found, selectPlaceholder } = addressLookupStrings.cy;
    expect(formatMessage(found, 'cy', { count, postcode: 'SA1 1DP' })).toBe(
      `Wedi canfod ${welshCount(count)} ar gyfer SA1 1DP`,
    );
    expect(formatMessage(selectPlaceholder, 'cy', { count })).toBe(`Wedi canfod ${welshCount(count)}`);
  });

  it('uses curly apostrophes (’), in Welsh as in English', () => {
    const texts = (message: Message): string[] => (typeof message === 'string' ? [message] : Object.values(message));
    for (const lang of ['en', 'cy'] as const) {
      for (const [key, message] of Object.entries<Message>(addressLookupStrings[lang]))
        for (const text of texts(message)) expect(text, `${lang}.${key}`).not.toContain("'");
    }
  });

  it('records, for every Welsh string, the government service it comes from, and those sources still match', () => {
    const sources = { ...coreWelshSources, ...addressSearchWelshSources, ...addressLookupWelshSources };
    expect(welshSourceProblems(addressLookupStrings.cy, sources)).toEqual([]);
    const same = Object.values(sources).filter((source) => source.service !== null && source.match === 'same');
    expect(same.length).toBeGreaterThanOrEqual(15);
  });
});
