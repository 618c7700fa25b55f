import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { defineElement } from '@council-components/core/define.js';
import { coreWelshSources } from '@council-components/core/i18n/welsh-sources.js';
import { componentContract } from '@council-components/testing/component-contract.js';
import { storiesOf } from '@council-components/testing/fixture-story.js';
import { welshSourceProblems } from '@council-components/testing/welsh-sources.js';
import { amountInPence, inPounds, paymentLinkOf } from './amount-in-pence.js';
import type { CouncilPayment, PaymentStartDetail } from './council-payment.js';
import {
  PARKING_FINE_LINK,
  PARKING_FINE_LINK_CY,
  PAYMENTS,
  payThroughBackEnd,
  payWithCard,
  paymentFixtures,
  startPayment,
} from './payment.fixtures.js';
import { cardPageOf } from './payments-endpoint.js';
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

/** Every request the page makes to the payments back end, as sent; `answer` may stand in for the back end. */
function watchPayments(answer?: (request: Request, attempt: number) => Promise<Response> | undefined) {
  const sent: { method: string; key: string | null; body: string }[] = [];
  const network = globalThis.fetch;
  const spy = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const request = new Request(input, init);
    if (new URL(request.url).pathname.startsWith(PAYMENTS)) {
      sent.push({
        method: request.method,
        key: request.headers.get('Idempotency-Key'),
        body: await request.clone().text(),
      });
      const answered = answer?.(request, sent.length);
      if (answered) return answered;
    }
    return network(input, init);
  });
  return { sent, restore: () => spy.mockRestore() };
}

/** The first `count` requests to set up a payment lost on the way (no connection), as a phone on a train loses them. */
function losingPosts(count: number) {
  let lost = 0;
  return watchPayments((request) => {
    if (request.method !== 'POST' || lost === count) return undefined;
    lost += 1;
    return Promise.reject(new TypeError('Failed to fetch'));
  });
}

const garden = (attributes = ''): string =>
  `<council-payment endpoint="${PAYMENTS}" item="garden-waste" description="Garden waste subscription" description-cy="Tanysgrifiad gwastraff gardd" contact-href="/contact-us"${attributes}></council-payment>`;

