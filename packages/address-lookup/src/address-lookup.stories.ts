import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { addressLookupFixtures, storyAddressSourceFor } from './address-lookup.fixtures.js';
import type { CouncilAddressLookup } from './council-address-lookup.js';
import './define.js';

interface Args {
  state: string;
}

/**
 * Renders a fixture state in the toolbar's language. The element is driven to
 * the state through its public API, against the fixtures' canned back end.
 * `data-story-pending` stays on the wrapper until the state is reached.
 */
const meta: Meta<Args> = {
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
  render: ({ state }, { globals }) => {
    const lang = (globals as Record<string, unknown>)['lang'] === 'cy' ? 'cy' : 'en';
    const fixture = addressLookupFixtures.find((candidate) => candidate.id === `${state}-${lang}`);
    const wrapper = document.createElement('form');
    wrapper.setAttribute('data-story-pending', '');
    wrapper.addEventListener('submit', (event) => {
      event.preventDefault();
    });
    wrapper.innerHTML = fixture?.markup ?? '';
    const element = wrapper.querySelector<CouncilAddressLookup>('council-address-lookup');
    if (element) element.addressSource = storyAddressSourceFor(element.getAttribute('endpoint') ?? '');
    setTimeout(() => {
      void (async () => {
        try {
          if (element) {
            await element.updateComplete;
            await fixture?.act?.(element);
            await element.updateComplete;
          }
        } finally {
          wrapper.removeAttribute('data-story-pending');
        }
      })();
    });
    return wrapper;
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Postcode: Story = { args: { state: 'postcode' } };
export const PostcodeMissing: Story = { name: 'Postcode missing', args: { state: 'postcode-empty' } };
export const PostcodeIncomplete: Story = { name: 'Postcode incomplete', args: { state: 'postcode-invalid' } };
export const NotFound: Story = { name: 'No addresses at the postcode', args: { state: 'not-found' } };
export const OutsideGreatBritain: Story = {
  name: 'Jersey, Guernsey, Isle of Man or BFPO',
  args: { state: 'outside-gb' },
};
export const LookupFailed: Story = { name: 'Address finder not working', args: { state: 'lookup-failed' } };
export const LookupSlow: Story = { name: 'Address finder too slow', args: { state: 'lookup-slow' } };
export const LookupMisconfigured: Story = {
  name: 'Council’s address service key refused',
  args: { state: 'lookup-misconfigured' },
};
export const RateLimited: Story = { name: 'Too many searches', args: { state: 'rate-limited' } };
export const Select: Story = { name: 'Addresses found', args: { state: 'select' } };
export const SelectWelshRecords: Story = {
  name: 'Addresses with Welsh records',
  args: { state: 'select-welsh-records' },
};
export const SelectError: Story = { name: 'No address selected', args: { state: 'select-error' } };
export const Chosen: Story = { name: 'Address chosen', args: { state: 'chosen' } };
export const Manual: Story = { name: 'Manual entry', args: { state: 'manual' } };
export const ManualErrors: Story = { name: 'Manual entry with errors', args: { state: 'manual-errors' } };
export const AuthorFields: Story = { name: 'Around the page’s own fields', args: { state: 'author-fields' } };
