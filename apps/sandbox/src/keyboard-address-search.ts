import type { Page } from 'playwright-core';

/**
 * A resident with the keyboard only, in a component's address search (`{idBase}-lookup-postcode`): types the
 * postcode, presses Enter, moves down `down` addresses in the list, then Tab and Enter on "Use this address".
 */
export async function chooseAddressByKeyboard(page: Page, idBase: string, postcode: string, down = 1): Promise<void> {
  await page.locator(`#${idBase}-lookup-postcode`).focus();
  await page.keyboard.type(postcode);
  await page.keyboard.press('Enter');
  await page.locator(`#${idBase}-lookup-select`).waitFor();
  for (let step = 0; step < down; step++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
}
