import type { AdoptionOverview, PackageAdoption } from './adoption-api.ts';

/**
 * The adoption view's states, as its stories show them and the docs site's test opens them. The collector is not
 * reachable from the test's browser (nothing outside the machine is), so the live stories show the snapshot kept
 * with the site, and say so; the examples show how the page reads with figures in it.
 */
export interface AdoptionFixture {
  story: string;
  lang: 'en' | 'cy';
  shows: { text: string };
  /** The failed request to the collector, which is the state itself. */
  logs?: RegExp;
}

const COLLECTOR_UNREACHABLE = /^failed: https:\/\/adoption\.council-components\.org\.uk\/v1\/adoption/;

export const adoptionFixtures: AdoptionFixture[] = (['en', 'cy'] as const).flatMap((lang) => [
  {
    story: 'Overview',
    lang,
    shows: { text: 'The adoption collector could not be reached' },
    logs: COLLECTOR_UNREACHABLE,
  },
  {
    story: 'OneComponent',
    lang,
    shows: { text: 'The adoption collector could not be reached' },
    logs: COLLECTOR_UNREACHABLE,
  },
  { story: 'ExampleOverview', lang, shows: { text: 'Example figures, to show how this page reads' } },
  { story: 'ExampleOneComponent', lang, shows: { text: 'Cardiff Council W06000015' } },
]);

/** Days before 4 December 2026, oldest first. */
function lastDays(count: number): string[] {
  return Array.from({ length: count }, (_, back) =>
    new Date(Date.UTC(2026, 11, 4 - (count - back))).toISOString().slice(0, 10),
  );
}

/** Example figures only: not real use. */
export const exampleOverview: AdoptionOverview = {
  since: '2026-11-04T10',
  packages: [
    {
      package: '@council-components/address-lookup',
      latestVersion: '0.4.0',
      councils: 6,
      sites: 8,
      unknownSites: 1,
      pageViews: 48_210,
      versions: [
        { version: '0.4.0', sites: 5, pageViews: 39_002 },
        { version: '0.3.2', sites: 2, pageViews: 8_110 },
        { version: '0.2.0', sites: 1, pageViews: 1_098 },
      ],
    },
    {
      package: '@council-components/bin-collections',
      latestVersion: '0.2.1',
      councils: 3,
      sites: 3,
      unknownSites: 0,
      pageViews: 21_540,
      versions: [{ version: '0.2.1', sites: 3, pageViews: 21_540 }],
    },
    {
      package: '@council-components/booking',
      latestVersion: '0.1.0',
      councils: 1,
      sites: 1,
      unknownSites: 0,
      pageViews: 730,
      versions: [{ version: '0.1.0', sites: 1, pageViews: 730 }],
    },
    {
      package: '@council-components/payment',
      latestVersion: null,
      councils: 0,
      sites: 0,
      unknownSites: 0,
      pageViews: 0,
      versions: [],
    },
  ],
};

/** Example figures only: not real use. */
export const exampleBooking: PackageAdoption = {
  package: '@council-components/booking',
  latestVersion: '0.2.0',
  since: '2026-09-05T00',
  councils: [
    { name: 'Cardiff Council', gss: 'W06000015', sites: ['https://www.cardiff.gov.uk'], pageViews: 1_204 },
    { name: 'Bristol City Council', gss: 'E06000023', sites: ['https://www.bristol.gov.uk'], pageViews: 655 },
  ],
  unknownSites: 1,
  versions: [
    { version: '0.2.0', sites: 1, pageViews: 1_204 },
    { version: '0.1.0', sites: 2, pageViews: 702 },
  ],
  daily: lastDays(90).map((date, at) => ({
    date,
    sites: at < 40 ? 1 : at < 70 ? 2 : 3,
    // A weekly rhythm (fewer bookings at weekends) over a slow rise.
    pageViews: Math.round((at < 40 ? 8 : at < 70 ? 20 : 31) * (new Date(date).getUTCDay() % 6 === 0 ? 0.4 : 1)),
  })),
};
