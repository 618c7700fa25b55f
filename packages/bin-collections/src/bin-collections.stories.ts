import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { fixtureStory, renderFixture } from '@council-components/testing/fixture-story.js';
import { binCollectionsFixtures } from './bin-collections.fixtures.js';
import './define.js';

/** Every state in `bin-collections.fixtures.ts`, one story each, named as the fixture says, in the toolbar's language. */
const meta: Meta = {
  title: 'Components/Bin collections',
  component: 'council-bin-collections',
  tags: ['autodocs'],
  parameters: {
    guidance: {
      use: 'When residents ask which bins go out and when: the next collection days for one household.',
      dontUse:
        'For a whole area’s calendar or for commercial waste: publish those as pages. To book a bulky waste ' +
        'collection, use Book an appointment.',
      govuk: [
        { name: 'Addresses', href: 'https://design-system.service.gov.uk/patterns/addresses/' },
        { name: 'Summary list', href: 'https://design-system.service.gov.uk/components/summary-list/' },
      ],
      departs:
        'GOV.UK has no pattern for collection days: they are a summary list per date, found by the address search.',
    },
    snippet: {
      attributes: [
        {
          attribute: 'endpoint',
          property: 'endpoint',
          label: 'Your back end’s collections endpoint',
          value: '/api/collections',
        },
        { attribute: 'contact-href', property: 'contactHref', label: 'Your contact page', value: '/contact-us' },
        {
          attribute: 'missed-href',
          property: 'missedHref',
          label: 'Where to report a missed collection',
          value: '/bins/missed',
        },
        { attribute: 'remember', property: 'remember', label: 'Remember the address in this browser', value: false },
      ],
    },
    accessibility: {
      purpose: 'the bin collection days finder',
      alsoTested: [
        'no colour is said by its swatch alone: the swatch is hidden from screen readers and in forced colours, and ' +
          'the container’s name says its colour',
      ],
      knownIssues: [
        '“Add to your calendar” opens the resident’s own calendar application, whose accessibility the council does ' +
          'not control; every date is also on the page.',
      ],
    },
    welsh: [
      'Dates are written in Welsh (“Dydd Gwener 4 Rhagfyr”) from CLDR’s day and month names, carried in the ' +
        'component, because not every browser has Welsh.',
      'The calendar file and feed are in the page’s language: each entry’s title and description in Welsh on a ' +
        'Welsh page.',
      'Container names come from the council’s data, which gives each in both languages (`labelCy`).',
    ],
    status: 'experimental',
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

export const FindAddress: Story = fixtureStory(binCollectionsFixtures, 'FindAddress');
export const AddressesFound: Story = fixtureStory(binCollectionsFixtures, 'AddressesFound');
export const NoAddresses: Story = fixtureStory(binCollectionsFixtures, 'NoAddresses');
export const Collections: Story = fixtureStory(binCollectionsFixtures, 'Collections');
export const MovedByABankHoliday: Story = fixtureStory(binCollectionsFixtures, 'MovedByABankHoliday');
export const NoCollections: Story = fixtureStory(binCollectionsFixtures, 'NoCollections');
export const PartData: Story = fixtureStory(binCollectionsFixtures, 'PartData');
export const DataSourceDown: Story = fixtureStory(binCollectionsFixtures, 'DataSourceDown');
export const OutsideTheArea: Story = fixtureStory(binCollectionsFixtures, 'OutsideTheArea');
export const NotAProperty: Story = fixtureStory(binCollectionsFixtures, 'NotAProperty');
export const AroundThePagesContent: Story = fixtureStory(binCollectionsFixtures, 'AroundThePagesContent');
