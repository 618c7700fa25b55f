import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { addDays, londonDate } from '@council-components/collections/local-date.js';
import { dateInWords, movedFromDate } from '@council-components/collections/date-words.js';
import { defineElement } from '@council-components/core/define.js';
import { coreWelshSources } from '@council-components/core/i18n/welsh-sources.js';
import { addressSearchWelshSources } from '@council-components/core/search/address-search.welsh-sources.js';
import { componentContract } from '@council-components/testing/component-contract.js';
import { COUNCIL_SYSTEM_UPRNS } from '@council-components/testing/fakes/council-collections-fake.js';
import { UKBCD_UPRNS } from '@council-components/testing/fakes/ukbcd-fake.js';
import { storiesOf } from '@council-components/testing/fixture-story.js';
import { welshSourceProblems } from '@council-components/testing/welsh-sources.js';
import { binCollectionsFixtures, chooseNamed, SCRAPER_ENDPOINT } from './bin-collections.fixtures.js';
import * as stories from './bin-collections.stories.js';
import { binCollectionsStrings } from './bin-collections.strings.js';
import { binCollectionsWelshSources } from './bin-collections.welsh-sources.js';
import type { CouncilBinCollections } from './council-bin-collections.js';
import './define.js';

const markupOf = (story: string): string =>
  binCollectionsFixtures.find((fixture) => fixture.story === story)?.markup ?? '';

/** With the keyboard, in the list of addresses: down to the one whose name has `text`. */
async function pickWithArrows(text: string): Promise<void> {
  const list = document.activeElement as HTMLSelectElement;
  for (let i = 0; i < list.options.length && !(list.selectedOptions[0]?.textContent ?? '').includes(text); i++)
    await userEvent.keyboard('{ArrowDown}');
}

componentContract<CouncilBinCollections>({
  kind: 'display',
  tag: 'council-bin-collections',
  fixtures: binCollectionsFixtures,
  markup: '<council-bin-collections name="contract"></council-bin-collections>',
  journeyByKeyboard: async (keyboard) => {
    await keyboard.keyboard('SO16 0AS{Enter}');
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('contract-lookup-select'));
    await pickWithArrows('4 Adanac Drive');
    await keyboard.tab();
    await keyboard.keyboard('{Enter}');
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('contract-heading'));
  },
  reaches: 'Black bin (general waste)',
  fallback: {
    markup: markupOf('AroundThePagesContent'),
    text: 'You can also check your bin day on our collection days page',
  },
  announcements: {
    waiting: /^(Searching for addresses|Finding your collection days)/,
    journeys: [
      {
        title: 'an address chosen: what was found, then nothing stale once its collections are shown',
        act: async (element) => {
          await element.search('SO16 0AS');
          await new Promise((resolve) => setTimeout(resolve, 300));
          await chooseNamed(element, '4 Adanac Drive');
        },
        says: ['5 addresses found for SO16 0AS'],
        holds: '',
      },
      {
        title: 'a postcode with no addresses: the problem, with the way forward',
        act: (element) => element.search('SO16 9ZZ'),
        says: ['Error: We could not find any addresses for SO16 9ZZ. Check the postcode and try again'],
        holds: /^Error: We could not find any addresses/,
      },
      {
        title: 'a property whose data cannot be had: why, said once',
        act: async (element) => {
          element.setAttribute('endpoint', SCRAPER_ENDPOINT);
          element.setAttribute('uprn', UKBCD_UPRNS.blocked);
          await element.refresh();
        },
        says: ['Sorry, collection dates are not available at the moment. Try again later.'],
        holds: 'Sorry, collection dates are not available at the moment. Try again later.',
      },
      {
        title: 'a Jersey postcode: not an area the council collects from',
        act: (element) => element.search('JE2 3AB'),
        says: ['We do not collect bins at this address. It is looked after by another council.'],
        holds: /^We do not collect bins at this address/,
      },
    ],
  },
  defineElement,
});

let host: HTMLDivElement;

beforeEach(() => {
  localStorage.clear();
  host = document.body.appendChild(document.createElement('div'));
});

afterEach(() => {
  host.remove();
  localStorage.clear();
  document.documentElement.lang = 'en';
});

