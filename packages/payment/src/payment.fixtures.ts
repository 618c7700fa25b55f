/**
 * Every documented state of <council-payment>, in English and Welsh, and the council back end they talk to. The
 * stories render these, the browser tests drive and check them, and the axe run checks each one. A payment link
 * needs no back end; the back-end states pay through the sandbox's payment routes: the real handlers of
 * `@council-components/server` over the fake of GOV.UK Pay, on SQLite in the tests and PGlite on the docs site.
 */
import { paymentRoutes, type PaymentBackendOptions } from '@council-components/sandbox/payment-backends.ts';
import type { Route } from '@council-components/server/http/router.js';
import { inEnglishAndWelsh, type ComponentFixture } from '@council-components/testing/component-fixture.js';
import type { CouncilPayment, PaymentStep } from './council-payment.js';

export type PaymentFixture = ComponentFixture<CouncilPayment, { currentStep: PaymentStep }>;

/** A payment link as GOV.UK Pay's admin makes them, in English and in Welsh. */
export const PARKING_FINE_LINK = 'https://www.gov.uk/payments/example-council/pay-a-parking-fine';
export const PARKING_FINE_LINK_CY = 'https://www.gov.uk/payments/example-council/talu-dirwy-parcio';

const fine = (attributes = ''): string =>
  `<council-payment payment-link="${PARKING_FINE_LINK}" payment-link-cy="${PARKING_FINE_LINK_CY}" description="Pay a parking fine" description-cy="Talu dirwy parcio" amount="7000" label="Penalty charge notice number" label-cy="Rhif yr hysbysiad tâl cosb"${attributes}></council-payment>`;

const donation = (): string =>
  `<council-payment payment-link="https://www.gov.uk/payments/example-council/pay-an-invoice" description="Pay an invoice" description-cy="Talu anfoneb" amount-editable></council-payment>`;

/** The council's payments endpoint, and a second service of the council's, where this browser has paid nothing. */
export const PAYMENTS = '/api/payments';
export const PARKING_PAYMENTS = '/api/parking-payments';
/** A back end that cannot be reached: nothing listens on port 2, which browsers do not refuse to try (as they do 9). */
export const UNREACHABLE = 'http://127.0.0.1:2/api/payments';

/**
 * The council back end the back-end states talk to. Tests mount it on the test server with SQLite; the docs site
 * runs it in the page with PGlite.
 */
export function fixtureBackend(context: { storage: PaymentBackendOptions['storage'] }): Route[] {
  return paymentRoutes({ storage: context.storage, endpoints: [PAYMENTS, PARKING_PAYMENTS] });
}

/** The page sends nobody anywhere while a story or a test shows where the resident would go. */
const stayHere = (element: CouncilPayment): void => {
  element.addEventListener('council-payment-start', (event) => event.preventDefault(), { once: true });
};

/** What the resident does on GOV.UK Pay's page (the fake's, on this origin): pay with a test card, or cancel. */
export type OnGovukPay = { card: string } | 'cancel' | 'nothing';

/**
 * "Continue to payment" through the back end, the page sending nobody anywhere: resolves with GOV.UK Pay's card page
 * the resident would go to.
 */
export async function startPayment(element: CouncilPayment, reference: string): Promise<string> {
  let cardPage = '';
  element.addEventListener(
    'council-payment-start',
    (event) => {
      event.preventDefault();
      cardPage = event.detail.url;
    },
    { once: true },
  );
  if (!(await element.pay({ reference }))) throw new Error(`The payment was not set up (${element.currentStep})`);
  return cardPage;
}

/** The resident on GOV.UK Pay's card page (the fake's, on this origin): pays with a test card. */
export async function payWithCard(cardPage: string, card: string): Promise<void> {
  await fetch(cardPage, { method: 'POST', body: new URLSearchParams({ cardNumber: card }), redirect: 'manual' });
}

/**
 * A resident's whole payment through the back end: "Continue to payment", then GOV.UK Pay's page, then back (the
 * page checks how it went, as it does on its own at `?payment=returned`). Resolves with the card page's address.
 */
export async function payThroughBackEnd(
  element: CouncilPayment,
  reference: string,
  onPay: OnGovukPay,
  before?: () => Promise<void>,
): Promise<string> {
  const cardPage = await startPayment(element, reference);
  if (onPay === 'cancel') await fetch(`${cardPage}/cancel`, { method: 'POST', redirect: 'manual' });
  else if (onPay !== 'nothing') await payWithCard(cardPage, onPay.card);
  await before?.();
  await element.checkPayment();
  return cardPage;
}

const gardenWaste = (attributes = ''): string =>
  `<council-payment endpoint="${PAYMENTS}" item="garden-waste" description="Garden waste subscription" description-cy="Tanysgrifiad gwastraff gardd" amount="4500" label="Your customer number" label-cy="Eich rhif cwsmer" contact-href="/contact-us"${attributes}></council-payment>`;

