/**
 * Every documented state of <council-address-lookup>, in English and Welsh.
 * The stories render these, the browser tests drive and check them against
 * the sandbox back end, and the axe run checks each one.
 */
import type { Address } from '@council-components/addresses/address.js';
import { ProviderError } from '@council-components/core/provider/provider-error.js';
import type { AddressSource } from './address-sources.js';
import type { AddressLookupStep, CouncilAddressLookup } from './council-address-lookup.js';

export interface AddressLookupFixture {
  id: string;
  title: string;
  lang: 'en' | 'cy';
  /** What the page author writes. */
  markup: string;
  /** How a resident gets to this state, through the element's public API. */
  act?: (element: CouncilAddressLookup) => Promise<void>;
  /** What the state shows. */
  shows: { step: AddressLookupStep; text?: string };
}

/** Postcodes the sandbox back end answers with each failure (see apps/sandbox/src/fakes/fake-properties.ts). */
export const SCENARIO = {
  unavailable: 'ZZ99 9DN',
  rateLimited: 'ZZ99 9RL',
  slow: 'ZZ99 9SL',
  notFound: 'SO16 9ZZ',
} as const;

/** The sandbox endpoint whose provider key has expired. */
export const MISCONFIGURED_ENDPOINT = '/api/addresses/misconfigured';

const element = (attributes = ''): string =>
  `<council-address-lookup name="home"${attributes}></council-address-lookup>`;

const both = (
  fixture: Omit<AddressLookupFixture, 'lang' | 'id' | 'title' | 'shows'> & {
    id: string;
    title: string;
    shows: { en: AddressLookupFixture['shows']; cy: AddressLookupFixture['shows'] };
  },
): AddressLookupFixture[] =>
  (['en', 'cy'] as const).map((lang) => ({
    ...fixture,
    id: `${fixture.id}-${lang}`,
    title: `${fixture.title} (${lang === 'en' ? 'English' : 'Cymraeg'})`,
    lang,
    shows: fixture.shows[lang],
  }));

export const addressLookupFixtures: readonly AddressLookupFixture[] = [
  ...both({
    id: 'postcode',
    title: 'Postcode',
    markup: element(),
    shows: { en: { step: 'postcode', text: 'Find address' }, cy: { step: 'postcode', text: 'Dod o hyd i gyfeiriad' } },
  }),
  ...both({
    id: 'postcode-empty',
    title: 'Postcode missing',
    markup: element(),
    act: (el) => el.search(''),
    shows: { en: { step: 'postcode', text: 'Enter postcode' }, cy: { step: 'postcode', text: 'Rhowch god post' } },
  }),
  ...both({
    id: 'postcode-invalid',
    title: 'Postcode incomplete',
    markup: element(),
    act: (el) => el.search('so16'),
    shows: {
      en: { step: 'postcode', text: 'Enter a full UK postcode' },
      cy: { step: 'postcode', text: 'Rhowch god post llawn yn y DU' },
    },
  }),
  ...both({
    id: 'not-found',
    title: 'No addresses at the postcode',
    markup: element(),
    act: (el) => el.search(SCENARIO.notFound),
    shows: {
      en: { step: 'postcode', text: 'We could not find any addresses for SO16 9ZZ' },
      cy: { step: 'postcode', text: 'Ni allem ddod o hyd i unrhyw gyfeiriadau ar gyfer SO16 9ZZ' },
    },
  }),
  ...both({
    id: 'outside-gb',
    title: 'Jersey, Guernsey, Isle of Man or BFPO',
    markup: element(),
    act: (el) => el.search('je2 3ab'),
    shows: { en: { step: 'postcode', text: 'Isle of Man' }, cy: { step: 'postcode', text: 'Ynys Manaw' } },
  }),
  ...both({
    id: 'lookup-failed',
    title: 'Address finder not working',
    markup: element(),
    act: (el) => el.search(SCENARIO.unavailable),
    shows: {
      en: { step: 'postcode', text: 'Sorry, finding addresses is not working at the moment' },
      cy: { step: 'postcode', text: "nid yw chwilio am gyfeiriadau'n gweithio" },
    },
  }),
  ...both({
    id: 'lookup-slow',
    title: 'Address finder too slow',
    markup: element(' timeout="0.3"'),
    act: (el) => el.search(SCENARIO.slow),
    shows: {
      en: { step: 'postcode', text: 'Sorry, finding addresses is not working at the moment' },
      cy: { step: 'postcode', text: "nid yw chwilio am gyfeiriadau'n gweithio" },
    },
  }),
  ...both({
    id: 'lookup-misconfigured',
    title: 'Council’s address service key refused',
    markup: element(` endpoint="${MISCONFIGURED_ENDPOINT}"`),
    act: (el) => el.search('SO16 0AS'),
    shows: {
      en: { step: 'postcode', text: 'Sorry, finding addresses is not working at the moment' },
      cy: { step: 'postcode', text: "nid yw chwilio am gyfeiriadau'n gweithio" },
    },
  }),
  ...both({
    id: 'rate-limited',
    title: 'Too many searches',
    markup: element(),
    act: (el) => el.search(SCENARIO.rateLimited),
    shows: {
      en: { step: 'postcode', text: 'Wait 30 seconds and try again' },
      cy: { step: 'postcode', text: 'Arhoswch 30 eiliad' },
    },
  }),
  ...both({
    id: 'select',
    title: 'Addresses found',
    markup: element(),
    act: (el) => el.search('so160as'),
    shows: {
      en: { step: 'select', text: '5 addresses found for SO16 0AS' },
      cy: { step: 'select', text: '5 cyfeiriad ar gyfer SO16 0AS' },
    },
  }),
  ...both({
    id: 'select-welsh-records',
    title: 'Addresses with Welsh records',
    markup: element(),
    act: (el) => el.search('SA1 1DP'),
    shows: {
      en: { step: 'select', text: '1 Castle Street, Swansea, SA1 1DP' },
      cy: { step: 'select', text: '1 Stryd y Castell, Abertawe, SA1 1DP' },
    },
  }),
  ...both({
    id: 'select-error',
    title: 'No address selected',
    markup: element(' required'),
    act: async (el) => {
      await el.search('SO16 0AS');
      el.validate();
      await el.updateComplete;
    },
    shows: { en: { step: 'select', text: 'Select an address' }, cy: { step: 'select', text: 'Dewiswch gyfeiriad' } },
  }),
  ...both({
    id: 'chosen',
    title: 'Address chosen',
    markup: element(),
    act: async (el) => {
      await el.search('SO16 0AS');
      await el.chooseAddress(0);
    },
    shows: {
      en: { step: 'manual', text: 'Check the address and change it if you need to.' },
      cy: { step: 'manual', text: "Gwiriwch y cyfeiriad a'i newid os oes angen." },
    },
  }),
  ...both({
    id: 'manual',
    title: 'Manual entry',
    markup: element(),
    act: (el) => el.enterManually(),
    shows: { en: { step: 'manual', text: 'Town or city' }, cy: { step: 'manual', text: 'Tref neu ddinas' } },
  }),
  ...both({
    id: 'manual-errors',
    title: 'Manual entry with errors',
    markup: element(' required'),
    act: async (el) => {
      await el.enterManually();
      el.validate();
      await el.updateComplete;
    },
    shows: {
      en: { step: 'manual', text: 'Enter address line 1, typically the building and street' },
      cy: { step: 'manual', text: "Rhowch linell 1 y cyfeiriad, fel arfer yr adeilad a'r stryd" },
    },
  }),
  ...both({
    id: 'author-fields',
    title: 'Around the page’s own fields',
    markup: `<council-address-lookup name="home">
  <fieldset class="council-form-fields">
    <legend>Your address</legend>
    <p><label for="home-line-1">Address line 1</label> <input id="home-line-1" name="home-line-1" autocomplete="address-line1"></p>
    <p><label for="home-line-2">Address line 2 (optional)</label> <input id="home-line-2" name="home-line-2" autocomplete="address-line2"></p>
    <p><label for="home-town">Town or city</label> <input id="home-town" name="home-town" autocomplete="address-level2"></p>
    <p><label for="home-postcode">Postcode</label> <input id="home-postcode" name="home-postcode" autocomplete="postal-code"></p>
  </fieldset>
</council-address-lookup>`,
    shows: { en: { step: 'postcode', text: 'Find address' }, cy: { step: 'postcode', text: 'Dod o hyd i gyfeiriad' } },
  }),
];