async function mount(markup: string, lang: 'en' | 'cy' = 'en'): Promise<CouncilBinCollections> {
  document.documentElement.lang = lang;
  host.innerHTML = markup;
  const element = host.querySelector('council-bin-collections');
  if (!element) throw new Error('no element');
  await element.updateComplete;
  return element;
}

const visibleText = (element: HTMLElement): string => element.innerText.replace(/\s+/g, ' ');

describe('a resident’s collections', () => {
  it('says “Tomorrow” by London’s date, groups the services of a day, and shows the usual date of a moved one', async () => {
    const element = await mount(markupOf('MovedByABankHoliday'));
    await element.refresh();
    const today = londonDate(new Date());
    const headings = [...element.querySelectorAll('h3')].map((heading) => heading.textContent.trim());
    expect(headings.slice(0, 2)).toEqual([
      `Tomorrow, ${dateInWords(addDays(today, 1), 'en')}`,
      dateInWords(addDays(today, 10), 'en'),
    ]);
    const [first] = element.querySelectorAll('.ccuk-bin-collections__services');
    expect([...(first?.querySelectorAll('li') ?? [])].map((item) => item.textContent.trim())).toEqual([
      'Black bin (general waste)',
      'Blue bin (recycling)',
    ]);
    expect(visibleText(element)).toContain(`Moved from ${movedFromDate(addDays(today, 9), 'en')}`);
    document.documentElement.lang = 'cy';
    await vi.waitFor(() => {
      expect(visibleText(element)).toContain(`Yfory, ${dateInWords(addDays(today, 1), 'cy').replace(/^Dydd/, 'dydd')}`);
    });
    expect(visibleText(element)).toContain(`Wedi symud o ${movedFromDate(addDays(today, 9), 'cy')}`);
  });

  it('never says a colour by its swatch alone: the swatch is hidden from screen readers, the name says it', async () => {
    const element = await mount(markupOf('MovedByABankHoliday'));
    await element.refresh();
    const swatches = [...element.querySelectorAll<HTMLElement>('.ccuk-bin-collections__swatch')];
    expect(swatches.length).toBeGreaterThan(0);
    for (const swatch of swatches) {
      expect(swatch.getAttribute('aria-hidden')).toBe('true');
      expect(swatch.parentElement?.textContent).toMatch(/Black|Blue/);
    }
    expect(swatches.map((swatch) => getComputedStyle(swatch).backgroundColor)).toEqual(
      swatches.map((swatch) =>
        swatch.parentElement?.textContent.includes('Black') ? 'rgb(0, 0, 0)' : 'rgb(0, 0, 255)',
      ),
    );
  });

  it('gives the calendar to download and to subscribe to, in the page’s language, served as text/calendar', async () => {
    const element = await mount(markupOf('MovedByABankHoliday'), 'cy');
    await element.refresh();
    const links = [...element.querySelectorAll<HTMLAnchorElement>('a[href*="calendar.ics"]')];
    expect(links.map((link) => link.textContent.trim())).toEqual([
      'Lawrlwytho’r dyddiadau casglu (ffeil .ics)',
      'Tanysgrifio i’r dyddiadau casglu yn eich ap calendr',
    ]);
    const [download, subscribe] = links.map((link) => new URL(link.href));
    expect(download?.searchParams.get('uprn')).toBe(COUNCIL_SYSTEM_UPRNS.normal);
    expect(download?.searchParams.get('lang')).toBe('cy');
    expect(links[0]?.hasAttribute('download')).toBe(true);
    expect(subscribe?.protocol).toBe('webcal:');
    expect(subscribe?.pathname).toBe(download?.pathname);
    const calendar = await fetch(download?.href ?? '');
    expect(calendar.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(await calendar.text()).toContain('SUMMARY:Casgliad biniau: Bin du (gwastraff cyffredinol)');
  });

  it('shows the council’s links: report a missed collection, and contact where no dates can be shown', async () => {
    const shown = await mount(markupOf('MovedByABankHoliday'));
    await shown.refresh();
    expect(shown.querySelector<HTMLAnchorElement>('a[href="/bins/missed"]')?.textContent).toBe(
      'Report a missed collection',
    );
    const down = await mount(markupOf('DataSourceDown'));
    await down.refresh();
    expect(down.querySelector<HTMLAnchorElement>('a[href="/contact-us"]')?.textContent).toBe('Contact the council');
    // "Try again" asks again, and says where the resident is.
    down.querySelector<HTMLButtonElement>('button')?.click();
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('bins-heading'));
    expect(down.currentStep).toBe('unavailable');
  });

  it('with a UPRN from the page, shows its collections without a search, and no way to change the address', async () => {
    const element = await mount(markupOf('MovedByABankHoliday'));
    await vi.waitFor(() => expect(element.currentStep).toBe('collections'));
    expect(element.querySelector('input')).toBeNull();
    expect(visibleText(element)).not.toContain('Not your address?');
    expect(visibleText(element)).toContain('Bin collections for 4 Adanac Drive, Southampton');
  });

  it('for an address outside Great Britain (Jersey), says no council here collects there', async () => {
    const element = await mount('<council-bin-collections></council-bin-collections>');
    await element.search('je2 3ab');
    expect(element.currentStep).toBe('not-collected');
    expect(element.querySelector<HTMLAnchorElement>('a[href^="https://www.gov.uk/find-local-council"]')).not.toBeNull();
    expect(element.querySelector('a[href="#bins-lookup-postcode"]')?.textContent).toBe(
      'Search for a different address',
    );
  });
});

