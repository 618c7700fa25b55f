import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { fixtureStory, renderFixture } from '@council-components/testing/fixture-story.js';
import { paymentFixtures } from './payment.fixtures.js';
import './define.js';

/** Every state in `payment.fixtures.ts`, one story each, named as the fixture says, in the toolbar's language. */
const meta: Meta = {
  title: 'Components/Pay the council',
  component: 'council-payment',
  tags: ['autodocs'],
  parameters: {
    guidance: {
      use: 'When a resident pays the council a known amount for a reference: a fine, an invoice, a permit, a subscription.',
      dontUse:
        'When the price depends on answers the resident has not given yet: ask those first, then pay. For payments ' +
        'that recur, this component sets up no agreement with GOV.UK Pay: each payment is one payment.',
      govuk: [
        { name: 'GOV.UK Pay', href: 'https://docs.payments.service.gov.uk/' },
        { name: 'Confirmation pages', href: 'https://design-system.service.gov.uk/patterns/confirmation-pages/' },
      ],
      departs:
        'The card details are only ever on GOV.UK Pay’s own pages; this component asks for the reference and ' +
        'amount before, and says what happened after, in English and Welsh.',
    },
    snippet: {
      attributes: [
        {
          attribute: 'payment-link',
          property: 'paymentLink',
          label: 'Your GOV.UK Pay payment link',
          value: 'https://www.gov.uk/payments/your-council/pay-a-parking-fine',
        },
        {
          attribute: 'description',
          property: 'description',
          label: 'What the payment is for',
          value: 'Pay a parking fine',
        },
        {
          attribute: 'amount',
          property: 'amount',
          label: 'Amount in pence',
          hint: 'Leave empty to let the resident give it.',
          value: '7000',
        },
        { attribute: 'contact-href', property: 'contactHref', label: 'Your contact page', value: '/contact-us' },
      ],
    },
    accessibility: {
      purpose: 'the payment form',
      alsoTested: [
        'the busy state is announced and a double click never makes two payments',
        'after a declined card, “Try again” by keyboard keeps the reference',
        '“Check again” moves focus to what it found',
      ],
      knownIssues: [
        'Card details are entered on GOV.UK Pay’s own pages, covered by GOV.UK Pay’s accessibility statement, not ' +
          'by this one.',
      ],
    },
    welsh: [
      'On a Welsh page the resident pays on GOV.UK Pay’s Welsh pages (`language: "cy"`), and the payment’s ' +
        'description is the Welsh one from the back end’s price list (`descriptionCy`), which GOV.UK Pay shows and ' +
        'puts in its confirmation email. With a payment link, `payment-link-cy` is used on Welsh pages.',
      'The page’s own words can be given in both languages: `description-cy`, `label-cy` and `hint-cy`.',
    ],
    status: 'experimental',
    docs: {
      description: {
        component:
          'Pay the council through GOV.UK Pay. With the council’s back end: the resident’s reference, the council’s price, GOV.UK Pay, and the outcome when they come back (paid, declined, expired, cancelled, an error, still in progress), each with what to do next. Without one, with a payment link made in GOV.UK Pay’s admin: what is being paid, the resident’s reference (and the amount, where the link lets them choose it) checked, then GOV.UK Pay with both filled in.',
      },
    },
  },
  render: renderFixture(paymentFixtures, 'council-payment'),
};
export default meta;

type Story = StoryObj;

export const FixedAmount: Story = fixtureStory(paymentFixtures, 'FixedAmount');
export const ChooseTheAmount: Story = fixtureStory(paymentFixtures, 'ChooseTheAmount');
export const ReferenceMissing: Story = fixtureStory(paymentFixtures, 'ReferenceMissing');
export const CardNumberAsReference: Story = fixtureStory(paymentFixtures, 'CardNumberAsReference');
export const AmountProblems: Story = fixtureStory(paymentFixtures, 'AmountProblems');
export const GoingToPay: Story = fixtureStory(paymentFixtures, 'GoingToPay');
export const NotAvailable: Story = fixtureStory(paymentFixtures, 'NotAvailable');
export const AroundThePagesLink: Story = fixtureStory(paymentFixtures, 'AroundThePagesLink');
export const WithTheCouncilsBackEnd: Story = fixtureStory(paymentFixtures, 'WithTheCouncilsBackEnd');
export const Paid: Story = fixtureStory(paymentFixtures, 'Paid');
export const Declined: Story = fixtureStory(paymentFixtures, 'Declined');
export const Cancelled: Story = fixtureStory(paymentFixtures, 'Cancelled');
export const Expired: Story = fixtureStory(paymentFixtures, 'Expired');
export const PaymentServiceError: Story = fixtureStory(paymentFixtures, 'PaymentServiceError');
export const StillInProgress: Story = fixtureStory(paymentFixtures, 'StillInProgress');
export const NoPaymentToCheck: Story = fixtureStory(paymentFixtures, 'NoPaymentToCheck');
export const CannotCheck: Story = fixtureStory(paymentFixtures, 'CannotCheck');
export const CannotSetUp: Story = fixtureStory(paymentFixtures, 'CannotSetUp');
export const ReferenceNotFound: Story = fixtureStory(paymentFixtures, 'ReferenceNotFound');
export const ItemNotOnThePriceList: Story = fixtureStory(paymentFixtures, 'ItemNotOnThePriceList');
