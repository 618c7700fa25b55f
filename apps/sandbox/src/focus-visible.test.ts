import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openWatchedPage } from '@council-components/testing/playwright-chromium.js';
import { sandboxInChromium } from './sandbox-in-chromium.ts';

/**
 * Focus that can be seen (WCAG 2.4.7), checked by pixels: on every control a
 * resident reaches in each step of each journey, the page looks different
 * focused and not, in normal colours and in forced colours (Windows High
 * Contrast), where backgrounds and shadows are dropped and only outlines and
 * borders show.
 */
const running = sandboxInChromium();

/** The page around `control` (its outline and offset included), as pixels. */
async function around(page: Page, control: Locator): Promise<Buffer> {
  const box = await control.boundingBox();
  if (!box) throw new Error('the control is not shown');
  const margin = 8;
  return page.screenshot({
    clip: {
      x: Math.max(0, box.x - margin),
      y: Math.max(0, box.y - margin),
      width: box.width + 2 * margin,
      height: box.height + 2 * margin,
    },
    animations: 'disabled',
    caret: 'hide',
  });
}

/** The controls checked so far, by step: the check is of something. */
const checked: Record<string, number> = {};

/** Every control of the address lookup the resident can reach now, each checked focused and not. */
async function checkEveryControl(page: Page, step: string): Promise<string[]> {
  const unseen: string[] = [];
  const controls = page
    .locator('council-address-lookup :is(input:not([type=hidden]), select, button, a[href])')
    .filter({ visible: true });
  for (const control of await controls.all()) {
    await control.evaluate((element) => {
      (element as HTMLElement).blur();
    });
    const before = await around(page, control);
    await control.focus();
    const after = await around(page, control);
    checked[step] = (checked[step] ?? 0) + 1;
    if (before.equals(after))
      unseen.push(`${step}: ${await control.evaluate((element) => element.outerHTML.slice(0, 90))}`);
  }
  return unseen;
}

describe.each(['none', 'active'] as const)('focus that can be seen, forced colours %s', (forcedColors) => {
  beforeAll(() => {
    for (const step of Object.keys(checked)) checked[step] = 0;
  });

  it('shows focus on every control of every step of the address lookup', async () => {
    const { page, problems } = await openWatchedPage(
      running.browser,
      new URL('variants/plain?delivery=bundles', running.sandbox.url).href,
    );
    await page.emulateMedia({ forcedColors });
    await page.locator('council-address-lookup > .ccuk-root').waitFor();
    const unseen = await checkEveryControl(page, 'postcode');
    await page.locator('#home-address-lookup-postcode').fill('SO16 0AS');
    await page.keyboard.press('Enter');
    await page.locator('#home-address-lookup-select').waitFor();
    unseen.push(...(await checkEveryControl(page, 'select')));
    await page.getByRole('link', { name: 'I can’t find the address in the list' }).click();
    await page.locator('#home-address-line-1').waitFor();
    unseen.push(...(await checkEveryControl(page, 'manual')));
    await page.getByRole('link', { name: 'Search for a different address' }).click();
    await page.locator('#home-address-lookup-postcode').fill('ZZ99 9DN');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Try again' }).waitFor();
    unseen.push(...(await checkEveryControl(page, 'service down')));
    expect(unseen).toEqual([]);
    // Postcode, Find address, Enter manually; Change, the list, Use this address, I can’t find; the page's four fields
    // and Search for a different address; Try again and Enter manually.
    expect(checked).toEqual({ postcode: 3, select: 4, manual: 5, 'service down': 3 });
    expect(problems.filter((problem) => !problem.includes('ZZ99'))).toEqual([]);
    await page.context().close();
  });
});
