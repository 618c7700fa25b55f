import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { renderFixture } from '@council-components/testing/fixture-story.js';
import { binCollectionsFixtures } from './bin-collections.fixtures.js';
import './define.js';

/** Every state in `bin-collections.fixtures.ts`, one story each, named as the fixture says, in the toolbar's language. */
const meta: Meta = {
  title: 'Components/Bin collections',
  component: 'council-bin-collections',
  tags: ['autodocs'],
  parameters: {
    status: 'alpha',
    docs: {
      description: {
        component:
          'When are my bins collected? The resident finds their property with the address search (or the page names it with `uprn`) and sees the next collections by date, with a calendar to add them to.',
      },
    },
  },
  render: renderFixture(binCollectionsFixtures, 'council-bin-collections'),
};
export default meta;

type Story = StoryObj;

export const FindAddress: Story = {};
export const AddressesFound: Story = {};
export const NoAddresses: Story = {};
export const Collections: Story = {};
export const MovedByABankHoliday: Story = {};
export const NoCollections: Story = {};
export const PartData: Story = {};
export const DataSourceDown: Story = {};
export const OutsideTheArea: Story = {};
export const NotAProperty: Story = {};
export const AroundThePagesContent: Story = {};
