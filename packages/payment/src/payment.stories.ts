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
          'Pay the council through GOV.UK Pay. With a payment link made in GOV.UK Pay’s admin: what is being paid, the resident’s reference (and the amount, where the link lets them choose it) checked, then GOV.UK Pay with both filled in.',
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
