import { html } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CouncilElement } from '../base-element.js';
import { defineElement } from '../define.js';
import { missingTranslations, type Catalogue } from './catalogue.js';
import { coreStrings } from './core-strings.js';
import { providerFailureStrings } from './provider-failure-strings.js';
import { LocalizeController } from './localize-controller.js';
import { pluralCategory } from './plural.js';
import { coreWelshSources, providerFailureWelshSources } from './welsh-sources.js';
import { welshSourceProblems } from '@council-components/testing/welsh-sources.js';

type Key = 'greeting' | 'results' | 'named';

const catalogue: Catalogue<Key> = {
  en: {
    greeting: 'Find an address',
    results: { one: '{count} address found', other: '{count} addresses found' },
    named: 'Hello {name}',
  },
  cy: {
    greeting: 'Dod o hyd i gyfeiriad',
    // Six distinct forms, so the test proves which category was chosen.
    results: {
      zero: 'dim: {count}',
      one: 'un: {count}',
      two: 'dau: {count}',
      few: 'ychydig: {count}',
      many: 'llawer: {count}',
      other: 'arall: {count}',
    },
    named: 'Helo {name}',
  },
};

class LocalizedProbe extends CouncilElement {
  static override properties = { count: { type: Number } };
  declare count: number;
  readonly i18n = new LocalizeController<Key>(this, catalogue, () => this.strings);

  constructor() {
    super();
    this.count = 0;
  }

  override render(): unknown {
    return html`<p class="greeting">${this.i18n.t('greeting')}</p>
      <p class="results">${this.i18n.t('results', { count: this.count })}</p>`;
  }
}
defineElement('council-localized-probe', LocalizedProbe);

const mount = async (markup: string): Promise<LocalizedProbe> => {
  const host = document.createElement('div');
  host.innerHTML = markup;
  document.body.append(host);
  const probe = host.querySelector<LocalizedProbe>('council-localized-probe');
  if (!probe) throw new Error('probe not rendered');
  await probe.updateComplete;
  return probe;
};
const text = (probe: Element, selector: string): string => probe.querySelector(selector)?.textContent?.trim() ?? '';

