import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { renderFixture } from '@council-components/testing/fixture-story.js';
import { addressLookupFixtures } from './address-lookup.fixtures.js';
import './define.js';

/**
 * Every state in `address-lookup.fixtures.ts`, one story each, named as the
 * fixture says, in the toolbar's language. The back end the stories talk to
 * is the fixtures' own, running in the page (see the docs site's preview).
 */
const meta: Meta = {
  title: 'Components/Address lookup',
  component: 'council-address-lookup',
  tags: ['autodocs'],
  parameters: {
    status: 'beta',
    docs: {
      description: {
        component:
          'Find an address by postcode, or enter it by hand: the GOV.UK "Addresses" pattern. ' +
          'Values reach the host form as `{name}-line-1`, `{name}-line-2`, `{name}-town`, `{name}-county`, `{name}-postcode` and `{name}-uprn`.',
      },
    },
  },
  render: renderFixture(addressLookupFixtures, 'council-address-lookup'),
};
export default meta;

type Story = StoryObj;

export const Postcode: Story = {};
export const QuestionPerLanguage: Story = {};
export const PostcodeMissing: Story = {};
export const PostcodeIncomplete: Story = {};
export const NotFound: Story = {};
export const OutsideGreatBritain: Story = {};
export const LookupFailed: Story = {};
export const LookupSlow: Story = {};
export const LookupMisconfigured: Story = {};
export const RateLimited: Story = {};
export const Select: Story = {};
export const SelectWelshRecords: Story = {};
export const SelectError: Story = {};
export const Chosen: Story = {};
export const Manual: Story = {};
export const ManualErrors: Story = {};
export const AuthorFields: Story = {};
