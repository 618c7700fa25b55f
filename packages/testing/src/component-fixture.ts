/**
 * One documented state of a component, in one language: what the page author
 * writes, how a resident gets there through the element's public API, and
 * what it shows. A component's fixtures file lists every state; its stories,
 * its browser tests, its axe run and the contract suite all read that list.
 */
export type FixtureLang = 'en' | 'cy';

export interface ComponentFixture<E extends HTMLElement = HTMLElement, S extends object = object> {
  /**
   * The story that shows this state, as its export is named in the stories
   * file (`LookupFailed`); the docs site titles it from that name.
   */
  story: string;
  /** What the state is, for people: the tests' name for it. */
  title: string;
  /**
   * When a resident or a page author meets this state, in a sentence or two for the docs site (its story's
   * description): what leads to it, and what the resident can do next. It tells apart states that look alike (a
   * search that failed, was too slow, or was refused for the council's key).
   */
  when: string;
  lang: FixtureLang;
  /** What the page author writes. */
  markup: string;
  /** How a resident gets to the state, through the element's public API. */
  act?: (element: E) => Promise<void>;
  /**
   * What the state shows: `text` is visible in it, and every other key is a
   * property of the element with that value (`currentStep: 'select'`).
   */
  shows: S & { text: string };
  /** What the state tells the page author in the console (a misconfiguration), and nothing else. */
  logs?: RegExp;
}

/** A state in English and in Welsh: the same markup and steps, with what each language shows. */
export function inEnglishAndWelsh<E extends HTMLElement, S extends object>(
  fixture: Omit<ComponentFixture<E, S>, 'lang' | 'shows' | 'markup'> & {
    shows: Record<FixtureLang, S & { text: string }>;
    /** One markup, or one per language: a page author's own content (fallback labels) is in the page's language. */
    markup: string | Record<FixtureLang, string>;
  },
): ComponentFixture<E, S>[] {
  return (['en', 'cy'] as const).map((lang) => ({
    ...fixture,
    title: `${fixture.title} (${lang === 'en' ? 'English' : 'Cymraeg'})`,
    lang,
    markup: typeof fixture.markup === 'string' ? fixture.markup : fixture.markup[lang],
    shows: fixture.shows[lang],
  }));
}

/**
 * What a component's fixture back end is given (`fixtureBackend(context)`) by whoever serves it, the docs site (the
 * page's PGlite) or a test server (SQLite): the database, for back ends that keep state (payments). A function, so
 * that a database is opened only when a back end first asks (the docs site's PGlite is megabytes). `Storage` is the
 * server's (`{ db: Kysely<StorageTables> }`, as `createPaymentsHandlers` takes it); a parameter, because this
 * package cannot import the server's types: the server depends on this package for its tests.
 */
export interface FixtureBackendContext<Storage> {
  readonly storage: () => Promise<Storage>;
}
