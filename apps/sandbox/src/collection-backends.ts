import { londonDate } from '@council-components/collections/local-date.js';
import { createCollectionsHandlers } from '@council-components/server/collections/collections-handler.js';
import {
  councilEndpointSource,
  roundsSource,
  ukbcdSource,
  type CollectionsSource,
} from '@council-components/server/collections/collections-sources.js';
import {
  bankHolidaysOf,
  readChanges,
  readRounds,
} from '@council-components/server/collections/round-schedule-files.js';
import type { Route } from '@council-components/server/http/router.js';
import {
  FAKE_BANK_HOLIDAYS,
  FAKE_CHANGES_CSV,
  FAKE_COLLECTION_PROPERTIES,
  FAKE_NOT_PROPERTIES,
  FAKE_ROUNDS_CSV,
  FAKE_UKBCD_MAPPING,
} from '@council-components/testing/fakes/fake-collections.js';
import { createCouncilCollectionsFake } from '@council-components/testing/fakes/council-collections-fake.js';
import { fetchVia } from '@council-components/testing/fakes/in-process-fetch.js';
import { createUkbcdFake } from '@council-components/testing/fakes/ukbcd-fake.js';

/** The rounds spreadsheet and bank holidays, read once, as a council's back end would at start-up. */
async function scheduleSource(): Promise<CollectionsSource> {
  const rounds = await readRounds(FAKE_ROUNDS_CSV);
  return roundsSource({
    rounds,
    properties: FAKE_COLLECTION_PROPERTIES,
    notProperties: FAKE_NOT_PROPERTIES,
    changes: {
      bankHolidays: bankHolidaysOf(FAKE_BANK_HOLIDAYS),
      bankHolidayShift: 'rest-of-week',
      exceptions: await readChanges(FAKE_CHANGES_CSV, rounds),
    },
  });
}

/** A source made when first asked for, so the routes can be listed at once. */
function readWhenAsked(make: () => Promise<CollectionsSource>, name: string): CollectionsSource {
  let made: Promise<CollectionsSource> | undefined;
  return { name, find: async (uprn, options) => (await (made ??= make())).find(uprn, options) };
}

/**
 * The council's bin collections back end, as a council would deploy it: `/api/collections` (and its calendar) from
 * the rounds spreadsheet, `/api/collections/ukbcd` from a UKBinCollectionData service, and
 * `/api/collections/council` from a council system already in the contract's shape: each upstream's fake, reached
 * in process, with awkward data (duplicates, past dates, an unknown type, an empty list, a blocked scraper, a
 * service never translated, a system that is down).
 */
export function collectionRoutes(): Route[] {
  const quiet = { onProviderError: () => undefined, rateLimit: { perMinute: 120, burst: 30 } };
  const schedule = createCollectionsHandlers({
    source: readWhenAsked(scheduleSource, 'rounds schedule'),
    domain: 'sandbox.council.example',
    ...quiet,
  });
  const ukbcd = createCollectionsHandlers({
    source: ukbcdSource((uprn) => new URL(`https://ukbcd.example/bins/${uprn}`), FAKE_UKBCD_MAPPING, {
      fetch: fetchVia(createUkbcdFake(() => londonDate(new Date()))),
    }),
    domain: 'sandbox.council.example',
    ...quiet,
  });
  const council = createCollectionsHandlers({
    source: councilEndpointSource((uprn) => new URL(`https://bins.council.example/bins?uprn=${uprn}`), {
      fetch: fetchVia(createCouncilCollectionsFake(() => londonDate(new Date()))),
    }),
    domain: 'sandbox.council.example',
    ...quiet,
  });
  return [
    { method: 'GET', path: '/api/collections', handler: schedule.json },
    { method: 'GET', path: '/api/collections/council', handler: council.json },
    { method: 'GET', path: '/api/collections/council/calendar.ics', handler: council.calendar },
    { method: 'GET', path: '/api/collections/calendar.ics', handler: schedule.calendar },
    { method: 'GET', path: '/api/collections/ukbcd', handler: ukbcd.json },
    { method: 'GET', path: '/api/collections/ukbcd/calendar.ics', handler: ukbcd.calendar },
  ];
}
