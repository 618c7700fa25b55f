/**
 * Every documented state of <council-booking>, in English and Welsh, and the council back end they talk to. The
 * stories render these, the browser tests drive and check them, and the axe run checks each one. The back end is
 * the sandbox's: the real booking handlers of `@council-components/server` with the sandbox's booking file, on
 * SQLite in the tests and PGlite on the docs site; a few more on clocks of their own (a hold near its end, or past
 * it; the two Sundays the clocks change).
 */
import { addDays, weekday } from '@council-components/collections/local-date.js';
import { bookingRoutes } from '@council-components/sandbox/booking-backends.ts';
import sandboxBooking from '@council-components/sandbox/config/booking.json' with { type: 'json' };
import { bookingConfigOf, type BookingConfig } from '@council-components/server/booking/booking-config.js';
import type { BookingHandlersOptions } from '@council-components/server/booking/booking-handler.js';
import type { Route } from '@council-components/server/http/router.js';
import { inEnglishAndWelsh, type ComponentFixture } from '@council-components/testing/component-fixture.js';
import type { BookingStep, CouncilBooking } from './council-booking.js';

export type BookingFixture = ComponentFixture<CouncilBooking, { currentStep: BookingStep }>;

/** The council's booking API, and the same on clocks of its own. */
export const BOOKING = '/api/booking';
/** Its clock 9 minutes behind: a hold made now ends within 2 minutes. */
export const BOOKING_ENDING = '/api/booking-ending';
/** Its clock 11 minutes behind: a hold made now has already ended, by the resident's clock, but not the back end's. */
export const BOOKING_LATE = '/api/booking-late';
/** Its clock moved on by the tests (`POST {BOOKING_CLOCK}/clock?minutes=11`): a hold the back end has let go. */
export const BOOKING_CLOCK = '/api/booking-clock';
/** A night service, its clock a few days before the last Sunday of March 2027, and of October 2027. */
export const NIGHT_MARCH = '/api/night-booking-march';
export const NIGHT_OCTOBER = '/api/night-booking-october';
/** A back end that cannot be reached: nothing listens on port 2. */
export const UNREACHABLE = 'http://127.0.0.1:2/api/booking';

/** A call back from the night team: on Sundays from midnight to 3am, across the hours the clocks change. */
const NIGHT: BookingConfig = bookingConfigOf({
  holdMinutes: 10,
  window: { fromDays: 1, toDays: 14 },
  services: [
    {
      id: 'night-line',
      name: { en: 'Call back from the night team', cy: 'Galwad yn ôl gan y tîm nos' },
      slotMinutes: 30,
      capacity: 1,
      openingHours: { sunday: [['00:00', '03:00']] },
    },
  ],
});

/** The council back end the states talk to: tests mount it on the test server; the docs site runs it in the page. */
export function fixtureBackend(context: { storage: () => Promise<BookingHandlersOptions['storage']> }): Route[] {
  const config = bookingConfigOf(sandboxBooking);
  // Every state, in both languages, several times over (the contract's passes), from one browser: more holds a
  // minute than a resident makes.
  const rateLimit = { perMinute: 6000, burst: 1000 };
  const behind = (minutes: number) => () => new Date(Date.now() - minutes * 60_000);
  const at = (instant: string) => () => new Date(instant);
  let movedOn = 0;
  return [
    ...bookingRoutes({
      storage: context.storage,
      rateLimit,
      config,
      base: BOOKING_CLOCK,
      now: () => new Date(Date.now() + movedOn),
    }),
    {
      method: 'POST',
      path: `${BOOKING_CLOCK}/clock`,
      handler: (request) => {
        movedOn = Number(new URL(request.url).searchParams.get('minutes') ?? '0') * 60_000;
        return Promise.resolve(new Response(null, { status: 204 }));
      },
    },
    ...bookingRoutes({ storage: context.storage, rateLimit, config, base: BOOKING }),
    ...bookingRoutes({ storage: context.storage, rateLimit, config, base: BOOKING_ENDING, now: behind(9) }),
    ...bookingRoutes({ storage: context.storage, rateLimit, config, base: BOOKING_LATE, now: behind(11) }),
    ...bookingRoutes({
      storage: context.storage,
      rateLimit,
      config: NIGHT,
      base: NIGHT_MARCH,
      now: at('2027-03-22T12:00:00Z'),
    }),
    ...bookingRoutes({
      storage: context.storage,
      rateLimit,
      config: NIGHT,
      base: NIGHT_OCTOBER,
      now: at('2027-10-25T12:00:00Z'),
    }),
  ];
}

