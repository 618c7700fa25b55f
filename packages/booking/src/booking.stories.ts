import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { fixtureStory, renderFixture } from '@council-components/testing/fixture-story.js';
import { bookingFixtures } from './booking.fixtures.js';
import './define.js';

/** Every state in `booking.fixtures.ts`, one story each, named as the fixture says, in the toolbar's language. */
const meta: Meta = {
  title: 'Components/Book an appointment',
  component: 'council-booking',
  tags: ['autodocs'],
  parameters: {
    guidance: {
      use: 'When residents book a time with the council: a tip visit, a registrar appointment, a bulky waste collection.',
      dontUse:
        'When a booking needs a payment first, an eligibility check or a conversation: start with those pages, or a ' +
        'form the council reviews. For events with no fixed places, a sign-up form is simpler.',
      govuk: [
        { name: 'Dates', href: 'https://design-system.service.gov.uk/patterns/dates/' },
        { name: 'Check answers', href: 'https://design-system.service.gov.uk/patterns/check-answers/' },
        { name: 'Confirmation pages', href: 'https://design-system.service.gov.uk/patterns/confirmation-pages/' },
      ],
      departs:
        'GOV.UK publishes no booking pattern: this one is made of its parts (radios, date input, summary list, ' +
        'panel), with MOJ’s date picker for a calendar, and holds the time while the resident gives their details.',
    },
    snippet: {
      attributes: [
        {
          attribute: 'endpoint',
          property: 'endpoint',
          label: 'Your back end’s booking endpoint',
          value: '/api/booking',
        },
        {
          attribute: 'service',
          property: 'service',
          label: 'The service to book',
          hint: 'Leave empty to let the resident choose.',
          value: '',
        },
        { attribute: 'contact-href', property: 'contactHref', label: 'Your contact page', value: '/contact-us' },
      ],
    },
    accessibility: {
      purpose: 'the appointment booking form',
      alsoTested: [
        'the calendar grid is used by keyboard: arrow keys, Home and End, Page Up and Page Down, Enter to choose and ' +
          'Escape to close; days without times are marked unavailable to screen readers',
        'times are London’s wall clock, each with its UTC offset on the days the clocks change',
      ],
      knownIssues: [
        'The calendar grid (MOJ’s date picker pattern) is the part most in need of testing by hand with screen ' +
          'readers; the typed date beside it always works.',
        'Changing or cancelling a booking is done by the council; the component does not offer it yet.',
      ],
    },
    welsh: [
      'Times are written as government services write them in Welsh (9yb, 2:30yh, canol dydd), from a table a ' +
        'translator can replace, not from the browser, which gives “AM” and “PM”.',
      'The page’s own heading can be given in both languages: `heading-cy`. The calendar file is in the resident’s ' +
        'language.',
    ],
    status: 'experimental',
    docs: {
      description: {
        component:
          'Book an appointment or a slot with the council’s back end: what to book (when there is more than one thing), a date (radios when there are a few, a typed date with a calendar when there are many), a time with the places left, the resident’s details, a check of their answers, and the confirmation with its reference and a calendar file. The time is held while the resident books it, and they are told before the hold ends; when someone else takes the last place first, they choose another time with their answers kept.',
      },
    },
  },
  render: renderFixture(bookingFixtures, 'council-booking'),
};
export default meta;

type Story = StoryObj;

export const NotSetUp: Story = fixtureStory(bookingFixtures, 'NotSetUp');
export const ChooseWhatToBook: Story = fixtureStory(bookingFixtures, 'ChooseWhatToBook');
export const FewDates: Story = fixtureStory(bookingFixtures, 'FewDates');
export const ManyDates: Story = fixtureStory(bookingFixtures, 'ManyDates');
export const CalendarOpen: Story = fixtureStory(bookingFixtures, 'CalendarOpen');
export const DateNotReal: Story = fixtureStory(bookingFixtures, 'DateNotReal');
export const DateInThePast: Story = fixtureStory(bookingFixtures, 'DateInThePast');
export const DateOutsideWindow: Story = fixtureStory(bookingFixtures, 'DateOutsideWindow');
export const NoTimesThatDay: Story = fixtureStory(bookingFixtures, 'NoTimesThatDay');
export const ChooseATime: Story = fixtureStory(bookingFixtures, 'ChooseATime');
export const PlaceJustTaken: Story = fixtureStory(bookingFixtures, 'PlaceJustTaken');
export const YourDetails: Story = fixtureStory(bookingFixtures, 'YourDetails');
export const DetailsProblems: Story = fixtureStory(bookingFixtures, 'DetailsProblems');
export const CheckYourAnswers: Story = fixtureStory(bookingFixtures, 'CheckYourAnswers');
export const HoldEnding: Story = fixtureStory(bookingFixtures, 'HoldEnding');
export const HoldLapsed: Story = fixtureStory(bookingFixtures, 'HoldLapsed');
export const Confirmed: Story = fixtureStory(bookingFixtures, 'Confirmed');
export const ClocksGoBack: Story = fixtureStory(bookingFixtures, 'ClocksGoBack');
export const ClocksGoForward: Story = fixtureStory(bookingFixtures, 'ClocksGoForward');
export const CannotReach: Story = fixtureStory(bookingFixtures, 'CannotReach');
export const AroundThePagesLink: Story = fixtureStory(bookingFixtures, 'AroundThePagesLink');
