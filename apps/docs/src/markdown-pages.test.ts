/**
 * The docs site's Markdown pages (`*.mdx`: the Introduction, the guides, proposing a component) on the built site,
 * as a reader meets them: each renders its one heading without errors, axe finds no WCAG 2.2 AA violation, no
 * Markdown is left as text, and every link to another page of the site names a page the site has. A new page is
 * covered the moment it exists. The guides for putting the components into a CMS are one group in the sidebar, in
 * the order a reader needs them, and the snippet builder's link reaches its first page.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { axePageViolations } from '@council-components/testing/axe-playwright.js';
import { openWatchedPage } from '@council-components/testing/playwright-chromium.js';
import { builtSiteInChromium, indexEntries } from './built-site.ts';

const markdownPages = indexEntries.filter((entry) => entry.type === 'docs' && entry.importPath.endsWith('.mdx'));
const docsIds = new Set(indexEntries.filter((entry) => entry.type === 'docs').map((entry) => entry.id));

/** The docs page a site link (`?path=/docs/guides-…--docs`, with or without `./`) opens, or undefined for others. */
const linkedDocsId = (href: string): string | undefined => /[?&]path=\/docs\/([^&#]+)/.exec(href)?.[1];

const built = builtSiteInChromium();

describe('the docs site’s Markdown pages', () => {
  it('has the CMS guides as one group, in reading order', () => {
    expect(markdownPages.filter((page) => page.title.startsWith('Guides/')).map((page) => page.title)).toEqual([
      'Guides/Put it in your CMS/Before you start',
      'Guides/Put it in your CMS/WordPress',
      'Guides/Put it in your CMS/Drupal and LocalGov Drupal',
      'Guides/Put it in your CMS/Any other CMS',
    ]);
  });

  it('the snippet builder links to a guide the site has', () => {
    const source = readFileSync(new URL('snippet/snippet-builder.ts', import.meta.url), 'utf8');
    const links = [...source.matchAll(/href="(\.\/\?path=[^"]+)"/g)].map(([, href = '']) => linkedDocsId(href));
    expect(links).toContain('guides-put-it-in-your-cms-before-you-start--docs');
    for (const id of links) expect(docsIds, `the page ${String(id)}`).toContain(id);
  });

  for (const docsPage of markdownPages) {
    it(`${docsPage.title}: renders, is axe-clean, and links only to pages the site has`, async () => {
      const { page, problems } = await openWatchedPage(
        built.browser,
        `${built.url}iframe.html?id=${docsPage.id}&viewMode=docs`,
      );
      const content = page.locator('#storybook-docs .sbdocs-content');
      await content.locator('h1').first().waitFor();
      expect(await content.locator('h1').count()).toBe(1);

      // Tables are tables and code is code: no Markdown syntax shown as text.
      const text = await content.innerText();
      expect(text).not.toMatch(/^\s*\|.*\|\s*$/m);
      expect(text).not.toContain('```');

      const hrefs = await content
        .locator('a[href]')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      for (const href of hrefs) {
        const id = linkedDocsId(href);
        if (id !== undefined) expect(docsIds, `${docsPage.title} links to ${href}`).toContain(id);
      }

      expect(await axePageViolations(page, '#storybook-docs')).toEqual([]);
      expect(problems).toEqual([]);
      await page.context().close();
    });
  }
});