describe('i18n', () => {
  afterEach(() => {
    document.body.replaceChildren();
    document.documentElement.setAttribute('lang', 'en');
    vi.restoreAllMocks();
  });

  it('speaks English by default', async () => {
    document.documentElement.removeAttribute('lang');
    const probe = await mount('<council-localized-probe></council-localized-probe>');
    expect(probe.i18n.lang).toBe('en');
    expect(text(probe, '.greeting')).toBe('Find an address');
  });

  it('speaks Welsh inside the nearest lang="cy", whatever the page language', async () => {
    const probe = await mount(
      '<section lang="cy"><div><council-localized-probe></council-localized-probe></div></section>',
    );
    expect(probe.i18n.lang).toBe('cy');
    expect(text(probe, '.greeting')).toBe('Dod o hyd i gyfeiriad');
  });

  it('reads regional tags and the element’s own lang', async () => {
    const regional = await mount('<div lang="cy-GB"><council-localized-probe></council-localized-probe></div>');
    expect(regional.i18n.lang).toBe('cy');
    const own = await mount('<div lang="cy"><council-localized-probe lang="en"></council-localized-probe></div>');
    expect(own.i18n.lang).toBe('en');
    const other = await mount('<div lang="fr"><council-localized-probe></council-localized-probe></div>');
    expect(other.i18n.lang).toBe('en');
  });

  it('follows a lang change on the page without a reload', async () => {
    const probe = await mount('<council-localized-probe></council-localized-probe>');
    expect(text(probe, '.greeting')).toBe('Find an address');

    document.documentElement.setAttribute('lang', 'cy');
    await vi.waitFor(() => expect(text(probe, '.greeting')).toBe('Dod o hyd i gyfeiriad'));

    document.documentElement.setAttribute('lang', 'en-GB');
    await vi.waitFor(() => expect(text(probe, '.greeting')).toBe('Find an address'));
  });

  it('follows a lang change in every component on the page, and not in one taken off it until it is back', async () => {
    const probes = await Promise.all([1, 2, 3].map(() => mount('<council-localized-probe></council-localized-probe>')));
    const [away, ...staying] = probes as [LocalizedProbe, ...LocalizedProbe[]];
    away.remove();
    document.documentElement.setAttribute('lang', 'cy');
    for (const probe of staying) await vi.waitFor(() => expect(text(probe, '.greeting')).toBe('Dod o hyd i gyfeiriad'));
    expect(away.i18n.lang).toBe('en');
    document.body.append(away);
    await away.updateComplete;
    expect(text(away, '.greeting')).toBe('Dod o hyd i gyfeiriad');
    // Every one off the page, then one back: the page is watched again.
    for (const probe of probes) probe.remove();
    document.body.append(away);
    document.documentElement.setAttribute('lang', 'en');
    await vi.waitFor(() => expect(text(away, '.greeting')).toBe('Find an address'));
  });

  it('follows a lang change on an ancestor wrapper', async () => {
    const probe = await mount('<article><council-localized-probe></council-localized-probe></article>');
    probe.closest('article')?.setAttribute('lang', 'cy');
    await vi.waitFor(() => expect(probe.i18n.lang).toBe('cy'));
    expect(text(probe, '.greeting')).toBe('Dod o hyd i gyfeiriad');
  });

  it('finds the language across a shadow-root boundary', async () => {
    const outer = document.createElement('div');
    outer.lang = 'cy';
    document.body.append(outer);
    const shadow = outer.attachShadow({ mode: 'open' });
    const probe = new LocalizedProbe();
    shadow.append(probe);
    await probe.updateComplete;
    expect(probe.i18n.lang).toBe('cy');
  });

  it('chooses Welsh plural forms: all six categories', async () => {
    const probe = await mount('<div lang="cy"><council-localized-probe></council-localized-probe></div>');
    const seen: Record<number, string> = {};
    for (const count of [0, 1, 2, 3, 6, 4, 100]) {
      probe.count = count;
      await probe.updateComplete;
      seen[count] = text(probe, '.results');
    }
    expect(seen).toEqual({
      0: 'dim: 0',
      1: 'un: 1',
      2: 'dau: 2',
      3: 'ychydig: 3',
      6: 'llawer: 6',
      4: 'arall: 4',
      100: 'arall: 100',
    });
    expect(
      ['zero', 'one', 'two', 'few', 'many', 'other'].map((_, i) => pluralCategory('cy', [0, 1, 2, 3, 6, 4][i] ?? 0)),
    ).toEqual(['zero', 'one', 'two', 'few', 'many', 'other']);
  });

  it('chooses English plural forms and formats numbers for the language', async () => {
    const probe = await mount('<council-localized-probe></council-localized-probe>');
    probe.count = 1;
    await probe.updateComplete;
    expect(text(probe, '.results')).toBe('1 address found');
    probe.count = 1234;
    await probe.updateComplete;
    expect(text(probe, '.results')).toBe('1,234 addresses found');
  });

  it('lets a page author override any string per instance, by attribute or property', async () => {
    const probe = await mount(
      `<council-localized-probe strings='{"en":{"greeting":"Search for your home"},"cy":{"greeting":"Chwilio am eich cartref"}}'></council-localized-probe>`,
    );
    expect(text(probe, '.greeting')).toBe('Search for your home');
    document.documentElement.setAttribute('lang', 'cy');
    await vi.waitFor(() => expect(text(probe, '.greeting')).toBe('Chwilio am eich cartref'));

    probe.strings = { cy: { greeting: 'Rhywbeth arall' } };
    await probe.updateComplete;
    expect(text(probe, '.greeting')).toBe('Rhywbeth arall');
    // Strings not overridden keep their translation.
    expect(text(probe, '.results')).toBe('dim: 0');
  });

  it('ignores a strings attribute that is not JSON, or overrides that are not messages, and keeps working', async () => {
    const probe = await mount(`<council-localized-probe strings="{greeting: oops"></council-localized-probe>`);
    expect(text(probe, '.greeting')).toBe('Find an address');
    probe.setAttribute('strings', '{"en":{"greeting":5,"results":{"one":"no other form"}}}');
    await probe.updateComplete;
    expect(text(probe, '.greeting')).toBe('Find an address');
    expect(text(probe, '.results')).toBe('0 addresses found');
    probe.setAttribute('strings', '[1, 2]');
    await probe.updateComplete;
    expect(text(probe, '.greeting')).toBe('Find an address');
  });

  it('renders a string as text, never as HTML', async () => {
    const probe = await mount(`<council-localized-probe></council-localized-probe>`);
    probe.strings = { en: { greeting: '<img src=x onerror="window.pwned=1">' } };
    await probe.updateComplete;
    expect(probe.querySelector('img')).toBeNull();
    expect(text(probe, '.greeting')).toBe('<img src=x onerror="window.pwned=1">');
  });

  it('has a Welsh translation for every core string, and finds a missing one', () => {
    expect(missingTranslations(coreStrings)).toEqual([]);
    expect(missingTranslations(providerFailureStrings)).toEqual([]);
    expect(missingTranslations({ en: { a: 'A', b: 'B' }, cy: { a: 'A', b: ' ' } })).toEqual(['cy.b']);
    expect(missingTranslations({ en: { a: 'A' }, cy: { a: 'A', c: 'C' } })).toEqual(['en.c']);
  });
});

