/**
 * Every documented state of <council-address-lookup>, in English and Welsh,
 * and the council back end they talk to. The stories render these, the
 * browser tests drive and check them, and the axe run checks each one: the
 * back end is the same in all three (the real handler of
 * `@council-components/server` over the fakes of `@council-components/testing`),
 * so no address or answer is written out twice.
 */
import { createAddressesHandler } from '@council-components/server/addresses/addresses-handler.js';
import { createOsPlacesProvider } from '@council-components/server/addresses/os-places-provider.js';
import type { Route } from '@council-components/server/http/router.js';
import { EMPTY_POSTCODE, SCENARIO_POSTCODES } from '@council-components/testing/fakes/fake-properties.js';
import { createGetAddressFake } from '@council-components/testing/fakes/getaddress-fake.js';
import { createIdealPostcodesFake } from '@council-components/testing/fakes/ideal-postcodes-fake.js';
import { fetchVia } from '@council-components/testing/fakes/in-process-fetch.js';
import { createOsPlacesFake } from '@council-components/testing/fakes/os-places-fake.js';
import { inEnglishAndWelsh, type ComponentFixture } from '@council-components/testing/component-fixture.js';
import type { AddressLookupStep } from './address-lookup.state.js';
import type { CouncilAddressLookup } from './council-address-lookup.js';

/** A state of the address lookup: it shows `text`, on `step`. */
export type AddressLookupFixture = ComponentFixture<CouncilAddressLookup, { currentStep: AddressLookupStep }>;

/** The endpoint whose provider key has expired. */
export const MISCONFIGURED_ENDPOINT = '/api/addresses/misconfigured';

/**
 * The council back end the fixtures talk to: the addresses handler over the
 * OS Places fake at `/api/addresses` (and with an expired key at
 * `MISCONFIGURED_ENDPOINT`), and the vendors' fakes for the browser-side
 * sources. Tests mount it on the test server; stories reach it in the page.
 */
export function fixtureBackend(): Route[] {
  const osPlaces = createOsPlacesFake();
  const addresses = (key: string) =>
    createAddressesHandler({
      provider: createOsPlacesProvider({ key, fetch: fetchVia(osPlaces.handler) }),
      rateLimit: { perMinute: 600, burst: 100 },
      onProviderError: () => undefined,
    });
  return [
    { method: 'GET', path: '/api/addresses', handler: addresses('sandbox-os-key') },
    { method: 'GET', path: MISCONFIGURED_ENDPOINT, handler: addresses('expired-key') },
    { method: 'GET', path: '/fakes/ideal-postcodes/*', handler: createIdealPostcodesFake() },
    { method: 'GET', path: '/fakes/getaddress/*', handler: createGetAddressFake() },
  ];
}

const element = (attributes = ''): string =>
  `<council-address-lookup name="home"${attributes}></council-address-lookup>`;

/** The page author's own fields inside the element, labelled in the page's language. */
const authorFields = (words: Record<'legend' | 'line1' | 'line2' | 'town' | 'postcode', string>): string =>
  `<council-address-lookup name="home">
  <fieldset class="council-form-fields">
    <legend>${words.legend}</legend>
    <p><label for="home-line-1">${words.line1}</label> <input id="home-line-1" name="home-line-1" autocomplete="address-line1"></p>
    <p><label for="home-line-2">${words.line2}</label> <input id="home-line-2" name="home-line-2" autocomplete="address-line2"></p>
    <p><label for="home-town">${words.town}</label> <input id="home-town" name="home-town" autocomplete="address-level2"></p>
    <p><label for="home-postcode">${words.postcode}</label> <input id="home-postcode" name="home-postcode" autocomplete="postal-code"></p>
  </fieldset>
</council-address-lookup>`;

const inBothLanguages = inEnglishAndWelsh<CouncilAddressLookup, { currentStep: AddressLookupStep }>;

