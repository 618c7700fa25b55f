import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axePageViolations } from '@council-components/testing/axe-playwright.js';
import { openWatchedPage } from '@council-components/testing/playwright-chromium.js';
import { JQUERY_PROBE, sandboxInChromium } from './sandbox-in-chromium.ts';

const running = sandboxInChromium();

type Lang = 'en' | 'cy';

/** Presses Tab until the focused element matches `selector`: a resident finding their way with the keyboard. */
async function tabUntil(page: Page, selector: string): Promise<void> {
  for (let presses = 0; presses < 30; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) === true, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** What the resident does on GOV.UK Pay's card page (the fake's, on the sandbox). */
type OnCardPage = { card: string } | 'cancel' | 'wait-90-minutes' | 'come-back-before-paying';

interface Outcome {
  name: string;
  onCardPage: OnCardPage;
  step: string;
  shows: Record<Lang, string>;
}

const OUTCOMES: readonly Outcome[] = [
  {
    name: 'paid',
    onCardPage: { card: '4444333322221111' },
    step: 'paid',
    shows: { en: 'Payment received', cy: 'Taliad wedi ei dderbyn' },
  },
  {
    name: 'declined',
    onCardPage: { card: '4000000000000002' },
    step: 'declined',
    shows: { en: 'Your payment was declined', cy: 'Mae eich taliad wedi cael ei wrthod' },
  },
  {
    name: 'cancelled by the resident',
    onCardPage: 'cancel',
    step: 'cancelled',
    shows: { en: 'Your payment has been cancelled', cy: 'Mae eich taliad wedi ei ganslo' },
  },
  {
    name: 'expired',
    onCardPage: 'wait-90-minutes',
    step: 'expired',
    shows: { en: 'Your payment session has expired', cy: 'Daeth eich sesiwn taliad i ben' },
  },
  {
    name: 'a technical error',
    onCardPage: { card: '4000000000000119' },
    step: 'error',
    shows: {
      en: 'Sorry, there is a problem with the payment service',
      cy: 'Mae’n ddrwg gennym, mae problem gyda’r gwasanaeth talu',
    },
  },
  {
    name: 'still in progress',
    onCardPage: 'come-back-before-paying',
    step: 'in-progress',
    shows: { en: 'Your payment is still being processed', cy: 'Mae eich taliad yn dal i gael ei brosesu' },
  },
];

/** The step `<council-payment>` shows, read through its public API. */
const stepOf = (page: Page): Promise<string> =>
  page.evaluate(() => (document.querySelector('council-payment') as unknown as { currentStep: string }).currentStep);

describe('paying the council through its back end, by script tag on the sandbox (issue 13)', () => {
  for (const lang of ['en', 'cy'] as const) {
    for (const outcome of OUTCOMES) {
      it(`${lang}: ${outcome.name}, from the council’s page to GOV.UK Pay and back, with the keyboard alone`, async () => {
        const { page, problems } = await openWatchedPage(
          running.browser,
          `${running.sandbox.url}pay${lang === 'cy' ? '?lang=cy' : ''}`,
          { knownProblems: [JQUERY_PROBE] },
        );
        await page.locator('#payment-reference').waitFor();
        expect(await axePageViolations(page, 'council-payment')).toEqual([]);

        // The council's page: the resident's customer number, then Enter.
        await tabUntil(page, '#payment-reference');
        await page.keyboard.type('GW-2027-0042');
        await page.keyboard.press('Enter');

        // GOV.UK Pay's card page, in the resident's language.
        await page.waitForURL(/\/fakes\/govuk-pay\/pay\//);
        expect(await page.locator('html').getAttribute('lang')).toBe(lang);
        const { onCardPage } = outcome;
        if (typeof onCardPage === 'object') {
          await tabUntil(page, '#card-number');
          await page.keyboard.type(onCardPage.card);
          await page.keyboard.press('Enter');
        } else if (onCardPage === 'cancel') {
          await tabUntil(page, 'form[action$="/cancel"] button');
          await page.keyboard.press('Enter');
        } else if (onCardPage === 'wait-90-minutes') {
          await fetch(`${running.sandbox.url}fakes/govuk-pay-clock?minutes=91`, { method: 'POST' });
          await page.reload();
          // GOV.UK Pay's page says the time is up, with its link back to the council.
          await tabUntil(page, 'a[href*="payment=returned"]');
          await page.keyboard.press('Enter');
        } else {
          // Back to the council's return address before paying (the browser's history, another tab).
          await page.goto(`${running.sandbox.url}pay?${lang === 'cy' ? 'lang=cy&' : ''}payment=returned`);
        }

        // Back on the council's page, which asks its back end how it went.
        await page.waitForURL((url) => url.pathname === '/pay' && url.searchParams.get('payment') === 'returned');
        await page.waitForFunction(
          (step) =>
            (document.querySelector('council-payment') as unknown as { currentStep: string }).currentStep === step,
          outcome.step,
          { timeout: 15_000 },
        );
        await expect
          .poll(() => page.locator('council-payment [role="status"]').textContent())
          .toContain(outcome.shows[lang]);
        expect(await page.locator('council-payment').textContent()).toContain(outcome.shows[lang]);
        expect(await axePageViolations(page, 'council-payment')).toEqual([]);

        if (outcome.step === 'paid') {
          expect(await page.locator('council-payment .ccuk-panel__body').textContent()).toContain('GW-2027-0042');
        } else {
          // The way forward, by keyboard: "Try again" (the reference kept) or "Check again".
          await tabUntil(page, 'council-payment button.ccuk-button');
          await page.keyboard.press('Enter');
          if (outcome.step === 'in-progress') {
            await page.waitForFunction(() => {
              const element = document.querySelector('council-payment') as unknown as { currentStep: string };
              return element.currentStep === 'in-progress' && document.activeElement?.id === 'payment-status';
            });
          } else {
            await page.waitForFunction(() => document.activeElement?.id === 'payment-reference');
            expect(await page.locator('#payment-reference').inputValue()).toBe('GW-2027-0042');
            expect(await page.locator('council-payment button.ccuk-button').textContent()).toContain(
              lang === 'cy' ? 'Parhau at daliad' : 'Continue to payment',
            );
          }
        }
        expect(await stepOf(page)).not.toBe('checking');
        expect(problems).toEqual([]);
        await page.context().close();
      });
    }
  }

  it('the same payment page without JavaScript keeps the council’s other ways to pay', async () => {
    const context = await running.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${running.sandbox.url}pay`);
    expect(await page.locator('council-payment').textContent()).toContain('Call 0300 123 4567 to pay by card.');
    await context.close();
  });
});