describe('remembering the property (`remember`)', () => {
  async function choose(markup: string): Promise<CouncilBinCollections> {
    const element = await mount(markup);
    await element.search('SO16 0AS');
    await chooseNamed(element, '4 Adanac Drive');
    return element;
  }

  it('only when the page opts in: without `remember`, nothing is stored', async () => {
    await choose('<council-bin-collections></council-bin-collections>');
    expect(localStorage.length).toBe(0);
  });

  it('shows the property remembered on the next visit, with “Not your address? Change”, which forgets it', async () => {
    await choose('<council-bin-collections remember></council-bin-collections>');
    expect(localStorage.length).toBe(1);
    const next = await mount('<council-bin-collections remember></council-bin-collections>');
    await vi.waitFor(() => expect(next.currentStep).toBe('collections'));
    expect(visibleText(next)).toContain('Bin collections for Ordnance Survey, 4 Adanac Drive');
    expect(visibleText(next)).toContain('Not your address? Change');
    // Nothing moved focus on arrival: the resident did not ask for anything yet.
    expect(next.contains(document.activeElement)).toBe(false);
    next.querySelector<HTMLAnchorElement>('a[href="#bins-lookup-postcode"]')?.click();
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('bins-lookup-postcode'));
    expect(localStorage.length).toBe(0);
  });

  it('ignores what others wrote there: another back end’s property, or no UPRN', async () => {
    for (const stored of [
      { uprn: COUNCIL_SYSTEM_UPRNS.normal, address: 'x', endpoint: '/elsewhere' },
      { uprn: '<img src=x>', address: 'x', endpoint: '/api/collections' },
      'not json',
    ]) {
      localStorage.setItem('council-bin-collections', typeof stored === 'string' ? stored : JSON.stringify(stored));
      const element = await mount('<council-bin-collections remember></council-bin-collections>');
      expect(element.currentStep, JSON.stringify(stored)).toBe('postcode');
    }
  });
});

describe('its Welsh', () => {
  it('records where every Welsh string comes from, or that it is ours, for review', () => {
    expect(
      welshSourceProblems(binCollectionsStrings.cy, {
        ...coreWelshSources,
        ...addressSearchWelshSources,
        ...binCollectionsWelshSources,
      }),
    ).toEqual([]);
  });
});

describe('the fixtures and the stories', () => {
  it('have one story per state, and every state in both languages', () => {
    const states = [...new Set(binCollectionsFixtures.map((fixture) => fixture.story))];
    expect(storiesOf(stories).sort()).toEqual([...states].sort());
    for (const state of states) {
      expect(
        binCollectionsFixtures.filter((fixture) => fixture.story === state).map((fixture) => fixture.lang),
      ).toEqual(['en', 'cy']);
    }
  });
});