/** A state of the back-end journey in both languages: a payment made with `onPay`, then checked. */
const returnedFrom = (
  story: string,
  title: string,
  when: string,
  onPay: OnGovukPay,
  shows: Record<'en' | 'cy', { currentStep: PaymentStep; text: string }>,
  options: { markup?: string; before?: () => Promise<void> } = {},
): PaymentFixture[] =>
  inBothLanguages({
    story,
    title,
    when,
    markup: options.markup ?? gardenWaste(),
    act: async (element) => {
      await payThroughBackEnd(element, 'GW-0042', onPay, options.before);
    },
    shows,
  });

const inBothLanguages = inEnglishAndWelsh<CouncilPayment, { currentStep: PaymentStep }>;

export const paymentFixtures: readonly PaymentFixture[] = [
  ...inBothLanguages({
    story: 'FixedAmount',
    title: 'A payment link with its amount',
    when: 'The page author gave a GOV.UK Pay payment link and its amount. The resident sees the amount, enters their reference and continues to GOV.UK Pay.',
    markup: fine(),
    shows: {
      en: { currentStep: 'details', text: 'Amount to pay: £70.00' },
      cy: { currentStep: 'details', text: 'Cyfanswm i’w dalu: £70.00' },
    },
  }),
  ...inBothLanguages({
    story: 'ChooseTheAmount',
    title: 'A payment link where the resident gives the amount',
    when: 'The page author’s payment link lets the resident choose the amount, as for an invoice. They enter their reference and the amount in pounds and pence, then continue to GOV.UK Pay.',
    markup: donation(),
    shows: {
      en: { currentStep: 'details', text: 'For example, 12.50' },
      cy: { currentStep: 'details', text: 'Er enghraifft, 12.50' },
    },
  }),
  ...inBothLanguages({
    story: 'ReferenceMissing',
    title: 'No reference given',
    when: 'The resident selected ‘Continue to payment’ without entering their reference. The error at the field asks them to enter it.',
    markup: fine(),
    act: async (element) => {
      await element.pay({ reference: '' });
    },
    shows: {
      en: { currentStep: 'details', text: 'Enter your payment reference' },
      cy: { currentStep: 'details', text: 'Rhowch gyfeirnod eich taliad' },
    },
  }),
  ...inBothLanguages({
    story: 'CardNumberAsReference',
    title: 'A card number typed as the reference',
    when: 'The resident typed what looks like a card number as their reference. They are told not to enter it here, but their payment reference: card details go on GOV.UK Pay only.',
    markup: fine(),
    act: async (element) => {
      await element.pay({ reference: '4444 3333 2222 1111' });
    },
    shows: {
      en: { currentStep: 'details', text: 'Do not enter your card number here' },
      cy: { currentStep: 'details', text: 'Peidiwch â rhoi rhif eich cerdyn yma' },
    },
  }),
  ...inBothLanguages({
    story: 'AmountProblems',
    title: 'An amount that is not pounds and pence',
    when: 'The resident wrote the amount in a way that is not pounds and pence, such as ‘twelve pounds’. The error shows them how to write it, like 12.50.',
    markup: donation(),
    act: async (element) => {
      await element.pay({ reference: 'INV-2026-0042', amount: 'twelve pounds' });
    },
    shows: {
      en: { currentStep: 'details', text: 'Enter the amount in pounds and pence, like 12.50' },
      cy: { currentStep: 'details', text: 'Rhowch y swm mewn punnoedd a cheiniogau, fel 12.50' },
    },
  }),
  ...inBothLanguages({
    story: 'GoingToPay',
    title: 'On the way to GOV.UK Pay',
    when: 'The resident’s reference was accepted and they are being sent to GOV.UK Pay to pay. It shows only for a moment, while GOV.UK Pay’s page loads.',
    markup: fine(),
    act: async (element) => {
      stayHere(element);
      await element.pay({ reference: 'PN12345678' });
    },
    shows: {
      en: { currentStep: 'redirecting', text: 'Taking you to GOV.UK Pay' },
      cy: { currentStep: 'redirecting', text: 'Yn mynd â chi i GOV.UK Pay' },
    },
  }),
  ...inBothLanguages({
    story: 'NotAvailable',
    title: 'A link that is not GOV.UK Pay’s: refused',
    when: 'The page author’s payment link is not a GOV.UK Pay link, so it is not used. Residents are told they cannot pay online here, with a link to contact the council; the console tells the author why.',
    markup: `<council-payment payment-link="https://pay.example.com/council" description="Pay a parking fine" description-cy="Talu dirwy parcio" contact-href="/contact-us"></council-payment>`,
    logs: /<council-payment>: not a GOV\.UK Pay payment link .*: https:\/\/pay\.example\.com\/council/,
    shows: {
      en: { currentStep: 'unavailable', text: 'Sorry, you cannot pay online here at the moment.' },
      cy: { currentStep: 'unavailable', text: 'ni allwch dalu ar-lein yma ar hyn o bryd' },
    },
  }),
  ...inBothLanguages({
    story: 'AroundThePagesLink',
    title: 'Around the page’s own link',
    when: 'The page author put their own link to the payment inside the element. It works even without JavaScript, and stays below the payment form once it loads.',
    markup: {
      en: `<council-payment payment-link="${PARKING_FINE_LINK}" description="Pay a parking fine" amount="7000">
  <p>You can also <a href="${PARKING_FINE_LINK}">pay your parking fine on GOV.UK Pay</a>.</p>
</council-payment>`,
      cy: `<council-payment payment-link="${PARKING_FINE_LINK}" payment-link-cy="${PARKING_FINE_LINK_CY}" description-cy="Talu dirwy parcio" amount="7000">
  <p>Gallwch hefyd <a href="${PARKING_FINE_LINK_CY}">dalu eich dirwy parcio ar GOV.UK Pay</a>.</p>
</council-payment>`,
    },
    shows: {
      en: { currentStep: 'details', text: 'You can also pay your parking fine on GOV.UK Pay.' },
      cy: { currentStep: 'details', text: 'Gallwch hefyd dalu eich dirwy parcio ar GOV.UK Pay.' },
    },
  }),
  ...inBothLanguages({
    story: 'WithTheCouncilsBackEnd',
    title: 'With the council’s back end: its price, the resident’s reference',
    when: 'The page uses the council’s own payment service, which sets the price. The resident enters their reference and continues; the service sets up the payment on GOV.UK Pay.',
    markup: gardenWaste(),
    shows: {
      en: { currentStep: 'details', text: 'Amount to pay: £45.00' },
      cy: { currentStep: 'details', text: 'Cyfanswm i’w dalu: £45.00' },
    },
  }),
  ...returnedFrom(
    'Paid',
    'Back from GOV.UK Pay: paid',
    'The resident paid on GOV.UK Pay and came back to the page, which checked with the council’s service. It shows what they paid, what for, and their payment reference.',
    { card: '4444333322221111' },
    {
      en: { currentStep: 'paid', text: 'You paid £45.00 for Garden waste subscription 2027.' },
      cy: { currentStep: 'paid', text: 'Rydych wedi talu £45.00 ar gyfer Tanysgrifiad gwastraff gardd 2027.' },
    },
  ),
  ...returnedFrom(
    'Declined',
    'Back from GOV.UK Pay: the card was declined',
    'The resident’s card was declined on GOV.UK Pay. They are told no money was taken, and can try again with a different card or contact their bank.',
    { card: '4000000000000002' },
    {
      en: { currentStep: 'declined', text: 'Your payment was declined' },
      cy: { currentStep: 'declined', text: 'Mae eich taliad wedi cael ei wrthod' },
    },
  ),
  ...returnedFrom(
    'Cancelled',
    'Back from GOV.UK Pay: the resident cancelled',
    'The resident chose to cancel on GOV.UK Pay and came back. They are told no money was taken, and can try again or contact the council to pay another way.',
    'cancel',
    {
      en: { currentStep: 'cancelled', text: 'Your payment has been cancelled' },
      cy: { currentStep: 'cancelled', text: 'Mae eich taliad wedi ei ganslo' },
    },
  ),
  ...returnedFrom(
    'Expired',
    'Back from GOV.UK Pay after more than 90 minutes',
    'The resident did not finish paying on GOV.UK Pay within 90 minutes, so the payment ran out of time. They are told no money was taken, and can try again.',
    'nothing',
    {
      en: { currentStep: 'expired', text: 'Your payment session has expired' },
      cy: { currentStep: 'expired', text: 'Daeth eich sesiwn taliad i ben' },
    },
    {
      before: async () => {
        await fetch('/fakes/govuk-pay-clock?minutes=91', { method: 'POST' });
      },
    },
  ),
  ...returnedFrom(
    'PaymentServiceError',
    'Back from GOV.UK Pay: its card provider failed',
    'Something went wrong on GOV.UK Pay’s side while the resident paid (its card provider failed). No money was taken; they can try again later, or contact the council to pay another way.',
    { card: '4000000000000119' },
    {
      en: { currentStep: 'error', text: 'Sorry, there is a problem with the payment service' },
      cy: { currentStep: 'error', text: 'mae problem gyda’r gwasanaeth talu' },
    },
  ),
  ...returnedFrom(
    'StillInProgress',
    'Back before GOV.UK Pay has finished',
    'The resident came back before GOV.UK Pay had finished their payment, and it was still not finished when the page stopped checking. They are told not to pay again, and can check again.',
    'nothing',
    {
      en: { currentStep: 'in-progress', text: 'Your payment is still being processed' },
      cy: { currentStep: 'in-progress', text: 'Mae eich taliad yn dal i gael ei brosesu' },
    },
    { markup: gardenWaste(' check-for="0"') },
  ),
  ...inBothLanguages({
    story: 'NoPaymentToCheck',
    title: 'Back on the page with no payment made in this browser',
    when: 'The resident came back to the page, but the council’s service has no payment started in this browser. If they paid, GOV.UK Pay has emailed them; if not, they can start again.',
    markup: `<council-payment endpoint="${PARKING_PAYMENTS}" description="Pay a parking fine" description-cy="Talu dirwy parcio" contact-href="/contact-us"></council-payment>`,
    act: async (element) => {
      await element.checkPayment();
    },
    shows: {
      en: { currentStep: 'not-found', text: 'We cannot find your payment' },
      cy: { currentStep: 'not-found', text: 'Ni allwn ddod o hyd i’ch taliad' },
    },
  }),
  ...inBothLanguages({
    story: 'CannotCheck',
    title: 'Back on the page, with the council’s back end out of reach',
    when: 'The resident came back from GOV.UK Pay, but the council’s service did not answer when asked how the payment went. They are told not to pay again until they know, and can check again.',
    markup: `<council-payment endpoint="${UNREACHABLE}" description="Pay a parking fine" description-cy="Talu dirwy parcio" contact-href="/contact-us"></council-payment>`,
    act: async (element) => {
      await element.checkPayment();
    },
    // The browser's own words, in the console, for a back end nobody answers at.
    logs: /ERR_CONNECTION_REFUSED/,
    shows: {
      en: { currentStep: 'check-failed', text: 'Do not pay again until you know whether this payment went through.' },
      cy: { currentStep: 'check-failed', text: 'Peidiwch â thalu eto nes eich bod yn gwybod' },
    },
  }),
  ...inBothLanguages({
    story: 'CannotSetUp',
    title: 'The council’s back end out of reach when the resident continues',
    when: 'The resident continued to payment, but the council’s service did not answer, so no payment was set up. They are told no money was taken, and can try again or pay another way.',
    markup: `<council-payment endpoint="${UNREACHABLE}" item="garden-waste" description="Garden waste subscription" description-cy="Tanysgrifiad gwastraff gardd" contact-href="/contact-us"></council-payment>`,
    act: async (element) => {
      await element.pay({ reference: 'GW-0042' });
    },
    // The browser's own words, in the console, for a back end nobody answers at.
    logs: /ERR_CONNECTION_REFUSED/,
    shows: {
      en: { currentStep: 'details', text: 'Sorry, we could not set up your payment. No money has been taken.' },
      cy: { currentStep: 'details', text: 'nid oeddem yn gallu paratoi eich taliad' },
    },
  }),
  ...inBothLanguages({
    story: 'ReferenceNotFound',
    title: 'A reference the council has no payment for',
    when: 'The council’s service looked up the resident’s reference and found nothing to pay. They are asked to check it and enter it again.',
    markup: `<council-payment endpoint="${PAYMENTS}" description="Pay a parking fine" description-cy="Talu dirwy parcio" label="Penalty charge notice number" label-cy="Rhif yr hysbysiad tâl cosb"></council-payment>`,
    act: async (element) => {
      await element.pay({ reference: 'PN00000000' });
    },
    shows: {
      en: { currentStep: 'details', text: 'We cannot find a payment with that reference' },
      cy: { currentStep: 'details', text: 'Ni allwn ddod o hyd i daliad gyda’r cyfeirnod hwnnw' },
    },
  }),
  ...inBothLanguages({
    story: 'ItemNotOnThePriceList',
    title: 'An item the council’s back end does not sell: refused',
    when: 'When the resident continues, the council’s service says it does not sell the item the page asks for. Residents are told they cannot pay online here, with a contact link; the console tells the page author.',
    markup: `<council-payment endpoint="${PAYMENTS}" item="garden-waste-2019" description="Garden waste subscription" description-cy="Tanysgrifiad gwastraff gardd" contact-href="/contact-us"></council-payment>`,
    act: async (element) => {
      await element.pay({ reference: 'GW-0042' });
    },
    logs: /<council-payment>: the back end has no item "garden-waste-2019"/,
    shows: {
      en: { currentStep: 'unavailable', text: 'Sorry, you cannot pay online here at the moment.' },
      cy: { currentStep: 'unavailable', text: 'ni allwch dalu ar-lein yma ar hyn o bryd' },
    },
  }),
];