describe('the page’s own text, per language (pageText)', () => {
  class PageTextProbe extends CouncilElement {
    static override properties = {
      label: {},
      labelEn: { attribute: 'label-en' },
      labelCy: { attribute: 'label-cy' },
    };
    declare label: string | undefined;
    declare labelEn: string | undefined;
    declare labelCy: string | undefined;
    readonly i18n = new LocalizeController<Key>(this, catalogue);

    override render(): unknown {
      return html`<p class="label">${this.i18n.pageText('label') ?? this.i18n.t('greeting')}</p>`;
    }
  }
  defineElement('council-page-text-probe', PageTextProbe);

  it('takes the one for the component’s language first, then the one for any language, else none', async () => {
    const host = document.body.appendChild(document.createElement('div'));
    host.innerHTML = '<council-page-text-probe label="Any" label-cy="Cymraeg"></council-page-text-probe>';
    const probe = host.firstElementChild as PageTextProbe;
    await probe.updateComplete;
    expect(text(probe, '.label')).toBe('Any');
    host.lang = 'cy';
    await vi.waitFor(() => expect(text(probe, '.label')).toBe('Cymraeg'));
    probe.labelCy = undefined;
    await probe.updateComplete;
    expect(text(probe, '.label')).toBe('Any');
    host.lang = 'en';
    probe.labelEn = 'English';
    await vi.waitFor(() => expect(text(probe, '.label')).toBe('English'));
    probe.labelEn = undefined;
    probe.label = undefined;
    await probe.updateComplete;
    expect(probe.i18n.pageText('label')).toBeUndefined();
    expect(text(probe, '.label')).toBe('Find an address');
  });
});

describe('where core’s Welsh comes from', () => {
  it('records a government service, or says it is ours for review, for every Welsh string, and the sources still match', () => {
    expect(welshSourceProblems(coreStrings.cy, coreWelshSources)).toEqual([]);
    expect(welshSourceProblems(providerFailureStrings.cy, providerFailureWelshSources)).toEqual([]);
  });

  it('catches a Welsh string that no longer says what its source says', () => {
    expect(welshSourceProblems({ ...coreStrings.cy, tryAgain: 'Trio eto' }, coreWelshSources)).toEqual([
      'tryAgain: “Rhowch gynnig arall arni” (HMRC refunds (P800)) is not in “Trio eto”',
    ]);
    expect(welshSourceProblems({ errorPrefix: 'Gwall:' }, coreWelshSources)).toEqual([
      'tryAgain: a source for no string',
    ]);
  });
});
