/**
 * Every documented state of <council-bin-collections>, in English and Welsh, and the council back end they talk to.
 * The stories render these, the browser tests drive and check them, and the axe run checks each one: the back end
 * is the same in all three (the real handlers of `@council-components/server` over the fakes of
 * `@council-components/testing`), so no property or collection is written out twice.
 */
import { londonDate } from '@council-components/collections/local-date.js';
import { createAddressesHandler } from '@council-components/server/addresses/addresses-handler.js';
import { createOsPlacesProvider } from '@council-components/server/addresses/os-places-provider.js';
import { createCollectionsHandlers } from '@council-components/server/collections/collections-handler.js';
import { councilEndpointSource, ukbcdSource } from '@council-components/server/collections/collections-sources.js';
import type { Route } from '@council-components/server/http/router.js';
import { inEnglishAndWelsh, type ComponentFixture } from '@council-components/testing/component-fixture.js';
import {
  COUNCIL_SYSTEM_UPRNS,
  createCouncilCollectionsFake,
} from '@council-components/testing/fakes/council-collections-fake.js';
import { FAKE_UKBCD_MAPPING } from '@council-components/testing/fakes/fake-collections.js';
import { EMPTY_POSTCODE } from '@council-components/testing/fakes/fake-properties.js';
import { fetchVia } from '@council-components/testing/fakes/in-process-fetch.js';
import { createOsPlacesFake } from '@council-components/testing/fakes/os-places-fake.js';
import { createUkbcdFake, UKBCD_UPRNS } from '@council-components/testing/fakes/ukbcd-fake.js';
import type { BinCollectionsStep } from './bin-collections.state.js';
import type { CouncilBinCollections } from './council-bin-collections.js';

/** A state of the bin collections: it shows `text`, on `step`. */
export type BinCollectionsFixture = ComponentFixture<CouncilBinCollections, { currentStep: BinCollectionsStep }>;

/** The endpoint served from a UKBinCollectionData scraper (partial data, a blocked scraper). */
export const SCRAPER_ENDPOINT = '/api/collections/ukbcd';

/**
 * The council back end the fixtures talk to: addresses from the OS Places fake at `/api/addresses`; collections at
 * `/api/collections` from a council system already in the contract's shape, and at `SCRAPER_ENDPOINT` from the
 * community scraper, with their calendars. Tests mount it on the test server; stories reach it in the page.
 */
export function fixtureBackend(): Route[] {
  const osPlaces = createOsPlacesFake();
  const quiet = { onProviderError: () => undefined, rateLimit: { perMinute: 600, burst: 100 } };
  const today = () => londonDate(new Date());
  // The fakes' days are counted from today, and tests count from today when they check them: nothing is kept from
  // a request before midnight for one after it (a run across midnight saw yesterday's "tomorrow").
  const fresh = { cacheTtlMs: 0 };
  const council = createCollectionsHandlers({
    source: councilEndpointSource((uprn) => new URL(`https://bins.council.example/bins?uprn=${uprn}`), {
      fetch: fetchVia(createCouncilCollectionsFake(today)),
    }),
    domain: 'council.example',
    ...quiet,
    ...fresh,
  });
  const scraper = createCollectionsHandlers({
    source: ukbcdSource((uprn) => new URL(`https://ukbcd.example/bins/${uprn}`), FAKE_UKBCD_MAPPING, {
      fetch: fetchVia(createUkbcdFake(today)),
    }),
    domain: 'council.example',
    ...quiet,
    ...fresh,
  });
  return [
    {
      method: 'GET',
      path: '/api/addresses',
      handler: createAddressesHandler({
        provider: createOsPlacesProvider({ key: 'sandbox-os-key', fetch: fetchVia(osPlaces.handler) }),
        ...quiet,
      }),
    },
    { method: 'GET', path: '/api/collections', handler: council.json },
    { method: 'GET', path: '/api/collections/calendar.ics', handler: council.calendar },
    { method: 'GET', path: SCRAPER_ENDPOINT, handler: scraper.json },
    { method: 'GET', path: `${SCRAPER_ENDPOINT}/calendar.ics`, handler: scraper.calendar },
  ];
}

