import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openWatchedPage } from '@council-components/testing/playwright-chromium.js';
import { sandboxComponents } from './components.ts';
import { legacyVariants, type LegacyVariant } from './legacy-variants.ts';
import { startSandbox, type RunningSandbox } from './server.ts';

/**
 * Each component's journey on a page, by its tag: answers the question as a
 * resident would (keyboard, from its first control) and returns fields the
 * council's form handler must then receive. A component added to the sandbox
 * must add its journey here, and is then tried on every variant.
 */
const journeys: Readonly<Record<string, (page: Page) => Promise<Record<string, string>>>> = {
  'council-address-lookup': async (page) => {
    await page.locator('#home-address-lookup-postcode').focus();
    await page.keyboard.type('so16 0as');
    await page.keyboard.press('Enter');
    await page.locator('#home-address-lookup-select').waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'home-address-line-1');
    return {
      'home-address-line-1': '2 Adanac Drive',
      'home-address-postcode': 'SO16 0AS',
      'home-address-uprn': '200010019932',
    };
  },
};

let sandbox: RunningSandbox;
let browser: Browser;

beforeAll(async () => {
  sandbox = await startSandbox(0);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await sandbox?.close();
});

async function openVariant(variant: LegacyVariant, delivery: 'bundles' | 'loader') {
  const watched = await openWatchedPage(
    browser,
    new URL(`variants/${variant.name}?delivery=${delivery}`, sandbox.url).href,
  );
  const { page } = watched;
  if (variant.waitsForScript) await page.locator('html[data-variant-ready]').waitFor({ state: 'attached' });
  if (variant.reveal) await page.locator(variant.reveal).click();
  for (const { tag } of sandboxComponents) await page.locator(`${tag} > .ccuk-root`).first().waitFor();
  return watched;
}

it('every sandbox component has a journey for the legacy variants', () => {
  expect(sandboxComponents.map(({ tag }) => tag).filter((tag) => !(tag in journeys))).toEqual([]);
});

describe.each(legacyVariants.map((variant) => [variant.name, variant] as const))('legacy variant: %s', (_, variant) => {
  describe.each(['bundles', 'loader'] as const)('delivered by %s', (delivery) => {
    it(`${variant.description}: each component renders once, cleanly, and holds its required check`, async () => {
      const { page, problems } = await openVariant(variant, delivery);
      // The page is what the variant says it is: its libraries ran, its script did its work.
      expect(await page.evaluate<unknown>(variant.proof), variant.proof).toBe(true);
      expect(await page.evaluate(() => document.compatMode)).toBe(variant.quirks ? 'BackCompat' : 'CSS1Compat');
      for (const { tag, markup } of sandboxComponents) {
        expect(await page.locator(`${tag} > .ccuk-root`).count(), `${tag} rendered`).toBe(1);
        if (!/\srequired[\s>]/.test(markup('en'))) continue;
        const invalid = page
          .evaluate(
            (name) =>
              new Promise<boolean>((resolve) => {
                document.querySelector(name)?.addEventListener('council-invalid', () => resolve(true), { once: true });
                setTimeout(() => resolve(false), 5_000);
              }),
            tag,
          )
          // A page that sends the form anyway navigates away: no report came.
          .catch(() => false);
        await page.getByRole('button', { name: 'Send' }).click();
        expect(await invalid, `${tag} reported its unanswered required question`).toBe(true);
        expect(new URL(page.url()).pathname).toBe(`/variants/${variant.name}`);
      }
      expect(problems).toEqual([]);
      await page.context().close();
    });

    it(`${variant.description}: a resident answers every component and the council receives the answers`, async () => {
      const { page, problems } = await openVariant(variant, delivery);
      const expected: Record<string, string> = {};
      for (const { tag } of sandboxComponents) {
        const journey = journeys[tag];
        if (journey) Object.assign(expected, await journey(page));
      }
      await page.getByRole('button', { name: 'Send' }).click();
      await page.waitForURL(/\/submitted$/);
      for (const [name, value] of Object.entries(expected)) {
        expect(await page.locator(`[data-field="${name}"]`).textContent(), name).toBe(value);
      }
      expect(problems).toEqual([]);
      await page.context().close();
    });
  });
});

describe('what council pages do to a component already on them (issue 19)', () => {
  it.each(['bundles', 'loader'] as const)(
    'moved by the page during a search (item 7), by %s: the search stops, nothing stays busy, and a new search works',
    async (delivery) => {
      const { page, problems } = await openVariant(
        legacyVariants.find(({ name }) => name === 'requirejs') as LegacyVariant,
        delivery,
      );
      const lookup = page.locator('council-address-lookup');
      // The sandbox's fake provider does not answer this postcode for 20 seconds.
      await page.locator('#home-address-lookup-postcode').fill('ZZ99 9SL');
      await page.keyboard.press('Enter');
      await expect.poll(() => lookup.innerText()).toContain('Searching for addresses…');
      await page.evaluate(() => {
        const element = document.querySelector('council-address-lookup');
        if (element) document.querySelector('main')?.append(element);
      });
      await expect.poll(() => lookup.innerText()).not.toContain('Searching for addresses…');
      await page.locator('#home-address-lookup-postcode').fill('SO16 0AS');
      await page.keyboard.press('Enter');
      await page.locator('#home-address-lookup-select').waitFor();
      // The search was stopped, not left running: its one request was aborted, and nothing else went wrong.
      expect(problems).toEqual([
        expect.stringMatching(/\/api\/addresses\?postcode=ZZ99\+9SL&lang=en net::ERR_ABORTED$/),
      ]);
      await page.context().close();
    },
  );
});
