import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineElement } from '@council-components/core/define.js';
import { coreWelshSources } from '@council-components/core/i18n/welsh-sources.js';
import { componentContract } from '@council-components/testing/component-contract.js';
import { storiesOf } from '@council-components/testing/fixture-story.js';
import { welshSourceProblems } from '@council-components/testing/welsh-sources.js';
import { amountInPence, inPounds, paymentLinkOf } from './amount-in-pence.js';
import type { CouncilPayment, PaymentStartDetail } from './council-payment.js';
import { PARKING_FINE_LINK, PARKING_FINE_LINK_CY, paymentFixtures } from './payment.fixtures.js';
import * as stories from './payment.stories.js';
import { paymentStrings } from './payment.strings.js';
import { paymentWelshSources } from './payment.welsh-sources.js';
import './define.js';

/** Where a resident would be sent, caught before the browser goes there. */
const sentTo: string[] = [];
const catchStart = (event: Event): void => {
  event.preventDefault();
  sentTo.push((event as CustomEvent<PaymentStartDetail>).detail.url);
};

componentContract<CouncilPayment>({
  kind: 'display',
  tag: 'council-payment',
  fixtures: paymentFixtures,
  markup: `<council-payment name="contract" payment-link="${PARKING_FINE_LINK}" description="Pay a parking fine" amount="7000"></council-payment>`,
  journeyByKeyboard: async (keyboard) => {
    document.addEventListener('council-payment-start', catchStart, { once: true });
    await keyboard.keyboard('PN12345678{Enter}');
  },
  reaches: 'Taking you to GOV.UK Pay',
  fallback: {
    markup: paymentFixtures.find((fixture) => fixture.story === 'AroundThePagesLink')?.markup ?? '',
    text: 'You can also pay your parking fine on GOV.UK Pay.',
  },
  defineElement,
});

let host: HTMLDivElement;
beforeEach(() => {
  sentTo.length = 0;
  host = document.body.appendChild(document.createElement('div'));
  document.addEventListener('council-payment-start', catchStart);
});
afterEach(() => {
  document.removeEventListener('council-payment-start', catchStart);
  host.remove();
  document.documentElement.lang = 'en';
});

async function mount(markup: string, lang: 'en' | 'cy' = 'en'): Promise<CouncilPayment> {
  document.documentElement.lang = lang;
  host.innerHTML = markup;
  const element = host.querySelector('council-payment');
  if (!element) throw new Error('no element');
  await element.updateComplete;
  return element;
}

const markupOf = (story: string, lang: 'en' | 'cy' = 'en'): string =>
  paymentFixtures.find((fixture) => fixture.story === story && fixture.lang === lang)?.markup ?? '';

