import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { renderFixture } from '@council-components/testing/fixture-story.js';
import { bookingFixtures } from './booking.fixtures.js';
import './define.js';

/** Every state in `booking.fixtures.ts`, one story each, named as the fixture says, in the toolbar's language. */
const meta: Meta = {
  title: 'Components/Book an appointment',
  component: 'council-booking',
  tags: ['autodocs'],
  parameters: {
    status: 'alpha',
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

export const NotSetUp: Story = {};
export const ChooseWhatToBook: Story = {};
export const FewDates: Story = {};
export const ManyDates: Story = {};
export const CalendarOpen: Story = {};
export const DateNotReal: Story = {};
export const DateInThePast: Story = {};
export const DateOutsideWindow: Story = {};
export const NoTimesThatDay: Story = {};
export const ChooseATime: Story = {};
export const PlaceJustTaken: Story = {};
export const YourDetails: Story = {};
export const DetailsProblems: Story = {};
export const CheckYourAnswers: Story = {};
export const HoldEnding: Story = {};
export const HoldLapsed: Story = {};
export const Confirmed: Story = {};
export const ClocksGoBack: Story = {};
export const ClocksGoForward: Story = {};
export const CannotReach: Story = {};
export const AroundThePagesLink: Story = {};
