import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { renderFixture } from '@council-components/testing/fixture-story.js';
import { paymentFixtures } from './payment.fixtures.js';
import './define.js';

/** Every state in `payment.fixtures.ts`, one story each, named as the fixture says, in the toolbar's language. */
const meta: Meta = {
  title: 'Components/Pay the council',
  component: 'council-payment',
  tags: ['autodocs'],
  parameters: {
    status: 'alpha',
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

export const FixedAmount: Story = {};
export const ChooseTheAmount: Story = {};
export const ReferenceMissing: Story = {};
export const CardNumberAsReference: Story = {};
export const AmountProblems: Story = {};
export const GoingToPay: Story = {};
export const NotAvailable: Story = {};
export const AroundThePagesLink: Story = {};
export const WithTheCouncilsBackEnd: Story = {};
export const Paid: Story = {};
export const Declined: Story = {};
export const Cancelled: Story = {};
export const Expired: Story = {};
export const PaymentServiceError: Story = {};
export const StillInProgress: Story = {};
export const NoPaymentToCheck: Story = {};
export const CannotCheck: Story = {};
export const CannotSetUp: Story = {};
export const ReferenceNotFound: Story = {};
export const ItemNotOnThePriceList: Story = {};
