/**
 * The reuse library's overview on the built site, as a council web team uses it to decide what to reuse: every
 * component with its status, version, size and owner; filters by status and by words, the count said to screen
 * readers; each name a link to its docs page. And each component's page says its status and what it means.
 */
import { describe, expect, it } from 'vitest';
import { openWatchedPage } from '@council-components/testing/playwright-chromium.js';
import { builtSiteInChromium, indexEntries } from '../built-site.ts';
import { COMPONENT_STATUSES } from './component-status.ts';
import { packageVersion } from '@council-components/testing/workspace-packages.js';

const componentPages = indexEntries.filter((entry) => entry.type === 'docs' && entry.title.startsWith('Components/'));

const built = builtSiteInChromium();

describe('the library overview', () => {
  it('lists every component, and filters by status and by words, saying how many are shown', async () => {
    const { page } = await openWatchedPage(
      built.browser,
      `${built.url}iframe.html?id=library-overview--overview&viewMode=story`,
      {
        knownProblems: [/^failed: https:\/\/adoption\.council-components\.org\.uk\//],
      },
    );
    const library = page.locator('council-docs-library');
    // The story first, then its figures: before Storybook has drawn it, nothing is pending yet (a race CI lost once).
    await library.waitFor();
    await page.waitForFunction(() => !document.querySelector('[data-story-pending]'));
    const rows = library.locator('tbody tr');
    const count = library.getByRole('status');
    expect(await rows.count()).toBe(componentPages.length);
    expect(await count.innerText()).toBe(
      `${String(componentPages.length)} components of ${String(componentPages.length)} shown`,
    );

    const address = rows.filter({ hasText: 'Address lookup' });
    const cells = await address.locator('td').allInnerTexts();
    expect(cells[0]).toBe('Beta');
    expect(cells[1]).toBe(`@council-components/address-lookup ${packageVersion('address-lookup')}`);
    expect(cells[2]).toMatch(/^\d+\.\d$/);
    expect(cells[3]).toBe('0');
    expect(cells[4]).toBe('Council Components core team');
    expect(await address.getByRole('link', { name: 'Address lookup' }).getAttribute('href')).toBe(
      './?path=/docs/components-address-lookup--docs',
    );

    // By keyboard: Beta off, then words.
    await library.getByRole('checkbox', { name: 'Beta' }).focus();
    await page.keyboard.press('Space');
    await expect
      .poll(() => count.innerText())
      .toBe(`${String(componentPages.length - 1)} components of ${String(componentPages.length)} shown`);
    expect(await rows.filter({ hasText: 'Address lookup' }).count()).toBe(0);
    await library.getByRole('searchbox', { name: 'Search components' }).focus();
    await page.keyboard.type('bin');
    await expect.poll(() => count.innerText()).toBe(`1 component of ${String(componentPages.length)} shown`);
    expect(await rows.allInnerTexts()).toEqual([expect.stringContaining('Bin collections')]);

    // What each status means, for a council.
    for (const { label, meaning } of COMPONENT_STATUSES) {
      expect(await library.locator('dt', { hasText: label }).count()).toBe(1);
      expect(await library.locator('dd').allInnerTexts()).toContain(meaning);
    }
    await page.context().close();
  });

  it('each component’s page says its status and what it means', async () => {
    const { page } = await openWatchedPage(
      built.browser,
      `${built.url}iframe.html?id=components-address-lookup--docs&viewMode=docs`,
    );
    const status = page.locator('.council-docs-status');
    await status.waitFor();
    const beta = COMPONENT_STATUSES.find((entry) => entry.status === 'beta');
    expect(await status.innerText()).toBe(`Status: Beta. ${String(beta?.meaning)}`);
    await page.context().close();
  });
});
