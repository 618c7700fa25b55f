/**
 * The library overview's state, as its story shows it and the docs site's test opens it. The collector is not
 * reachable from the test's browser (nothing outside the machine is): the councils come from the snapshot kept with
 * the site, and the page says so.
 */
export interface LibraryFixture {
  story: string;
  lang: 'en' | 'cy';
  shows: { text: string };
  /** The failed request to the collector. */
  logs?: RegExp;
}

export const libraryFixtures: LibraryFixture[] = (['en', 'cy'] as const).map((lang) => ({
  story: 'Overview',
  lang,
  shows: { text: 'Address lookup' },
  logs: /^failed: https:\/\/adoption\.council-components\.org\.uk\/v1\/adoption/,
}));
