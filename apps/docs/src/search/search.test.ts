/**
 * The docs site's full-text search on the built site, as a reader uses it: words that appear only in the pages'
 * text (not in any page's name) find the pages that say them, in English and in Welsh; the count is said to screen
 * readers; each result opens its page.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openWatchedPage } from '@council-components/testing/playwright-chromium.js';
import { builtSiteInChromium } from '../built-site.ts';

const built = builtSiteInChromium();
let page: Page;

beforeAll(async () => {
  ({ page } = await openWatchedPage(
    built.browser,
    `${built.url}iframe.html?id=search--search-the-docs&viewMode=story`,
  ));
  await page.getByRole('searchbox', { name: 'Search the docs' }).waitFor();
});

/** Types `query` into the search by keyboard, and reads what it found. */
async function searchFor(query: string): Promise<{ said: string; titles: string[]; hrefs: (string | null)[] }> {
  const box = page.getByRole('searchbox', { name: 'Search the docs' });
  await box.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(query);
  const status = page.getByRole('status');
  await expect.poll(() => status.innerText()).toContain(`“${query}”`);
  const links = page.locator('council-docs-search li a');
  return {
    said: await status.innerText(),
    titles: await links.allInnerTexts(),
    hrefs: await links.evaluateAll((all) => all.map((link) => link.getAttribute('href'))),
  };
}

describe('searching the docs', () => {
  it('finds SRI, which no page is named for, in the Introduction and the component pages', async () => {
    const { said, titles, hrefs } = await searchFor('SRI');
    expect(titles).toContain('Introduction');
    expect(titles).toContain('Components › Address lookup');
    expect(said).toBe(`${String(titles.length)} pages mention “SRI”`);
    expect(hrefs).toContain('./?path=/docs/components-address-lookup--docs');
  });

  it('finds accessibility and the changelog in what the pages say', async () => {
    expect((await searchFor('accessibility')).titles.length).toBeGreaterThan(0);
    expect((await searchFor('changelog')).titles.length).toBeGreaterThan(0);
  });

  it('finds a component by what its accessibility and Welsh sections say', async () => {
    expect((await searchFor('Redundant Entry')).titles).toEqual(['Components › Address lookup']);
    expect((await searchFor('9yb')).titles).toEqual(['Components › Book an appointment']);
    const statement = await searchFor('accessibility statement');
    for (const title of ['Address lookup', 'Bin collections', 'Book an appointment', 'Pay the council'])
      expect(statement.titles).toContain(`Components › ${title}`);
  });

  it('finds a state by what it says in Welsh, and by when it appears', async () => {
    expect((await searchFor('Rhowch god post')).titles).toContain('Components › Address lookup');
    expect((await searchFor('bank holiday')).titles).toEqual(['Components › Bin collections']);
  });

  it('finds the guides: where the code goes on Drupal and WordPress, the proxy rule and the CSP lines', async () => {
    const drupal = await searchFor('libraries.yml');
    expect(drupal.titles).toEqual(['Guides › Put it in your CMS › Drupal and LocalGov Drupal']);
    expect(drupal.hrefs).toEqual(['./?path=/docs/guides-put-it-in-your-cms-drupal-and-localgov-drupal--docs']);
    expect((await searchFor('DISALLOW_UNFILTERED_HTML')).titles).toEqual(['Guides › Put it in your CMS › WordPress']);
    expect((await searchFor('council_address_lookup')).titles).toEqual(['Guides › Put it in your CMS › WordPress']);
    expect((await searchFor('ProxyPass')).titles).toEqual(['Guides › Put it in your CMS › Any other CMS']);
    expect((await searchFor('connect-src')).titles).toContain('Guides › Put it in your CMS › Any other CMS');
  });

  it('finds the Foundations pages by what only they say: a token, and what it colours', async () => {
    const keylines = await searchFor('keylines');
    expect(keylines.titles).toContain('Foundations › Theming');
    expect(keylines.hrefs).toContain('./?path=/docs/foundations-theming--docs');
    expect((await searchFor('Defra')).titles).toEqual(['Foundations › Welsh strings']);
    expect((await searchFor('notification banner')).titles).toContain('Foundations › GOV.UK parts');
  });

  it('finds a token on the Theming page and on each component page that reads it', async () => {
    const { titles } = await searchFor('--council-focus-colour');
    expect(titles).toContain('Foundations › Theming');
    expect(titles).toContain('Components › Address lookup');
    expect((await searchFor('--council-body-background-colour')).titles).not.toContain('Components › Address lookup');
  });

  it('says so when nothing matches', async () => {
    const { said, titles } = await searchFor('zzyzx');
    expect(titles).toEqual([]);
    expect(said).toBe('No page mentions “zzyzx”');
  });
});
