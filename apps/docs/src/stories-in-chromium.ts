/**
 * Every story of the built docs site, in every language, opened in Chromium:
 * it renders without errors and axe finds no WCAG 2.2 AA violation. A new
 * component's stories are covered the moment they exist. The stories are
 * shared between test files (`stories-1.test.ts`, `stories-2.test.ts`), one
 * share each, so that the test runner's workers open them side by side: each
 * story with a back end starts its page's database, seconds apiece.
 */
import { describe, expect, it } from 'vitest';
import { axePageViolations } from '@council-components/testing/axe-playwright.js';
import { openWatchedPage } from '@council-components/testing/playwright-chromium.js';
import { storyNameFromExport } from 'storybook/internal/csf';
import { builtSiteInChromium, fixturesBeside, indexEntries } from './built-site.ts';

const allStories = indexEntries.filter((entry) => entry.type === 'story');

/** Opens share `share` (from 1) of `shares` of the stories, every other story by their order in the index. */
export function storiesInChromium(share: number, shares: number): void {
  const stories = allStories.filter((_, at) => at % shares === share - 1);
  const built = builtSiteInChromium();

  describe(`the docs site (share ${String(share)} of ${String(shares)})`, () => {
    it('has stories', () => {
      expect(stories.length).toBeGreaterThan(0);
    });

    for (const story of stories) {
      for (const lang of ['en', 'cy'] as const) {
        it(`${story.title} › ${story.name} (${lang}) renders and is axe-clean`, async () => {
          const url = `${built.url}iframe.html?id=${story.id}&viewMode=story&globals=lang:${lang};a11y.manual:!true`;
          const fixture = (await fixturesBeside(story.importPath)).find(
            (candidate) => storyNameFromExport(candidate.story) === story.name && candidate.lang === lang,
          );
          // What a state tells the page author in the console is part of it; anything else is a problem.
          const { page, problems } = await openWatchedPage(built.browser, url, {
            knownProblems: fixture?.logs ? [fixture.logs] : [],
          });
          await page.locator('#storybook-root > *').first().waitFor();
          // Stories that drive a component to a state mark themselves pending until it is reached: a payment's first
          // starts the page's database (PGlite, 5 to 7 s on a loaded 2-core machine).
          await page.waitForFunction(() => !document.querySelector('#storybook-root [data-story-pending]'), null, {
            timeout: 30_000,
          });
          expect(await page.locator('html').getAttribute('lang')).toBe(lang);
          // A story drawn from a fixture shows that fixture's state.
          if (story.title.startsWith('Components/')) expect(fixture, `a fixture for ${story.name}`).toBeDefined();
          // As the contract suite reads it: visible text, white space collapsed.
          const shown = (await page.locator('#storybook-root').innerText()).replace(/\s+/g, ' ');
          if (fixture) expect(shown).toContain(fixture.shows.text);
          // The style specimen speaks the page's language too: a Welsh page is Welsh in full.
          const specimen = page.locator('council-docs-style-sample');
          if ((await specimen.count()) > 0) {
            expect(await specimen.innerText()).toContain(lang === 'cy' ? 'Dod o hyd i gyfeiriad' : 'Find address');
          }
          expect(await axePageViolations(page, '#storybook-root')).toEqual([]);
          // The GOV.UK Pay API key exists only on the server: no story shows one, test or live.
          expect(await page.locator('#storybook-root').innerHTML()).not.toMatch(/api_(?:test|live)_/);
          expect(problems).toEqual([]);
          await page.context().close();
        });
      }
    }
  });
}