const element = (attributes = ''): string => `<council-bin-collections${attributes}></council-bin-collections>`;

/** A property the page names, with the council's links, as a council's "your bin day" page would. */
const forProperty = (uprn: string, attributes = ''): string =>
  element(` uprn="${uprn}" contact-href="/contact-us" missed-href="/bins/missed"${attributes}`);

/** The page author's own content inside the element: the council's page for when the component cannot run. */
const authorContent = (words: { before: string; link: string }): string =>
  `<council-bin-collections>
  <p>${words.before} <a href="/bins/collection-days">${words.link}</a>.</p>
</council-bin-collections>`;

/** Chooses, as the resident would, the address in the list whose name has `text`. */
export async function chooseNamed(el: CouncilBinCollections, text: string): Promise<void> {
  const options = [...el.querySelectorAll('option')].slice(1);
  await el.chooseAddress(options.findIndex((option) => option.textContent.includes(text)));
}

const inBothLanguages = inEnglishAndWelsh<CouncilBinCollections, { currentStep: BinCollectionsStep }>;

export const binCollectionsFixtures: readonly BinCollectionsFixture[] = [
  ...inBothLanguages({
    story: 'FindAddress',
    title: 'Find the property by postcode',
    when: 'As the page opens, when the page does not name the property: the resident finds their address by postcode.',
    markup: element(),
    shows: {
      en: { currentStep: 'postcode', text: 'Find your bin collection days' },
      cy: { currentStep: 'postcode', text: 'Dod o hyd i’ch diwrnodau casglu biniau' },
    },
  }),
  ...inBothLanguages({
    story: 'AddressesFound',
    title: 'Addresses found',
    when: 'When the postcode search finds addresses: the resident selects theirs from the list. If it is not there, a link goes to the council’s contact page (`contact-href`).',
    markup: element(' contact-href="/contact-us"'),
    act: (el) => el.search('so160as'),
    shows: {
      en: { currentStep: 'select', text: '5 addresses found for SO16 0AS' },
      cy: { currentStep: 'select', text: 'Wedi canfod 5 o gyfeiriadau ar gyfer SO16 0AS' },
    },
  }),
  ...inBothLanguages({
    story: 'NoAddresses',
    title: 'No addresses at the postcode',
    when: 'When no addresses are found at the postcode the resident gave: they can check the postcode and search again.',
    markup: element(),
    act: (el) => el.search(EMPTY_POSTCODE),
    shows: {
      en: { currentStep: 'postcode', text: 'Check the postcode and try again' },
      cy: { currentStep: 'postcode', text: 'Gwiriwch y cod post a rhowch gynnig arall arni' },
    },
  }),
  ...inBothLanguages({
    story: 'Collections',
    title: 'The next collections of the address chosen',
    when: 'When the resident chooses their address: their next collections by date, with calendar links and “Report a missed collection”. With `remember`, the browser keeps the address for their next visit.',
    markup: element(' remember missed-href="/bins/missed"'),
    act: async (el) => {
      await el.search('SO16 0AS');
      await chooseNamed(el, '4 Adanac Drive');
    },
    shows: {
      en: { currentStep: 'collections', text: 'Black bin (general waste) Blue bin (recycling)' },
      cy: { currentStep: 'collections', text: 'Bin du (gwastraff cyffredinol) Bin glas (ailgylchu)' },
    },
  }),
  ...inBothLanguages({
    story: 'MovedByABankHoliday',
    title: 'A collection moved from its usual day',
    when: 'When a collection is not on its usual day, after a bank holiday for example: the new date, with the day it moved from. Here the page names the property itself (`uprn`, `address`), with no search.',
    markup: forProperty(COUNCIL_SYSTEM_UPRNS.normal, ' address="4 Adanac Drive, Southampton"'),
    act: (el) => el.refresh(),
    shows: {
      en: { currentStep: 'collections', text: 'Moved from' },
      cy: { currentStep: 'collections', text: 'Wedi symud o ddydd' },
    },
  }),
  ...inBothLanguages({
    story: 'NoCollections',
    title: 'No collections known',
    when: 'When the council’s system knows the address but has no collection dates for it: the resident is told so, with a link to contact the council if the page gives one.',
    markup: forProperty(COUNCIL_SYSTEM_UPRNS.none),
    act: (el) => el.refresh(),
    shows: {
      en: { currentStep: 'collections', text: 'We do not have any collection dates for this address.' },
      cy: { currentStep: 'collections', text: 'Nid oes gennym unrhyw ddyddiadau casglu ar gyfer y cyfeiriad hwn.' },
    },
  }),
  ...inBothLanguages({
    story: 'PartData',
    title: 'Some services’ dates missing',
    when: 'When the council’s data has dates for only some of its services: the dates it has, with a note that some are missing and to check again later.',
    markup: forProperty(UKBCD_UPRNS.refuseOnly, ` endpoint="${SCRAPER_ENDPOINT}"`),
    act: (el) => el.refresh(),
    shows: {
      en: { currentStep: 'collections', text: 'Some collection dates for this address are missing' },
      cy: { currentStep: 'collections', text: 'Mae rhai dyddiadau casglu ar goll' },
    },
  }),
  ...inBothLanguages({
    story: 'DataSourceDown',
    title: 'The council’s data not available (down, or blocking us)',
    when: 'When the council’s bin system is down, blocks the service that reads it, or sends nothing usable: the resident can try again, or contact the council if the page gives a link.',
    markup: forProperty(UKBCD_UPRNS.blocked, ` endpoint="${SCRAPER_ENDPOINT}"`),
    act: (el) => el.refresh(),
    shows: {
      en: { currentStep: 'unavailable', text: 'Sorry, collection dates are not available at the moment' },
      cy: { currentStep: 'unavailable', text: 'nid yw’r dyddiadau casglu ar gael ar hyn o bryd' },
    },
  }),
  ...inBothLanguages({
    story: 'OutsideTheArea',
    title: 'An address another council looks after',
    when: 'When another council looks after the address (or its postcode is in Jersey, Guernsey, the Isle of Man or BFPO): a link to find the right council on GOV.UK.',
    markup: forProperty(COUNCIL_SYSTEM_UPRNS.elsewhere),
    act: (el) => el.refresh(),
    shows: {
      en: { currentStep: 'not-collected', text: 'It is looked after by another council.' },
      cy: { currentStep: 'not-collected', text: 'Cyngor arall sy’n gyfrifol amdano.' },
    },
  }),
  ...inBothLanguages({
    story: 'NotAProperty',
    title: 'An address that is not a home (a block, a street)',
    when: 'When the address is not a home the council collects from, such as a street, land or a block of flats (or the page gives a `uprn` that is not valid): a resident who chose it can search again for their own home.',
    markup: forProperty(COUNCIL_SYSTEM_UPRNS.notProperty),
    act: (el) => el.refresh(),
    shows: {
      en: { currentStep: 'not-collected', text: 'We do not collect bins from this address.' },
      cy: { currentStep: 'not-collected', text: 'Nid ydym yn casglu biniau o’r cyfeiriad hwn.' },
    },
  }),
  ...inBothLanguages({
    story: 'AroundThePagesContent',
    title: 'Around the page’s own content',
    when: 'Where the page author wrote content of their own inside the element, such as a link to the council’s bin day page: it is kept under the search, and shown on its own if the component cannot run.',
    markup: {
      en: authorContent({ before: 'You can also check your bin day on', link: 'our collection days page' }),
      cy: authorContent({
        before: 'Gallwch hefyd wirio eich diwrnod bin ar',
        link: 'ein tudalen diwrnodau casglu',
      }),
    },
    shows: {
      en: { currentStep: 'postcode', text: 'You can also check your bin day on our collection days page' },
      cy: { currentStep: 'postcode', text: 'Gallwch hefyd wirio eich diwrnod bin ar ein tudalen diwrnodau casglu' },
    },
  }),
];