describe('paying with a GOV.UK Pay payment link', () => {
  it('sends the resident to the link with the reference filled in, and the Welsh link on a Welsh page', async () => {
    const english = await mount(markupOf('FixedAmount'));
    expect(await english.pay({ reference: '  PN12345678 ' })).toBe(true);
    const welsh = await mount(markupOf('FixedAmount', 'cy'), 'cy');
    expect(await welsh.pay({ reference: 'PN87654321' })).toBe(true);
    expect(sentTo).toEqual([
      `${PARKING_FINE_LINK}?reference=PN12345678`,
      `${PARKING_FINE_LINK_CY}?reference=PN87654321`,
    ]);
  });

  it('sends an amount the resident chose in pence, and nothing at all while there is a problem', async () => {
    const element = await mount(markupOf('ChooseTheAmount'));
    const invalid = new Promise<unknown>((resolve) => {
      element.addEventListener('council-invalid', (event) => resolve(event.detail), { once: true });
    });
    expect(await element.pay({ reference: '', amount: '0' })).toBe(false);
    expect(await invalid).toEqual({
      errors: [
        { fieldId: 'payment-reference', message: 'Enter your payment reference' },
        { fieldId: 'payment-amount', message: 'Amount to pay must be £0.01 or more' },
      ],
    });
    // Focus on the first problem, for the resident to put it right.
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('payment-reference'));
    expect(sentTo).toEqual([]);
    expect(await element.pay({ reference: 'INV-1', amount: '£1,234.5' })).toBe(true);
    expect(sentTo).toEqual([
      'https://www.gov.uk/payments/example-council/pay-an-invoice?reference=INV-1&amount=123450',
    ]);
  });

  it('never sends a card number typed as the reference anywhere', async () => {
    const element = await mount(markupOf('FixedAmount'));
    expect(await element.pay({ reference: 'my card 4444-3333-2222-1111' })).toBe(false);
    expect(sentTo).toEqual([]);
    expect(element.querySelector('.ccuk-error-message')?.textContent).toContain('Do not enter your card number here');
  });

  it('follows no other link than GOV.UK Pay’s: a page given another says payment is unavailable, and sends nobody', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    for (const link of [
      'https://pay.example.com/council',
      'http://www.gov.uk/payments/example-council/pay',
      'https://www.gov.uk.example.com/payments/a/b',
      'https://attacker@www.gov.uk/payments/a/b',
      'javascript:alert(1)',
    ]) {
      const element = await mount(`<council-payment payment-link="${link}"></council-payment>`);
      expect(element.currentStep, link).toBe('unavailable');
      expect(await element.pay({ reference: 'PN1' })).toBe(false);
    }
    expect(sentTo).toEqual([]);
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });

  it('inside a council’s form, Enter in the reference goes to payment, never submits the form', async () => {
    document.removeEventListener('council-payment-start', catchStart);
    host.innerHTML = `<form action="/submitted">${markupOf('FixedAmount')}</form>`;
    const form = host.querySelector('form') as HTMLFormElement;
    let submitted = false;
    form.addEventListener('submit', (event) => {
      submitted = true;
      event.preventDefault();
    });
    const element = host.querySelector('council-payment') as CouncilPayment;
    element.addEventListener('council-payment-start', catchStart);
    await element.updateComplete;
    const field = element.querySelector('input') as HTMLInputElement;
    field.value = 'PN1';
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    await vi.waitFor(() => expect(sentTo).toHaveLength(1));
    expect(submitted).toBe(false);
  });
});

describe('amounts and links', () => {
  it('reads pounds and pence as residents type them, exactly, in pence', () => {
    expect(['12.50', '£12.5', '70', '1,234.56', ' 0.01 ', '100000'].map(amountInPence)).toEqual(
      [1250, 1250, 7000, 123456, 1, 10_000_000].map((pence) => ({ pence })),
    );
    expect(['', '12.505', '-5', 'ten', '0', '0.00', '100000.01', '1.2.3'].map(amountInPence)).toEqual([
      { problem: 'empty' },
      { problem: 'invalid' },
      { problem: 'invalid' },
      { problem: 'invalid' },
      { problem: 'too-small' },
      { problem: 'too-small' },
      { problem: 'too-large' },
      { problem: 'invalid' },
    ]);
    expect([7000, 123456, 5, 10_000_000].map(inPounds)).toEqual(['£70.00', '£1,234.56', '£0.05', '£100,000.00']);
  });

  it('takes only GOV.UK Pay payment links', () => {
    expect(paymentLinkOf(PARKING_FINE_LINK)?.href).toBe(PARKING_FINE_LINK);
    for (const other of [undefined, '', 'https://www.gov.uk/payments/only-one', 'https://www.gov.uk/pay/a/b'])
      expect(paymentLinkOf(other), String(other)).toBeUndefined();
  });
});

describe('its Welsh', () => {
  it('records where every Welsh string comes from, or that it is ours, for review', () => {
    expect(welshSourceProblems(paymentStrings.cy, { ...coreWelshSources, ...paymentWelshSources })).toEqual([]);
  });
});

describe('the fixtures and the stories', () => {
  it('have one story per state, and every state in both languages', () => {
    const states = [...new Set(paymentFixtures.map((fixture) => fixture.story))];
    expect(storiesOf(stories).sort()).toEqual([...states].sort());
    for (const state of states) {
      expect(paymentFixtures.filter((fixture) => fixture.story === state).map((fixture) => fixture.lang)).toEqual([
        'en',
        'cy',
      ]);
    }
  });
});
