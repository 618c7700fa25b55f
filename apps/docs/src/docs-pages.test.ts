/**
 * Each component's docs page of the built site, as a designer or council web editor first meets it, in English and
 * in Welsh: it opens at the top with nothing focused (states that move focus as they are reached no longer throw
 * the reader down the page), every id in its stories is unique (a label reaches its own story's field), its stories
 * follow the toolbar's language, and they are set in the site's system font, never the browser's default serif. And
 * the Introduction's components table is a table, listing every component.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axePageViolations } from '@council-components/testing/axe-playwright.js';
import { openWatchedPage } from '@council-components/testing/playwright-chromium.js';
import { storyNameFromExport } from 'storybook/internal/csf';
import { packageJsonFile } from '@council-components/testing/workspace-packages.js';
import { packageFolderOf } from './built-packages.ts';
import { builtSiteInChromium, fixturesBeside, indexEntries } from './built-site.ts';

const componentPages = indexEntries.filter((entry) => entry.type === 'docs' && entry.title.startsWith('Components/'));
const componentStories = indexEntries.filter(
  (entry) => entry.type === 'story' && entry.title.startsWith('Components/'),
);

const built = builtSiteInChromium();

/** The docs page once every story on it has reached its state. */
async function openDocsPage(id: string, lang: 'en' | 'cy'): Promise<{ page: Page; problems: string[] }> {
  const { page, problems } = await openWatchedPage(
    built.browser,
    `${built.url}iframe.html?id=${id}&viewMode=docs&globals=lang:${lang}`,
  );
  await page.locator('.docs-story').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('.docs-story [data-story-pending]'), null, {
    timeout: 45_000,
  });
  // Past the last frame a story's focus move could scroll in.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return { page, problems };
}

