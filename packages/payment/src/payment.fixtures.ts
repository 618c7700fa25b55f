/**
 * Every documented state of <council-payment>, in English and Welsh. The stories render these, the browser tests
 * drive and check them, and the axe run checks each one. A payment link needs no back end: nothing is mounted.
 */
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

/** The page sends nobody anywhere while a story or a test shows where the resident would go. */
const stayHere = (element: CouncilPayment): void => {
  element.addEventListener('council-payment-start', (event) => event.preventDefault(), { once: true });
};

const inBothLanguages = inEnglishAndWelsh<CouncilPayment, { currentStep: PaymentStep }>;

export const paymentFixtures: readonly PaymentFixture[] = [
  ...inBothLanguages({
    story: 'FixedAmount',
    title: 'A payment link with its amount',
    markup: fine(),
    shows: {
      en: { currentStep: 'details', text: 'Amount to pay: £70.00' },
      cy: { currentStep: 'details', text: 'Cyfanswm i’w dalu: £70.00' },
    },
  }),
  ...inBothLanguages({
    story: 'ChooseTheAmount',
    title: 'A payment link where the resident gives the amount',
    markup: donation(),
    shows: {
      en: { currentStep: 'details', text: 'For example, 12.50' },
      cy: { currentStep: 'details', text: 'Er enghraifft, 12.50' },
    },
  }),
  ...inBothLanguages({
    story: 'ReferenceMissing',
    title: 'No reference given',
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
    markup: `<council-payment payment-link="https://pay.example.com/council" description="Pay a parking fine" description-cy="Talu dirwy parcio" contact-href="/contact-us"></council-payment>`,
    logs: /<council-payment> takes GOV\.UK Pay payment links only .* not https:\/\/pay\.example\.com\/council/,
    shows: {
      en: { currentStep: 'unavailable', text: 'Sorry, you cannot pay online here at the moment.' },
      cy: { currentStep: 'unavailable', text: 'ni allwch dalu ar-lein yma ar hyn o bryd' },
    },
  }),
  ...inBothLanguages({
    story: 'AroundThePagesLink',
    title: 'Around the page’s own link',
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
];