interface FreeSlot {
  date: string;
  start: string;
}

/** The first free slots of a service, as the back end lists them: what a resident would see first. */
export async function freeSlots(endpoint: string, service: string): Promise<FreeSlot[]> {
  const answer = await fetch(`${endpoint}/availability?service=${service}&from=${await firstDate(endpoint)}`);
  const { days } = (await answer.json()) as { days: { date: string; slots: { start: string; status: string }[] }[] };
  return days.flatMap(({ date, slots }) =>
    slots.filter(({ status }) => status === 'free').map(({ start }) => ({ date, start })),
  );
}

async function firstDate(endpoint: string): Promise<string> {
  const { bookable } = (await (await fetch(`${endpoint}/services`)).json()) as { bookable: { from: string } };
  return bookable.from;
}

/** The first free slot of a service. */
async function firstFree(endpoint: string, service: string): Promise<FreeSlot> {
  const [slot] = await freeSlots(endpoint, service);
  if (!slot) throw new Error(`No free slot for ${service} at ${endpoint}`);
  return slot;
}

/** A date `days` after today (London's), typed as a resident types it. */
function typedDaysFromToday(days: number): { day: string; month: string; year: string } {
  const at = new Date(Date.now() + days * 86_400_000);
  const [year = '', month = '', day = ''] = at.toLocaleDateString('en-CA', { timeZone: 'Europe/London' }).split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
}

/** The element's markup for one service at one endpoint. */
const booking = (service: string | undefined, endpoint = BOOKING, more = ''): string =>
  `<council-booking endpoint="${endpoint}"${service ? ` service="${service}"` : ''} contact-href="/contact-us"${more}></council-booking>`;

/** A resident's answers up to `upTo`, for a service, as they would give them. */
export async function bookUpTo(
  element: CouncilBooking,
  upTo: 'time' | 'details' | 'check' | 'confirmed',
  details = { name: 'Sam Jones', email: 'sam@example.com', phone: '' },
): Promise<void> {
  await element.ready();
  const endpoint = element.endpoint ?? BOOKING;
  const slot = await firstFree(endpoint, element.service ?? '');
  if (!(await element.chooseDate(slot.date))) throw new Error(`No date: ${element.currentStep}`);
  if (upTo === 'time') return;
  if (!(await element.chooseTime(slot.start))) throw new Error(`Not held: ${element.currentStep}`);
  if (upTo === 'details') return;
  if (!(await element.giveDetails(details))) throw new Error(`Details refused: ${element.currentStep}`);
  if (upTo === 'check') return;
  if (!(await element.confirm())) throw new Error(`Not booked: ${element.currentStep}`);
}

const inBothLanguages = inEnglishAndWelsh<CouncilBooking, { currentStep: BookingStep }>;