describe('paying through the council’s back end', () => {
  it('the amount comes from the server, never from the browser: none is sent, and the council’s is what is shown as paid', async () => {
    const payments = watchPayments();
    // The page says £1.00; the council's price list says £45.00.
    const element = await mount(garden(' amount="100"'));
    await payThroughBackEnd(element, 'GW-0042', { card: '4444333322221111' });
    payments.restore();
    const created = payments.sent.find((request) => request.method === 'POST');
    expect(JSON.parse(created?.body ?? '')).toEqual({ item: 'garden-waste', reference: 'GW-0042', language: 'en' });
    expect(element.currentStep).toBe('paid');
    expect(element.textContent).toContain('You paid £45.00 for Garden waste subscription 2027.');
  });

  it('no open redirect: a back end’s answer that is not GOV.UK Pay’s page, or the council’s own, is never followed', async () => {
    const payments = watchPayments((request) =>
      request.method === 'POST'
        ? Promise.resolve(
            Response.json(
              { nextUrl: 'https://card.payments.service.gov.uk.attacker.example/secure/1' },
              { status: 201 },
            ),
          )
        : undefined,
    );
    const element = await mount(garden());
    expect(await element.pay({ reference: 'GW-0042' })).toBe(false);
    payments.restore();
    expect(sentTo).toEqual([]);
    expect(element.currentStep).toBe('details');
    expect(element.textContent).toContain('Sorry, we could not set up your payment.');
    const endpoint = new URL(PAYMENTS, location.href);
    expect(cardPageOf('https://card.payments.service.gov.uk/secure/9a1b', endpoint)?.href).toBe(
      'https://card.payments.service.gov.uk/secure/9a1b',
    );
    for (const elsewhere of [
      'http://card.payments.service.gov.uk/secure/1',
      'https://attacker.example/secure/1',
      'https://card.payments.service.gov.uk@attacker.example/',
      'https://user:pass@card.payments.service.gov.uk/secure/1',
      'javascript:alert(1)',
      '/secure/1',
    ])
      expect(cardPageOf(elsewhere, endpoint), elsewhere).toBeUndefined();
  });

  it('double clicks, retries and network failures never create two payments: one request in flight, one key per attempt, the busy state announced', async () => {
    const payments = losingPosts(3);
    const element = await mount(garden());
    const field = element.querySelector('input') as HTMLInputElement;
    const button = element.querySelector('button') as HTMLButtonElement;
    field.value = 'GW-0042';
    // The first attempt, tried three times by the kit with one key, each time lost on the way.
    button.click();
    button.click();
    await vi.waitFor(() => expect(element.currentStep).toBe('creating'));
    expect(button.getAttribute('aria-disabled')).toBe('true');
    await vi.waitFor(() =>
      expect(element.querySelector('[role="status"]')?.textContent).toBe('Setting up your payment…'),
    );
    // Three attempts, with the kit's backoff between them.
    await vi.waitFor(() => expect(element.currentStep).toBe('details'), { timeout: 5000 });
    expect(element.textContent).toContain('Sorry, we could not set up your payment.');
    // The resident tries again: the same attempt, the same key; this time it gets through.
    document.removeEventListener('council-payment-start', catchStart);
    element.addEventListener('council-payment-start', (event) => event.preventDefault(), { once: true });
    (element.querySelector('button') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(element.currentStep).toBe('redirecting'));
    const keys = payments.sent.filter((request) => request.method === 'POST').map((request) => request.key);
    expect(keys).toHaveLength(4);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/^[0-9a-f]{32}$/);
    // A new reference is a new attempt, with a new key.
    const other = await mount(garden());
    other.addEventListener('council-payment-start', (event) => event.preventDefault(), { once: true });
    await other.pay({ reference: 'GW-0043' });
    payments.restore();
    const last = payments.sent.filter((request) => request.method === 'POST').at(-1);
    expect(last?.key).not.toBe(keys[0]);
  });

  it('?status=success on the return URL changes nothing: the page back from GOV.UK Pay asks the back end on its own, and shows what it says', async () => {
    const first = await mount(garden());
    await payThroughBackEnd(first, 'GW-0042', { card: '4000000000000002' });
    expect(first.currentStep).toBe('declined');
    const address = location.href;
    history.replaceState(null, '', `${location.pathname}?payment=returned&status=success&outcome=paid`);
    try {
      const returned = await mount(garden());
      await vi.waitFor(() => expect(returned.currentStep).toBe('declined'));
      expect(returned.textContent).toContain('No money has been taken from your account.');
      await vi.waitFor(() =>
        expect(returned.querySelector('[role="status"]')?.textContent).toBe('Your payment was declined'),
      );
    } finally {
      history.replaceState(null, '', address);
    }
  });

  it('keeps checking a payment GOV.UK Pay has not finished, less and less often, and shows it once it has', async () => {
    const element = await mount(garden(' check-for="20"'));
    const cardPage = await startPayment(element, 'GW-0044');
    const payments = watchPayments();
    const checked = element.checkPayment();
    await vi.waitFor(() =>
      expect(element.querySelector('[role="status"]')?.textContent).toBe('Your payment is still being processed'),
    );
    expect(element.currentStep).toBe('checking');
    await payWithCard(cardPage, '4444333322221111');
    expect(await checked).toBe('paid');
    payments.restore();
    expect(payments.sent.filter((request) => request.method === 'GET').length).toBe(2);
  });

  it('after a declined card, “Try again” by keyboard keeps the reference and makes a new payment, which is paid', async () => {
    const element = await mount(garden());
    await payThroughBackEnd(element, 'GW-0045', { card: '4000000000000002' });
    const again = [...element.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Try again');
    again?.focus();
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('payment-reference'));
    expect((document.activeElement as HTMLInputElement).value).toBe('GW-0045');
    const cardPage = new Promise<string>((resolve) => {
      document.addEventListener(
        'council-payment-start',
        (event) => resolve((event as CustomEvent<PaymentStartDetail>).detail.url),
        { once: true },
      );
    });
    await userEvent.keyboard('{Enter}');
    const page = await cardPage;
    await payWithCard(page, '4444333322221111');
    expect(await element.checkPayment()).toBe('paid');
    expect(element.querySelector('.ccuk-panel__body')?.textContent).toContain('GW-0045');
  });

  it('“Check again” on a payment still in progress asks again and takes focus to what it found', async () => {
    const element = await mount(garden(' check-for="0"'));
    const page = await payThroughBackEnd(element, 'GW-0046', 'nothing');
    expect(element.currentStep).toBe('in-progress');
    await payWithCard(page, '4444333322221111');
    const check = [...element.querySelectorAll('button')].find(
      (button) => button.textContent?.trim() === 'Check again',
    );
    check?.focus();
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(element.currentStep).toBe('paid'));
    await vi.waitFor(() => expect(document.activeElement?.textContent).toBe('Payment received'));
  });

  it('says "no payment" only when the back end does: a proxy’s bare 404 is "we could not check", never "start again"', async () => {
    const payments = watchPayments((request) =>
      request.method === 'GET'
        ? Promise.resolve(new Response('<h1>Not Found</h1>', { status: 404, headers: { 'Content-Type': 'text/html' } }))
        : undefined,
    );
    const element = await mount(garden());
    expect(await element.checkPayment()).toBe('check-failed');
    payments.restore();
    expect(element.textContent).toContain('Do not pay again until you know whether this payment went through.');
  });

  it('a lost answer, then another language: a new attempt with a new key, never the old key with another request', async () => {
    const payments = losingPosts(3);
    const element = await mount(garden());
    expect(await element.pay({ reference: 'GW-0048' })).toBe(false);
    document.documentElement.lang = 'cy';
    await vi.waitFor(() => expect(element.textContent).toContain('Parhau at daliad'));
    element.addEventListener('council-payment-start', (event) => event.preventDefault(), { once: true });
    expect(await element.pay({ reference: 'GW-0048' })).toBe(true);
    payments.restore();
    const posts = payments.sent.filter((request) => request.method === 'POST');
    expect(posts.map(({ body }) => (JSON.parse(body) as { language: string }).language)).toEqual([
      'en',
      'en',
      'en',
      'cy',
    ]);
    expect(new Set(posts.slice(0, 3).map(({ key }) => key)).size).toBe(1);
    expect(posts[3]?.key).not.toBe(posts[0]?.key);
  });

  it('moved in the page while checking, it checks again, and does not stay on "Checking" for ever', async () => {
    const element = await mount(garden(' check-for="20"'));
    const cardPage = await startPayment(element, 'GW-0049');
    void element.checkPayment();
    await vi.waitFor(() => expect(element.currentStep).toBe('checking'));
    const elsewhere = document.body.appendChild(document.createElement('div'));
    elsewhere.append(element);
    await payWithCard(cardPage, '4444333322221111');
    await vi.waitFor(() => expect(element.currentStep).toBe('paid'), { timeout: 5000 });
    host.append(element);
    elsewhere.remove();
  });

  it('back on the page from the browser’s back-forward cache, it checks the payment, or shows the details again', async () => {
    const element = await mount(garden(' check-for="0"'));
    await startPayment(element, 'GW-0050');
    expect(element.currentStep).toBe('redirecting');
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await vi.waitFor(() => expect(element.currentStep).toBe('in-progress'));
    const link = await mount(markupOf('FixedAmount'));
    await link.pay({ reference: 'PN12345678' });
    expect(link.currentStep).toBe('redirecting');
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await vi.waitFor(() => expect(link.currentStep).toBe('details'));
  });

  it('in Welsh, asks GOV.UK Pay for its Welsh pages and shows the Welsh description', async () => {
    const payments = watchPayments();
    const element = await mount(garden(), 'cy');
    await payThroughBackEnd(element, 'GW-0047', { card: '4444333322221111' });
    payments.restore();
    expect(JSON.parse(payments.sent.find((request) => request.method === 'POST')?.body ?? '')).toMatchObject({
      language: 'cy',
    });
    expect(element.textContent).toContain('Rydych wedi talu £45.00 ar gyfer Tanysgrifiad gwastraff gardd 2027.');
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
    expect(
      welshSourceProblems(paymentStrings.cy, {
        ...coreWelshSources,
        ...paymentWelshSources,
      }),
    ).toEqual([]);
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