/**
 * The council back end as the stories see it, where no server runs: the same
 * answers the sandbox gives for the fixtures' postcodes. Tests use the real
 * handlers and fakes instead.
 */
const soton = (uprn: string, organisation: string | null, line: string): Address => ({
  uprn,
  organisation,
  lines: [line, 'Nursling'],
  town: 'Southampton',
  county: null,
  postcode: 'SO16 0AS',
  coordinates: { latitude: 50.9383, longitude: -1.4708 },
  language: 'en',
});
const swansea = (uprn: string, number: string, language: 'en' | 'cy'): Address => ({
  uprn,
  organisation: null,
  lines: [`${number} ${language === 'cy' ? 'Stryd y Castell' : 'Castle Street'}`],
  town: language === 'cy' ? 'Abertawe' : 'Swansea',
  county: null,
  postcode: 'SA1 1DP',
  coordinates: null,
  language,
});

export const storyAddressSourceFor = (endpoint: string): AddressSource => ({
  find(postcode, { language }) {
    if (endpoint === MISCONFIGURED_ENDPOINT) {
      return Promise.reject(
        new ProviderError('server', 'key refused', { status: 502, code: 'provider-misconfigured' }),
      );
    }
    if (postcode === SCENARIO.slow) return Promise.reject(new ProviderError('timeout', 'too slow'));
    if (postcode === SCENARIO.unavailable) return Promise.reject(new ProviderError('server', 'down', { status: 503 }));
    if (postcode === SCENARIO.rateLimited) {
      return Promise.reject(
        new ProviderError('server', 'busy', { status: 503, code: 'provider-rate-limited', retryAfterSeconds: 30 }),
      );
    }
    if (postcode === 'SO16 0AS') {
      return Promise.resolve([
        soton('200010019924', 'Ordnance Survey', '4 Adanac Drive'),
        soton('200010019930', null, '10 Adanac Drive'),
        soton('200010019931', null, '2A Adanac Drive'),
        soton('200010019932', null, '2 Adanac Drive'),
        soton('200010019940', null, 'Plot 5, Adanac Drive'),
      ]);
    }
    if (postcode === 'SA1 1DP') {
      return Promise.resolve(['1', '2', '3'].map((n, i) => swansea(`10010000000${i + 1}`, n, language)));
    }
    return Promise.resolve([]);
  },
});