export const bookingFixtures: readonly BookingFixture[] = [
  ...inBothLanguages({
    story: 'NotSetUp',
    title: 'No back end given: booking online is not available here',
    when: 'The page author has not given the council’s booking service, so nothing can be booked here. Residents are told they cannot book online, with a Contact us link to book another way.',
    markup: '<council-booking contact-href="/contact-us"></council-booking>',
    shows: {
      en: { currentStep: 'unavailable', text: 'Sorry, you cannot book online at the moment.' },
      cy: { currentStep: 'unavailable', text: 'ni allwch drefnu ar-lein ar hyn o bryd' },
    },
  }),
  ...inBothLanguages({
    story: 'ChooseWhatToBook',
    title: 'More than one thing to book: the resident chooses',
    when: 'The page does not say which service to book and the council offers more than one, so the resident first chooses what they want to book.',
    markup: booking(undefined),
    act: async (element) => {
      await element.ready();
    },
    shows: {
      en: { currentStep: 'service', text: 'What do you want to book?' },
      cy: { currentStep: 'service', text: 'Beth ydych chi eisiau ei drefnu?' },
    },
  }),
  ...inBothLanguages({
    story: 'FewDates',
    title: 'A few dates: radios, and another date typed',
    when: 'The service has only a few dates with free times (8 or fewer), so the resident picks one from a list, or chooses ‘Another date’ and types it.',
    markup: booking('bulky-waste'),
    act: async (element) => {
      await element.ready();
    },
    shows: {
      en: { currentStep: 'date', text: 'Another date' },
      cy: { currentStep: 'date', text: 'Dyddiad arall' },
    },
  }),
  ...inBothLanguages({
    story: 'ManyDates',
    title: 'Many dates: a typed date, with a calendar to choose from',
    when: 'The service has more than 8 dates with free times, so the resident types a date, or opens a calendar to pick one.',
    markup: booking('tip-visit'),
    act: async (element) => {
      await element.ready();
    },
    shows: {
      en: { currentStep: 'date', text: 'Choose date from calendar' },
      cy: { currentStep: 'date', text: 'Dewis dyddiad o’r calendr' },
    },
  }),
  ...inBothLanguages({
    story: 'CalendarOpen',
    title: 'The calendar open, days with no times struck through',
    when: 'The resident selected ‘Choose date from calendar’. Days with no free times are struck through; picking a day fills in the date, and they can move between months.',
    markup: booking('tip-visit'),
    act: async (element) => {
      await element.ready();
      element.querySelector<HTMLButtonElement>('[aria-expanded]')?.click();
      await element.updateComplete;
    },
    shows: {
      en: { currentStep: 'date', text: 'Next month' },
      cy: { currentStep: 'date', text: 'Mis nesaf' },
    },
  }),
  ...inBothLanguages({
    story: 'DateNotReal',
    title: 'A typed date that does not exist',
    when: 'The resident typed a date that does not exist, such as 31 February. They are asked to enter a real date.',
    markup: booking('tip-visit'),
    act: async (element) => {
      await element.chooseDate({ day: '31', month: '2', year: '2027' });
    },
    shows: {
      en: { currentStep: 'date', text: 'Date must be a real date' },
      cy: { currentStep: 'date', text: 'Rhaid i’r dyddiad fod yn ddyddiad go iawn' },
    },
  }),
  ...inBothLanguages({
    story: 'DateInThePast',
    title: 'A typed date in the past',
    when: 'The resident typed a date that has already passed. They are asked to enter a date that is today or later.',
    markup: booking('tip-visit'),
    act: async (element) => {
      await element.chooseDate(typedDaysFromToday(-1));
    },
    shows: {
      en: { currentStep: 'date', text: 'Date must be today or in the future' },
      cy: { currentStep: 'date', text: 'Rhaid i’r dyddiad fod heddiw neu yn y dyfodol' },
    },
  }),
  ...inBothLanguages({
    story: 'DateOutsideWindow',
    title: 'A typed date further ahead than can be booked',
    when: 'The resident typed a date further ahead than the council takes bookings. The error gives the first and last dates they can book, so they can choose one in between.',
    markup: booking('tip-visit'),
    act: async (element) => {
      await element.chooseDate(typedDaysFromToday(90));
    },
    shows: {
      en: { currentStep: 'date', text: 'Date must be between' },
      cy: { currentStep: 'date', text: 'Rhaid i’r dyddiad fod rhwng' },
    },
  }),
  ...inBothLanguages({
    story: 'NoTimesThatDay',
    title: 'A typed date with no times (the tip is closed on Sundays)',
    when: 'The resident typed a real date they could book, but there are no free times that day (here, a Sunday, when the tip is closed). They are asked to choose another date.',
    markup: booking('tip-visit'),
    act: async (element) => {
      const { date } = await firstFree(BOOKING, 'tip-visit');
      const [year = '', month = '', day = ''] = addDays(date, 7 - weekday(date)).split('-');
      await element.chooseDate({ day: String(Number(day)), month: String(Number(month)), year });
    },
    shows: {
      en: { currentStep: 'date', text: 'There are no times left on' },
      cy: { currentStep: 'date', text: 'Nid oes amseroedd ar ôl ar' },
    },
  }),
  ...inBothLanguages({
    story: 'ChooseATime',
    title: 'Times in the morning and afternoon, with the places left',
    when: 'The resident has chosen a date. They choose a time, listed under morning and afternoon, each showing how many places are left.',
    markup: booking('bulky-waste'),
    act: (element) => bookUpTo(element, 'time'),
    shows: {
      en: { currentStep: 'time', text: 'Afternoon' },
      cy: { currentStep: 'time', text: 'Prynhawn' },
    },
  }),
  ...inBothLanguages({
    story: 'PlaceJustTaken',
    title: 'Someone else took the last place first: another time, answers kept',
    when: 'The resident chose a time, but someone else took its last place while they were choosing. They are asked to choose another time that day, and their answers are kept.',
    markup: booking('registrar'),
    act: async (element) => {
      await bookUpTo(element, 'time');
      // Another resident holds the first time's only place while this one is choosing.
      const [slot] = await freeSlots(BOOKING, 'registrar');
      await fetch(`${BOOKING}/holds`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ service: 'registrar', start: slot?.start }),
      });
      await element.chooseTime(slot?.start ?? '');
    },
    shows: {
      en: { currentStep: 'time', text: 'Sorry, that time has just been taken. Choose another time.' },
      cy: { currentStep: 'time', text: 'mae’r amser hwnnw newydd gael ei gymryd' },
    },
  }),
  ...inBothLanguages({
    story: 'YourDetails',
    title: 'The time held while the resident gives their details',
    when: 'The resident has chosen a time, and it is held for them while they give their name, email address and, if they like, a telephone number. The page says when the hold ends.',
    markup: booking('bulky-waste'),
    act: (element) => bookUpTo(element, 'details'),
    shows: {
      en: { currentStep: 'details', text: 'We are holding this time for you until' },
      cy: { currentStep: 'details', text: 'Rydym yn cadw’r amser hwn i chi tan' },
    },
  }),
  ...inBothLanguages({
    story: 'DetailsProblems',
    title: 'Details GOV.UK would not take',
    when: 'The resident left their name blank, or gave an email address or telephone number in the wrong format. Each problem is shown at its field for them to correct.',
    markup: booking('bulky-waste'),
    act: async (element) => {
      await bookUpTo(element, 'details');
      await element.giveDetails({ name: ' ', email: 'sam.example.com', phone: 'call me' });
    },
    shows: {
      en: { currentStep: 'details', text: 'Enter an email address in the correct format, like name@example.com' },
      cy: { currentStep: 'details', text: 'Rhowch gyfeiriad e-bost yn y fformat cywir' },
    },
  }),
  ...inBothLanguages({
    story: 'CheckYourAnswers',
    title: 'Check your answers, each with its Change link',
    when: 'The resident has given their details. They check their booking and details before confirming, and can use a Change link to go back and change an answer.',
    markup: booking('bulky-waste'),
    act: (element) =>
      bookUpTo(element, 'check', { name: 'Sam Jones', email: 'sam@example.com', phone: '01632 960 001' }),
    shows: {
      en: { currentStep: 'check', text: 'Check your answers before booking' },
      cy: { currentStep: 'check', text: 'Gwiriwch eich atebion cyn trefnu' },
    },
  }),
  ...inBothLanguages({
    story: 'HoldEnding',
    title: 'The hold ends within two minutes: said, with when',
    when: 'The resident is still giving their details or checking their answers, and the time is held for less than 2 more minutes. They are told when the hold ends, so they can confirm before then.',
    markup: booking('bulky-waste', BOOKING_ENDING),
    act: (element) => bookUpTo(element, 'check'),
    shows: {
      en: { currentStep: 'check', text: 'We will hold your time only until' },
      cy: { currentStep: 'check', text: 'Dim ond tan' },
    },
  }),
  ...inBothLanguages({
    story: 'HoldLapsed',
    title: 'The hold has ended: the time can still be booked if it is free',
    when: 'The resident took so long that the time is no longer held for them. They can still confirm the time if nobody else has booked it; if someone has, they choose another time.',
    markup: booking('bulky-waste', BOOKING_LATE),
    act: (element) => bookUpTo(element, 'check'),
    shows: {
      en: { currentStep: 'check', text: 'We stopped holding your time at' },
      cy: { currentStep: 'check', text: 'Rydym wedi peidio â chadw eich amser' },
    },
  }),
  ...inBothLanguages({
    story: 'Confirmed',
    title: 'Booked: the reference, a calendar file, how to change or cancel',
    when: 'The resident confirmed their booking. They get a reference number and a file to add it to their calendar, and are told to contact the council with the reference to change or cancel it.',
    markup: booking('bulky-waste'),
    act: (element) => bookUpTo(element, 'confirmed'),
    shows: {
      en: { currentStep: 'confirmed', text: 'Add to your calendar' },
      cy: { currentStep: 'confirmed', text: 'Ychwanegu at eich calendr' },
    },
  }),
  ...inBothLanguages({
    story: 'ClocksGoBack',
    title: 'The last Sunday of October: 1am to 2am happens twice, each told apart',
    when: 'The resident chose the last Sunday in October, when the clocks go back and 1am to 2am happens twice. Times in that hour say BST or GMT, so the resident can tell them apart.',
    markup: booking('night-line', NIGHT_OCTOBER),
    act: async (element) => {
      await element.ready();
      await element.chooseDate('2027-10-31');
    },
    shows: {
      en: { currentStep: 'time', text: '1:30am (BST) to 1am (GMT)' },
      cy: { currentStep: 'time', text: '1:30yb (BST) i 1yb (GMT)' },
    },
  }),
  ...inBothLanguages({
    story: 'ClocksGoForward',
    title: 'The last Sunday of March: 1am to 2am does not happen',
    when: 'The resident chose the last Sunday in March, when the clocks go forward and 1am to 2am does not happen. No time starts in the missing hour: a time that spans it reads 12:30am to 2am.',
    markup: booking('night-line', NIGHT_MARCH),
    act: async (element) => {
      await element.ready();
      await element.chooseDate('2027-03-28');
    },
    shows: {
      en: { currentStep: 'time', text: '12:30am to 2am' },
      cy: { currentStep: 'time', text: '12:30yb i 2yb' },
    },
  }),
  ...inBothLanguages({
    story: 'CannotReach',
    title: 'The council’s back end out of reach',
    when: 'The page gives the council’s booking service, but it did not answer (it may be down). Residents are told they cannot book online, and can try again or use the Contact us link.',
    markup: booking('tip-visit', UNREACHABLE),
    act: async (element) => {
      await element.ready();
    },
    logs: /ERR_CONNECTION_REFUSED/,
    shows: {
      en: { currentStep: 'unavailable', text: 'Contact us' },
      cy: { currentStep: 'unavailable', text: 'Cysylltu â ni' },
    },
  }),
  ...inBothLanguages({
    story: 'AroundThePagesLink',
    title: 'Around the page’s own way to book',
    when: 'The page author put their own way to book (here, a telephone link) inside the element. It shows even without JavaScript, and stays below the booking questions once they load.',
    markup: {
      en: `<council-booking endpoint="${BOOKING}" service="bulky-waste">
  <p>You can also <a href="/contact-us">book a bulky waste collection by phone</a>.</p>
</council-booking>`,
      cy: `<council-booking endpoint="${BOOKING}" service="bulky-waste">
  <p>Gallwch hefyd <a href="/contact-us">drefnu casgliad gwastraff swmpus dros y ffôn</a>.</p>
</council-booking>`,
    },
    act: async (element) => {
      await element.ready();
    },
    shows: {
      en: { currentStep: 'date', text: 'You can also book a bulky waste collection by phone.' },
      cy: { currentStep: 'date', text: 'Gallwch hefyd drefnu casgliad gwastraff swmpus dros y ffôn.' },
    },
  }),
];
