/**
 * The Theming page's token reference on the built site is the components' own GOV.UK table, not an unstyled one:
 * a row for every token, with its swatch in the token's colour, and the system font.
 */
import { describe, expect, it } from 'vitest';
import { councilTokenDefaults } from '@council-components/core/styles/theme-tokens.js';
import { openWatchedPage } from '@council-components/testing/playwright-chromium.js';
import { builtSiteInChromium } from '../built-site.ts';

const built = builtSiteInChromium();

describe('the token reference', () => {
  it('is a GOV.UK table of every token, each with a swatch of its colour, in the site’s font', async () => {
    const { page, problems } = await openWatchedPage(
      built.browser,
      `${built.url}iframe.html?id=foundations-theming--token-reference&viewMode=story`,
    );
    const table = page.locator('council-docs-token-reference table');
    await table.waitFor();
    const seen = await table.evaluate((element) => {
      const cell = element.querySelector('td');
      const rows = [...element.querySelectorAll('tbody tr')].map((row) => ({
        token: row.querySelector('th')?.textContent.trim() ?? '',
        swatch: getComputedStyle(row.querySelector('[aria-hidden] > span') ?? row).backgroundColor,
      }));
      return {
        rows,
        border: cell ? getComputedStyle(cell).borderBottomWidth : '',
        font: getComputedStyle(element).fontFamily,
      };
    });
    expect(seen.rows.map((row) => row.token)).toEqual(Object.keys(councilTokenDefaults));
    expect(seen.border).toBe('1px');
    expect(seen.font).toMatch(/^system-ui,/);
    const focus = seen.rows.find((row) => row.token === '--council-focus-colour');
    // #fd0, govuk-frontend's focus yellow.
    expect(focus?.swatch).toBe('rgb(255, 221, 0)');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