export const addressLookupFixtures: readonly AddressLookupFixture[] = [
  ...inBothLanguages({
    story: 'Postcode',
    title: 'Postcode',
    when: 'As the page opens: the resident types a postcode to find their address, or chooses to enter it manually.',
    markup: element(),
    shows: {
      en: { currentStep: 'postcode', text: 'Find address' },
      cy: { currentStep: 'postcode', text: 'Dod o hyd i gyfeiriad' },
    },
  }),
  ...inBothLanguages({
    story: 'QuestionPerLanguage',
    title: 'The council’s own question and hint, in each language',
    when: 'Where the page author words the question and hint themselves, in English and Welsh (`label`, `label-cy`, `hint`, `hint-cy`): one template serves both, and each page shows its own language.',
    // One markup for both: a template a CMS shares between its English and Welsh pages.
    markup: element(
      ' label="What is your home address?" label-cy="Beth yw eich cyfeiriad cartref?"' +
        ' hint="Where you live now" hint-cy="Ble rydych chi’n byw nawr"',
    ),
    shows: {
      en: { currentStep: 'postcode', text: 'What is your home address? Where you live now' },
      cy: { currentStep: 'postcode', text: 'Beth yw eich cyfeiriad cartref? Ble rydych chi’n byw nawr' },
    },
  }),
  ...inBothLanguages({
    story: 'PostcodeMissing',
    title: 'Postcode missing',
    when: 'When the resident presses “Find address” without typing a postcode: the GOV.UK error message, with the field ready to fill in.',
    markup: element(),
    act: (el) => el.search(''),
    shows: {
      en: { currentStep: 'postcode', text: 'Enter postcode' },
      cy: { currentStep: 'postcode', text: 'Rhowch god post' },
    },
  }),
  ...inBothLanguages({
    story: 'PostcodeIncomplete',
    title: 'Postcode incomplete',
    when: 'When the resident types part of a postcode, or something that is not a UK postcode: they are asked for a full UK postcode, and can correct it and search again.',
    markup: element(),
    act: (el) => el.search('so16'),
    shows: {
      en: { currentStep: 'postcode', text: 'Enter a full UK postcode' },
      cy: { currentStep: 'postcode', text: 'Rhowch god post llawn yn y DU' },
    },
  }),
  ...inBothLanguages({
    story: 'NotFound',
    title: 'No addresses at the postcode',
    when: 'When the council’s address service finds no addresses at a real postcode: the resident can check the postcode and search again, or enter the address manually.',
    markup: element(),
    act: (el) => el.search(EMPTY_POSTCODE),
    shows: {
      en: { currentStep: 'postcode', text: 'We could not find any addresses for SO16 9ZZ' },
      cy: { currentStep: 'postcode', text: 'Ni allem ddod o hyd i unrhyw gyfeiriadau ar gyfer SO16 9ZZ' },
    },
  }),
  ...inBothLanguages({
    story: 'OutsideGreatBritain',
    title: 'Jersey, Guernsey, Isle of Man or BFPO',
    when: 'When the postcode is in Jersey, Guernsey, the Isle of Man or BFPO, where addresses cannot be looked up: the resident is told why and enters the address manually, with the postcode already filled in.',
    markup: element(),
    act: (el) => el.search('je2 3ab'),
    shows: {
      en: { currentStep: 'manual', text: 'We cannot look up addresses in Jersey, Guernsey, the Isle of Man or BFPO' },
      cy: { currentStep: 'manual', text: 'Ni allwn chwilio am gyfeiriadau yn Jersey, Guernsey, Ynys Manaw na BFPO' },
    },
  }),
  ...inBothLanguages({
    story: 'LookupFailed',
    title: 'Address finder not working',
    when: 'When the council’s address service is down or answers with an error: the resident can try again later or enter the address manually.',
    markup: element(),
    act: (el) => el.search(SCENARIO_POSTCODES.unavailable),
    shows: {
      en: { currentStep: 'postcode', text: 'Sorry, finding addresses is not working at the moment' },
      cy: { currentStep: 'postcode', text: 'nid yw chwilio am gyfeiriadau’n gweithio' },
    },
  }),
  ...inBothLanguages({
    story: 'LookupSlow',
    title: 'Address finder too slow',
    when: 'When the address service takes longer to answer than the page allows (`timeout`, 8 seconds a try by default): the same message as a failure, to try again or enter the address manually.',
    markup: element(' timeout="0.3"'),
    act: (el) => el.search(SCENARIO_POSTCODES.slow),
    shows: {
      en: { currentStep: 'postcode', text: 'Sorry, finding addresses is not working at the moment' },
      cy: { currentStep: 'postcode', text: 'nid yw chwilio am gyfeiriadau’n gweithio' },
    },
  }),
  ...inBothLanguages({
    story: 'LookupMisconfigured',
    title: 'Council’s address service key refused',
    when: 'When the address service refuses the council’s key, because it has expired or is wrong: residents see the same message as a failure and can enter the address manually. The council’s server log says why.',
    markup: element(` endpoint="${MISCONFIGURED_ENDPOINT}"`),
    act: (el) => el.search('SO16 0AS'),
    shows: {
      en: { currentStep: 'postcode', text: 'Sorry, finding addresses is not working at the moment' },
      cy: { currentStep: 'postcode', text: 'nid yw chwilio am gyfeiriadau’n gweithio' },
    },
  }),
  ...inBothLanguages({
    story: 'RateLimited',
    title: 'Too many searches',
    when: 'When there have been too many searches, from this resident or across the council’s address service: how long to wait before trying again, or the resident can enter the address manually.',
    markup: element(),
    act: (el) => el.search(SCENARIO_POSTCODES.rateLimited),
    shows: {
      en: { currentStep: 'postcode', text: 'Wait 30 seconds and try again' },
      cy: { currentStep: 'postcode', text: 'Arhoswch 30 eiliad' },
    },
  }),
  ...inBothLanguages({
    story: 'Select',
    title: 'Addresses found',
    when: 'When the postcode search finds addresses: the resident selects theirs from the list, or enters it manually if it is not there.',
    markup: element(),
    act: (el) => el.search('so160as'),
    shows: {
      en: { currentStep: 'select', text: '5 addresses found for SO16 0AS' },
      cy: { currentStep: 'select', text: 'Wedi canfod 5 o gyfeiriadau ar gyfer SO16 0AS' },
    },
  }),
  ...inBothLanguages({
    story: 'SelectWelshRecords',
    title: 'Addresses with Welsh records',
    when: 'When the addresses found have Welsh versions, as many in Wales do: a Welsh page lists them in Welsh, an English page in English.',
    markup: element(),
    act: (el) => el.search('SA1 1DP'),
    shows: {
      en: { currentStep: 'select', text: '1 Castle Street, Swansea, SA1 1DP' },
      cy: { currentStep: 'select', text: '1 Stryd y Castell, Abertawe, SA1 1DP' },
    },
  }),
  ...inBothLanguages({
    story: 'SelectError',
    title: 'No address selected',
    when: 'When the resident sends the form, or presses “Use this address”, without selecting an address from the list: the GOV.UK error message by the list.',
    markup: element(' required'),
    act: async (el) => {
      await el.search('SO16 0AS');
      el.validate();
      await el.updateComplete;
    },
    shows: {
      en: { currentStep: 'select', text: 'Select an address' },
      cy: { currentStep: 'select', text: 'Dewiswch gyfeiriad' },
    },
  }),
  ...inBothLanguages({
    story: 'Chosen',
    title: 'Address chosen',
    when: 'When the resident selects an address and presses “Use this address”: its details fill the address fields, for them to check and change if they need to. They can also search for a different address.',
    markup: element(),
    act: async (el) => {
      await el.search('SO16 0AS');
      await el.chooseAddress(0);
    },
    shows: {
      en: { currentStep: 'manual', text: 'Check the address and change it if you need to.' },
      cy: { currentStep: 'manual', text: 'Gwiriwch y cyfeiriad a’i newid os oes angen.' },
    },
  }),
  ...inBothLanguages({
    story: 'Manual',
    title: 'Manual entry',
    when: 'When the resident chooses to enter the address manually: the address fields, with any postcode they already typed carried over.',
    markup: element(),
    act: (el) => el.enterManually(),
    shows: {
      en: { currentStep: 'manual', text: 'Town or city' },
      cy: { currentStep: 'manual', text: 'Tref neu ddinas' },
    },
  }),
  ...inBothLanguages({
    story: 'ManualErrors',
    title: 'Manual entry with errors',
    when: 'When the resident sends the form with the manual address fields empty on a required question: a GOV.UK error message by each field that needs an answer.',
    markup: element(' required'),
    act: async (el) => {
      await el.enterManually();
      el.validate();
      await el.updateComplete;
    },
    shows: {
      en: { currentStep: 'manual', text: 'Enter address line 1, typically the building and street' },
      cy: { currentStep: 'manual', text: 'Rhowch linell 1 y cyfeiriad, fel arfer yr adeilad a’r stryd' },
    },
  }),
  ...inBothLanguages({
    story: 'AuthorFields',
    title: 'Around the page’s own fields',
    when: 'Where the page author wrote their own address fields inside the element: they are kept, and work without JavaScript. The postcode search fills them in.',
    markup: {
      en: authorFields({
        legend: 'Your address',
        line1: 'Address line 1',
        line2: 'Address line 2 (optional)',
        town: 'Town or city',
        postcode: 'Postcode',
      }),
      cy: authorFields({
        legend: 'Eich cyfeiriad',
        line1: 'Llinell 1 y cyfeiriad',
        line2: 'Llinell 2 y cyfeiriad (dewisol)',
        town: 'Tref neu ddinas',
        postcode: 'Cod post',
      }),
    },
    shows: {
      en: { currentStep: 'postcode', text: 'Find address' },
      cy: { currentStep: 'postcode', text: 'Dod o hyd i gyfeiriad' },
    },
  }),
];
