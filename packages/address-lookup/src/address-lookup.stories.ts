import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { fixtureStory, renderFixture } from '@council-components/testing/fixture-story.js';
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
    guidance: {
      use: 'When a service needs a UK address from a resident: a home, a property to report, where to collect from.',
      dontUse:
        'When the address is outside the UK, or is not a postal address (a field, a spot on a road): ask for it in ' +
        'your own words, or use a map. When you already know the address from an account, show it to confirm instead.',
      govuk: [{ name: 'Addresses', href: 'https://design-system.service.gov.uk/patterns/addresses/' }],
      departs:
        'Finds the address from a postcode, as GOV.UK’s address lookup does, with manual entry always a click away; ' +
        'adds the Welsh form of an address where the council’s gazetteer has one.',
    },
    snippet: {
      attributes: [
        {
          attribute: 'name',
          property: 'name',
          label: 'Name',
          hint: 'Prefix of the fields the form sends: home-address-line-1…',
          value: 'home-address',
        },
        {
          attribute: 'label',
          property: 'label',
          label: 'Question',
          hint: 'Leave empty for the component’s own question, in English and Welsh.',
          value: '',
        },
        {
          attribute: 'endpoint',
          property: 'endpoint',
          label: 'Your back end’s address endpoint',
          value: '/api/addresses',
        },
        { attribute: 'required', property: 'required', label: 'An address must be given', value: true },
      ],
    },
    accessibility: {
      purpose: 'the address finder',
      alsoTested: [
        'an error summary link on the host page moves focus to the postcode field',
        'a field it moves focus to shows focus on a page whose CSS hides focus outlines',
        'every control of every step shows focus in forced colours (Windows High Contrast) on a legacy page',
        'the postcode is carried into manual entry, so a resident never types it twice (3.3.7 Redundant Entry)',
      ],
      knownIssues: [
        'The addresses found are listed in a select, as GOV.UK’s address pattern does: at a postcode with hundreds ' +
          'of addresses the list is long to move through by keyboard or with a screen reader; “Enter the address ' +
          'manually” is always offered beside it.',
      ],
    },
    welsh: [
      'Where the council’s gazetteer holds an address’s Welsh form, as many in Wales do, a Welsh page lists it in ' +
        'Welsh and an English page in English (the “addresses with Welsh versions” state).',
      'The page’s own question and hint can be given in both languages: `label-cy` and `hint-cy`.',
    ],
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

export const Postcode: Story = fixtureStory(addressLookupFixtures, 'Postcode');
export const QuestionPerLanguage: Story = fixtureStory(addressLookupFixtures, 'QuestionPerLanguage');
export const PostcodeMissing: Story = fixtureStory(addressLookupFixtures, 'PostcodeMissing');
export const PostcodeIncomplete: Story = fixtureStory(addressLookupFixtures, 'PostcodeIncomplete');
export const NotFound: Story = fixtureStory(addressLookupFixtures, 'NotFound');
export const OutsideGreatBritain: Story = fixtureStory(addressLookupFixtures, 'OutsideGreatBritain');
export const LookupFailed: Story = fixtureStory(addressLookupFixtures, 'LookupFailed');
export const LookupSlow: Story = fixtureStory(addressLookupFixtures, 'LookupSlow');
export const LookupMisconfigured: Story = fixtureStory(addressLookupFixtures, 'LookupMisconfigured');
export const RateLimited: Story = fixtureStory(addressLookupFixtures, 'RateLimited');
export const Select: Story = fixtureStory(addressLookupFixtures, 'Select');
export const SelectWelshRecords: Story = fixtureStory(addressLookupFixtures, 'SelectWelshRecords');
export const SelectError: Story = fixtureStory(addressLookupFixtures, 'SelectError');
export const Chosen: Story = fixtureStory(addressLookupFixtures, 'Chosen');
export const Manual: Story = fixtureStory(addressLookupFixtures, 'Manual');
export const ManualErrors: Story = fixtureStory(addressLookupFixtures, 'ManualErrors');
export const AuthorFields: Story = fixtureStory(addressLookupFixtures, 'AuthorFields');