describe('the docs site’s component pages', () => {
  it('has a docs page for every component', () => {
    expect(componentPages.map((page) => page.title).sort()).toEqual(
      [...new Set(componentStories.map((story) => story.title))].sort(),
    );
  });

  for (const docsPage of componentPages) {
    // Welsh on the pages whose stories need no database: the language reaches every story by the same code
    // (fixture-story.ts), and a page of payment or booking stories starts PGlite a dozen times, seconds each.
    const langs = ['Components/Address lookup', 'Components/Bin collections'].includes(docsPage.title)
      ? (['en', 'cy'] as const)
      : (['en'] as const);
    for (const lang of langs) {
      it(`${docsPage.title} (${lang}): opens at the top, nothing focused, ids unique, in the toolbar's language and the site's font`, async () => {
        const { page } = await openDocsPage(docsPage.id, lang);
        const seen = await page.evaluate(() => {
          // Every id in the document, not only the stories': what Storybook and its addons add counts too (the a11y
          // addon's vision filters, once per story, until a11y-preview.ts).
          const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
          const component = document.querySelector('.docs-story form > *');
          return {
            scrollY,
            focused: document.activeElement === document.body || document.activeElement === null,
            repeated: [...new Set(ids.filter((id, at) => ids.indexOf(id) !== at))],
            ids: ids.length,
            storyLangs: [
              ...new Set([...document.querySelectorAll<HTMLFormElement>('.docs-story form')].map((form) => form.lang)),
            ],
            font: component ? getComputedStyle(component).fontFamily : '',
          };
        });
        expect(seen.scrollY).toBe(0);
        expect(seen.focused).toBe(true);
        expect(seen.ids).toBeGreaterThan(0);
        expect(seen.repeated).toEqual([]);
        expect(seen.storyLangs).toEqual([lang]);
        expect(seen.font).toMatch(/^system-ui,/);

        // Its API table is the page's API (custom-elements.json): attributes, properties, events; never the kit's
        // plumbing or a component's inner state, and no free-text control that could blank a story.
        const apiRows = await page
          .locator('.docblock-argstable tbody tr td:first-child')
          .evaluateAll((cells) => cells.map((cell) => (cell as HTMLElement).innerText.split('\n')[0]?.trim() ?? ''));
        expect(apiRows).toContain('name');
        for (const internal of [
          'i18n',
          'version',
          'packageName',
          'componentCss',
          'formMembership',
          'currentStep',
          'fieldsMode',
          'searching',
        ])
          expect(apiRows).not.toContain(internal);
        expect(await page.locator('.docblock-argstable').locator('input, textarea, select').count()).toBe(0);

        // Each story shows its fixture's state in this language (the first, as a reader meets it).
        const first = componentStories.find((story) => story.title === docsPage.title);
        const fixtures = first ? await fixturesBeside(first.importPath) : [];
        const fixture = fixtures.find(
          (candidate) => storyNameFromExport(candidate.story) === first?.name && candidate.lang === lang,
        );
        expect(fixture, `a fixture for the first story of ${docsPage.title}`).toBeDefined();
        const shown = (await page.locator('.docs-story').first().innerText()).replace(/\s+/g, ' ');
        expect(shown).toContain(fixture?.shows.text);

        // When to use it, when not, and the GOV.UK patterns it follows, linked.
        const guidance = page.locator('.council-docs-guidance');
        for (const heading of ['When to use it', 'When not to use it', 'The GOV.UK patterns it follows'])
          expect(await guidance.getByRole('heading', { name: heading }).count()).toBe(1);
        const patterns = await guidance
          .getByRole('link')
          .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
        expect(patterns.length).toBeGreaterThan(0);
        for (const href of patterns)
          expect(href).toMatch(/^https:\/\/(design-system\.service\.gov\.uk|docs\.payments\.service\.gov\.uk)\//);

        // "Use it on your site" is on every component's page, and passes axe like the stories.
        const builder = page.locator('council-docs-snippet');
        await builder.getByRole('heading', { name: 'Use it on your site' }).waitFor();
        expect(await builder.locator('pre code').innerText()).toMatch(
          /<script type="module" src="https:\/\/cdn\.jsdelivr\.net\/npm\/@council-components\/[a-z-]+@[\d.]+\/.* integrity="sha384-.*<council-[a-z-]+[ >]/s,
        );
        expect(await axePageViolations(page, 'council-docs-snippet')).toEqual([]);

        // Its error messages, in English and Welsh, from the strings it ships: none missing in either language.
        const errorRows = await page
          .locator('table.council-docs-errors tbody tr')
          .evaluateAll((rows) =>
            rows.map((row) => [...row.children].map((cell) => (cell as HTMLElement).innerText.trim())),
          );
        expect(errorRows.length).toBeGreaterThan(0);
        for (const [key, english, welsh] of errorRows) {
          expect(key).toMatch(/^error[A-Z]/);
          expect(english).not.toBe('');
          expect(welsh).not.toBe('');
        }
        expect(await axePageViolations(page, 'table.council-docs-errors')).toEqual([]);

        // Its adoption (the collector is out of reach here: the snapshot, said so) and its changelog, with what the
        // changesets waiting for the next release say of it.
        await page.getByRole('heading', { name: /^Adoption of @council-components\// }).waitFor();
        expect(await page.getByRole('heading', { name: 'Changelog' }).count()).toBe(1);
        expect(await page.locator('.council-docs-changes li').count()).toBeGreaterThan(0);

        // Its latest version, as built, beside its status.
        const release = packageJsonFile(packageFolderOf(docsPage.importPath)) as { name: string; version: string };
        expect(await page.locator('.council-docs-version').innerText()).toBe(
          `Latest version: ${release.name}@${release.version}`,
        );

        // Accessibility: what was tested and how, its known issues, and text for the council's statement that names
        // this release and this component's count of states.
        const accessibility = page.locator('.council-docs-accessibility');
        expect(await accessibility.getByRole('heading', { name: 'Accessibility', level: 2 }).count()).toBe(1);
        const checks = await accessibility.locator('table.council-docs-checks tbody tr').allInnerTexts();
        expect(checks.join('\n')).toMatch(/2\.1\.1 Keyboard[\s\S]*2\.4\.7[\s\S]*1\.4\.10[\s\S]*4\.1\.3/);
        expect(await accessibility.getByRole('heading', { name: 'Known issues' }).count()).toBe(1);
        expect(await accessibility.locator('h3 + ul li').first().innerText()).toMatch(/not yet been tested by hand/);
        const statement = (await accessibility.locator('.council-docs-statement').innerText()).replace(/\s+/g, ' ');
        expect(statement).toContain(`(${release.name}, version ${release.version})`);
        expect(statement).toContain('WCAG) version 2.2 to level AA');
        const storiesOfPage = componentStories.filter((story) => story.title === docsPage.title).length;
        expect(statement).toContain(`each of its ${String(storiesOfPage)} documented states`);
        expect(await axePageViolations(page, '.council-docs-accessibility')).toEqual([]);

        // Welsh: how much follows a government service's words, with a link to every string and its source.
        const welsh = page.locator('.council-docs-welsh');
        expect(await welsh.innerText()).toMatch(/All \d+ of its strings are in Welsh\. \d+ use the same words/);
        expect(await welsh.getByRole('link', { name: 'Welsh strings' }).getAttribute('href')).toBe(
          './?path=/docs/foundations-welsh-strings--docs',
        );

        // Feedback: an email naming the package and version, and the way to propose something new.
        const feedback = page.locator('.council-docs-feedback');
        const mail = await feedback.getByRole('link', { name: /email/ }).getAttribute('href');
        expect(decodeURIComponent(String(mail))).toBe(
          `mailto:feedback@council-components.org.uk?subject=Feedback on ${release.name} ${release.version}`,
        );
        expect(await feedback.getByRole('link', { name: 'Propose or contribute a component' }).count()).toBe(1);

        // Every state says when it appears, each in its own words: states that look alike read differently.
        if (lang === 'en') {
          const states = fixtures.filter((candidate) => candidate.lang === 'en');
          const said = states.map((state) => state.when ?? '');
          expect(new Set(said).size).toBe(states.length);
          const text = (await page.locator('#storybook-docs').innerText()).replace(/\s+/g, ' ');
          // As Markdown renders it: `code` loses its backticks.
          for (const when of said) expect(text).toContain(when.replaceAll('`', ''));
        }
        await page.context().close();
      });
    }
  }

  it('the Introduction lists every component in a table, not as Markdown text', async () => {
    const { page, problems } = await openWatchedPage(
      built.browser,
      `${built.url}iframe.html?id=introduction--docs&viewMode=docs`,
    );
    const table = page.locator('table', { has: page.locator('th', { hasText: 'Component' }) });
    await table.waitFor();
    expect(await page.locator('body').innerText()).not.toMatch(/\|\s*Component\s*\|/);
    const rows = await table.locator('tbody tr').allInnerTexts();
    for (const docsPage of componentPages)
      expect(rows.some((row) => row.startsWith(docsPage.title.replace('Components/', '')))).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
