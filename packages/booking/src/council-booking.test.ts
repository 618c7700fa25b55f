import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { defineElement } from '@council-components/core/define.js';
import { coreWelshSources } from '@council-components/core/i18n/welsh-sources.js';
import { axeViolations } from '@council-components/testing/axe-in-browser.js';
import { componentContract } from '@council-components/testing/component-contract.js';
import { storiesOf } from '@council-components/testing/fixture-story.js';
import { welshSourceProblems } from '@council-components/testing/welsh-sources.js';
import type { BookingConfirmedDetail, CouncilBooking } from './council-booking.js';
import {
  BOOKING,
  BOOKING_CLOCK,
  BOOKING_LATE,
  NIGHT_OCTOBER,
  bookingFixtures,
  bookUpTo,
  freeSlots,
} from './booking.fixtures.js';
import { bookingStrings } from './booking.strings.js';
import { bookingWelshSources } from './booking.welsh-sources.js';
import { addMonths, typedDateOf } from './typed-date.js';
import { dateAfterKey } from './calendar-grid.js';
import * as stories from './booking.stories.js';
import './define.js';

/** A string of the component's, as a resident reads it. */
const word = (lang: 'en' | 'cy', key: keyof (typeof bookingStrings)['en']): string => {
  const message = bookingStrings[lang][key];
  return typeof message === 'string' ? message : message.other;
};

const active = (): HTMLElement | null => document.activeElement as HTMLElement | null;

/** Tabs on until focus is on what `where` picks (a resident tabbing to it), at most `most` times. */
async function tabTo(where: (focused: HTMLElement) => boolean, most = 12): Promise<void> {
  for (let tab = 0; tab < most; tab++) {
    await userEvent.tab();
    const focused = active();
    if (focused && where(focused)) return;
  }
  throw new Error(`Not reached by tabbing: focus is on ${active()?.outerHTML.slice(0, 120) ?? 'nothing'}`);
}

const isRadio = (focused: HTMLElement): boolean => focused.matches('input[type=radio]');
const isButton = (text: string) => (focused: HTMLElement) =>
  focused.localName === 'button' && (focused.textContent ?? '').trim() === text;

/**
 * The whole journey with the keyboard alone, in either language, from the page's own link inside the element (the
 * first thing focus reaches while the dates are asked for): a date, a time, the details, the check, confirm.
 */
async function bookByKeyboard(lang: 'en' | 'cy'): Promise<void> {
  const element = document.querySelector('council-booking') as CouncilBooking;
  await vi.waitFor(() => expect(element.querySelector('input[type=radio]')).not.toBeNull());
  // Focus is on the page's link after the dates (they came after it was reached), or already on the dates: back to
  // them. On the last radio ("Another date") the arrow goes round to the first date, on the first to the second;
  // either way a date is chosen, then Enter continues (never sending the page's form).
  for (let back = 0; back < 4 && !isRadio(active() as HTMLElement); back++)
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
  expect(isRadio(active() as HTMLElement)).toBe(true);
  await userEvent.keyboard('{ArrowDown}{Enter}');
  await vi.waitFor(() => expect(element.currentStep).toBe('time'));
  await tabTo(isRadio);
  await userEvent.keyboard(' ');
  await tabTo(isButton(word(lang, 'continue')));
  await userEvent.keyboard('{Enter}');
  await vi.waitFor(() => expect(element.currentStep).toBe('details'));
  await tabTo((focused) => focused.id.endsWith('-name'));
  await userEvent.keyboard('Sam Jones');
  await userEvent.tab();
  await userEvent.keyboard('sam@example.com');
  await tabTo(isButton(word(lang, 'continue')));
  await userEvent.keyboard('{Enter}');
  await vi.waitFor(() => expect(element.currentStep).toBe('check'));
  await tabTo(isButton(word(lang, 'confirm')));
  await userEvent.keyboard('{Enter}');
}

/** A free time on a day with another time left: one to take, and one for when it is gone or changed. */
async function timeWithAnother(endpoint: string, service: string): Promise<{ date: string; start: string }> {
  const free = await freeSlots(endpoint, service);
  const slot = free.find(({ date, start }) => free.some((other) => other.date === date && other.start !== start));
  if (!slot) throw new Error(`No ${service} day with two times left`);
  return slot;
}

const CONTRACT_MARKUP = `<council-booking name="contract" endpoint="${BOOKING}" service="bulky-waste">
  <p>You can also <a href="/contact-us">book by phone</a>.</p>
</council-booking>`;

componentContract<CouncilBooking>({
  kind: 'display',
  tag: 'council-booking',
  fixtures: bookingFixtures,
  markup: CONTRACT_MARKUP,
  journeyByKeyboard: () => bookByKeyboard('en'),
  reaches: 'Booking confirmed',
  fallback: {
    markup: bookingFixtures.find((fixture) => fixture.story === 'AroundThePagesLink')?.markup ?? '',
    text: 'You can also book a bulky waste collection by phone.',
  },
  defineElement,
});

let host: HTMLDivElement;
beforeEach(() => {
  host = document.body.appendChild(document.createElement('div'));
});
afterEach(() => {
  host.remove();
  document.documentElement.lang = 'en';
});

async function mount(markup: string, lang: 'en' | 'cy' = 'en'): Promise<CouncilBooking> {
  document.documentElement.lang = lang;
  host.innerHTML = `<form action="/sent">${markup}</form>`;
  const element = host.querySelector('council-booking');
  if (!element) throw new Error('no element');
  await element.ready();
  return element;
}

const text = (element: HTMLElement): string => element.innerText.replace(/\s+/g, ' ');

describe('the whole journey, by keyboard, in both languages', () => {
  for (const lang of ['en', 'cy'] as const) {
    it(`books with the keyboard alone, axe-clean at every step, and confirms (${lang})`, async () => {
      const confirmed = new Promise<BookingConfirmedDetail>((resolve) => {
        document.addEventListener(
          'council-booking-confirmed',
          (event) => resolve((event as CustomEvent<BookingConfirmedDetail>).detail),
          { once: true },
        );
      });
      const element = await mount(CONTRACT_MARKUP, lang);
      const seen: string[] = [];
      const checkStep = async (): Promise<void> => {
        if (seen.includes(element.currentStep)) return;
        seen.push(element.currentStep);
        expect(await axeViolations(host), element.currentStep).toEqual([]);
      };
      // Each step checked once, in turn; a violation fails the test where it is awaited, at the end.
      let checks = checkStep();
      const observer = new MutationObserver(() => {
        checks = checks.then(checkStep);
      });
      observer.observe(element, { childList: true, subtree: true });
      element.querySelector<HTMLAnchorElement>('[data-ccuk-page] a')?.focus();
      await bookByKeyboard(lang);
      const detail = await confirmed;
      observer.disconnect();
      await checks;
      await checkStep();
      expect(seen).toEqual(expect.arrayContaining(['date', 'time', 'details', 'check', 'confirmed']));
      expect(detail.reference).toMatch(/^BK-/);
      expect(text(element)).toContain(detail.reference);
      expect(text(element)).toContain(word(lang, 'confirmedTitle'));
      // Focus is on the confirmation's title, which a screen reader then reads.
      expect(active()?.textContent?.trim()).toBe(word(lang, 'confirmedTitle'));
      // The host form was never sent by an Enter.
      expect(location.pathname).not.toBe('/sent');
    });
  }
});

describe('the calendar file', () => {
  it('is the booking, in the resident’s language, at the instant booked', async () => {
    const element = await mount(
      `<council-booking endpoint="${BOOKING}" service="bulky-waste"></council-booking>`,
      'cy',
    );
    const confirmed = new Promise<BookingConfirmedDetail>((resolve) => {
      element.addEventListener('council-booking-confirmed', (event) => resolve(event.detail), { once: true });
    });
    await bookUpTo(element, 'confirmed');
    const booked = await confirmed;
    const link = [...element.querySelectorAll('a')].find((a) =>
      a.textContent?.includes('calendr'),
    ) as HTMLAnchorElement;
    const file = await (await fetch(link.href)).text();
    const vevent = new ICAL.Component(ICAL.parse(file) as unknown[]).getFirstSubcomponent('vevent');
    if (!vevent) throw new Error('no event in the calendar file');
    const event = new ICAL.Event(vevent);
    expect(event.summary).toBe('Casgliad gwastraff swmpus');
    expect(event.description).toBe(`Cyfeirnod archebu: ${booked.reference}`);
    // The instants booked, whatever the browser's zone (Auckland here).
    expect(event.startDate.toJSDate().getTime()).toBe(Date.parse(booked.start));
    expect(event.endDate.toJSDate().getTime()).toBe(Date.parse(booked.end));
  });
});

describe('a typed date', () => {
  const window = { from: '2026-12-05', to: '2027-01-15' };
  it('is checked as GOV.UK checks dates: given, complete, real, not past, within the window', () => {
    const typed = (day: string, month: string, year: string) => typedDateOf({ day, month, year }, '2026-12-04', window);
    expect(typed('', '', '')).toEqual({ problem: 'empty' });
    expect(typed('5', '', '2026')).toEqual({ problem: 'incomplete' });
    expect(typed('31', '2', '2027')).toEqual({ problem: 'real' });
    expect(typed('29', '2', '2027')).toEqual({ problem: 'real' });
    expect(typed('1', 'Dec', '2026')).toEqual({ problem: 'real' });
    expect(typed('3', '12', '2026')).toEqual({ problem: 'past' });
    // Today is not in the past, but before the first bookable date.
    expect(typed('4', '12', '2026')).toEqual({ problem: 'between' });
    expect(typed('16', '1', '2027')).toEqual({ problem: 'between' });
    expect(typed(' 7 ', '01', '2027')).toEqual({ date: '2027-01-07' });
  });

  it('names the window in words when outside it, and says which field is wrong to the page’s error summary', async () => {
    const element = await mount(`<council-booking endpoint="${BOOKING}" service="tip-visit"></council-booking>`);
    const invalid = new Promise<{ errors: { fieldId: string; message: string }[] }>((resolve) => {
      element.addEventListener('council-invalid', (event) => resolve(event.detail), { once: true });
    });
    expect(await element.chooseDate({ day: '1', month: '1', year: '2099' })).toBe(false);
    const { errors } = await invalid;
    expect(errors).toHaveLength(1);
    expect(errors[0]?.fieldId).toBe('booking-day');
    expect(errors[0]?.message).toMatch(/^Date must be between \w+day \d+ \w+ \d{4} and \w+day \d+ \w+ \d{4}$/);
    expect(active()?.id).toBe('booking-day');
  });
});

describe('dates in Welsh sentences', () => {
  it('writes “dydd” in lower case within a sentence, softened after “ar”, as GOV.UK does', async () => {
    const element = await mount(`<council-booking endpoint="${NIGHT_OCTOBER}"></council-booking>`, 'cy');
    expect(await element.chooseDate({ day: '1', month: '1', year: '2099' })).toBe(false);
    expect(text(element)).toContain(
      'Rhaid i’r dyddiad fod rhwng dydd Mawrth 26 Hydref 2027 a dydd Llun 8 Tachwedd 2027',
    );
    expect(await element.chooseDate({ day: '1', month: '11', year: '2027' })).toBe(false);
    expect(text(element)).toContain('Nid oes amseroedd ar ôl ar ddydd Llun 1 Tachwedd 2027. Dewiswch ddyddiad arall');
    expect(await element.chooseDate('2027-10-31')).toBe(true);
    expect(text(element)).toContain('Dewiswch amser ar ddydd Sul 31 Hydref 2027');
  });
});

describe('the calendar', () => {
  it('moves as MOJ’s date picker does', () => {
    expect(dateAfterKey('2026-12-09', 'ArrowLeft', false)).toBe('2026-12-08');
    expect(dateAfterKey('2026-12-09', 'ArrowDown', false)).toBe('2026-12-16');
    expect(dateAfterKey('2026-12-09', 'Home', false)).toBe('2026-12-07');
    expect(dateAfterKey('2026-12-09', 'End', false)).toBe('2026-12-13');
    expect(dateAfterKey('2027-01-31', 'PageDown', false)).toBe('2027-02-28');
    expect(dateAfterKey('2026-12-09', 'PageUp', true)).toBe('2025-12-09');
    expect(dateAfterKey('2026-12-09', 'a', false)).toBeUndefined();
    expect(addMonths('2028-03-31', -1)).toBe('2028-02-29');
  });

  it('is used by keyboard: arrows to a day with times, Enter fills the date, Esc closes; days without times are aria-disabled', async () => {
    const element = await mount(`<council-booking endpoint="${BOOKING}" service="tip-visit"></council-booking>`);
    const [first] = await freeSlots(BOOKING, 'tip-visit');
    const opener = element.querySelector<HTMLButtonElement>('[aria-expanded]') as HTMLButtonElement;
    opener.focus();
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(active()?.dataset['date']).toBe(first?.date));
    const dialog = element.querySelector('[role=dialog]') as HTMLElement;
    expect(await axeViolations(host)).toEqual([]);
    // Sundays have no times: struck through and aria-disabled, still reached.
    const sunday = dialog.querySelector<HTMLButtonElement>('tbody tr:nth-child(2) td:nth-child(7) button');
    expect(sunday?.getAttribute('aria-disabled')).toBe('true');
    await userEvent.keyboard('{Escape}');
    await vi.waitFor(() => expect(active()).toBe(opener));
    expect(element.querySelector('[role=dialog]')).toBeNull();
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(active()?.dataset['date']).toBe(first?.date));
    // A week on and back, then the day: chosen, and the date input filled.
    await userEvent.keyboard('{ArrowDown}{ArrowUp}{Enter}');
    await vi.waitFor(() => expect(active()).toBe(opener));
    const [year, month, day] = (first?.date ?? '').split('-').map(Number);
    expect(
      ['day', 'month', 'year'].map((part) => (element.querySelector(`#booking-${part}`) as HTMLInputElement).value),
    ).toEqual([String(day), String(month), String(year)]);
    expect(await element.chooseDate({ day: String(day), month: String(month), year: String(year) })).toBe(true);
    expect(element.currentStep).toBe('time');
  });
});

describe('when someone else takes the place, and when the hold lapses', () => {
  it('a hold ended by the resident’s clock but not the back end’s: they are told, and can still book it', async () => {
    const element = await mount(`<council-booking endpoint="${BOOKING_LATE}" service="registrar"></council-booking>`);
    await bookUpTo(element, 'check');
    // The hold has lapsed by the resident's clock (the back end's runs 11 minutes behind): said, with when.
    expect(text(element)).toMatch(/We stopped holding your time at \d{1,2}(:\d{2})?(am|pm)\. You can still book it/);
    // The back end's clock says the hold is live: the booking goes through.
    expect(await element.confirm()).toBe(true);
    expect(element.currentStep).toBe('confirmed');
  });

  it('exactly one of two residents racing for the last place books it; the other is told kindly, answers kept', async () => {
    host.innerHTML = `<council-booking name="first" endpoint="${BOOKING}" service="registrar"></council-booking>
      <council-booking name="second" endpoint="${BOOKING}" service="registrar"></council-booking>`;
    const [first, second] = [...host.querySelectorAll('council-booking')] as [CouncilBooking, CouncilBooking];
    await Promise.all([first.ready(), second.ready()]);
    // A time on a day with other times left: the one who loses it chooses another that day.
    const slot = await timeWithAnother(BOOKING, 'registrar');
    for (const element of [first, second]) await element.chooseDate(slot.date);
    const held = await Promise.all([first.chooseTime(slot.start), second.chooseTime(slot.start)]);
    expect(held.filter(Boolean)).toHaveLength(1);
    const loser = held[0] ? second : first;
    expect(loser.currentStep).toBe('time');
    expect(text(loser)).toContain('Sorry, that time has just been taken. Choose another time.');
    // The taken time is no longer offered; the date stays chosen.
    expect(loser.querySelector(`input[value="${slot.start}"]`)).toBeNull();
    expect(await axeViolations(host)).toEqual([]);
  });
});

describe('changing an answer, and a hold the back end let go', () => {
  it('a Change link keeps every answer and comes back to check them', async () => {
    const element = await mount(`<council-booking endpoint="${BOOKING}" service="bulky-waste"></council-booking>`);
    // A day with two times left: one chosen, then the other.
    const slot = await timeWithAnother(BOOKING, 'bulky-waste');
    await element.chooseDate(slot.date);
    await element.chooseTime(slot.start);
    await element.giveDetails({ name: 'Sam Jones', email: 'sam@example.com', phone: '01632 960 001' });
    expect(element.currentStep).toBe('check');
    const before = text(element);
    await element.change('time');
    expect(element.currentStep).toBe('time');
    const chosen = element.querySelector<HTMLInputElement>('input[type=radio]:checked');
    expect(chosen).not.toBeNull();
    const other = [...element.querySelectorAll<HTMLInputElement>('input[type=radio]')].find((radio) => !radio.checked);
    expect(await element.chooseTime(other?.value ?? ''), text(element)).toBe(true);
    // Straight back to the check, not through the details again: they are kept.
    expect(element.currentStep).toBe('check');
    expect(text(element)).toContain('01632 960 001');
    expect(text(element)).not.toBe(before);
    await element.change('details');
    expect((element.querySelector('#booking-email') as HTMLInputElement).value).toBe('sam@example.com');
    expect(await element.giveDetails({ email: 'sam.jones@example.com' })).toBe(true);
    expect(element.currentStep).toBe('check');
    expect(text(element)).toContain('sam.jones@example.com');
  });

  it('holds the time again at confirmation when the back end let the hold go, and books it', async () => {
    await fetch(`${BOOKING_CLOCK}/clock?minutes=0`, { method: 'POST' });
    const element = await mount(
      `<council-booking endpoint="${BOOKING_CLOCK}" service="bulky-waste"></council-booking>`,
    );
    await bookUpTo(element, 'check');
    await fetch(`${BOOKING_CLOCK}/clock?minutes=11`, { method: 'POST' });
    try {
      expect(await element.confirm()).toBe(true);
      expect(element.currentStep).toBe('confirmed');
    } finally {
      await fetch(`${BOOKING_CLOCK}/clock?minutes=0`, { method: 'POST' });
    }
  });

  it('takes the resident back to the times, then to the check, when another took the place after the hold ended', async () => {
    await fetch(`${BOOKING_CLOCK}/clock?minutes=0`, { method: 'POST' });
    const element = await mount(`<council-booking endpoint="${BOOKING_CLOCK}" service="registrar"></council-booking>`);
    // A day with another time left, for the resident to choose when theirs is gone.
    const slot = await timeWithAnother(BOOKING_CLOCK, 'registrar');
    await element.chooseDate(slot.date);
    await element.chooseTime(slot.start);
    await element.giveDetails({ name: 'Sam Jones', email: 'sam@example.com' });
    expect(element.currentStep).toBe('check');
    await fetch(`${BOOKING_CLOCK}/clock?minutes=11`, { method: 'POST' });
    try {
      // The resident's hold has ended, and its place goes to another resident.
      const theirs = await fetch(`${BOOKING_CLOCK}/holds`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ service: 'registrar', start: slot.start }),
      });
      expect(theirs.status).toBe(201);
      expect(await element.confirm()).toBe(false);
      expect(element.currentStep).toBe('time');
      expect(text(element)).toContain('Sorry, that time has just been taken. Choose another time.');
      const other = element.querySelector<HTMLInputElement>('input[type=radio]');
      expect(await element.chooseTime(other?.value ?? '')).toBe(true);
      // Back to check their answers, every one kept, and then booked.
      expect(element.currentStep).toBe('check');
      expect(text(element)).toContain('sam@example.com');
      expect(await element.confirm()).toBe(true);
    } finally {
      await fetch(`${BOOKING_CLOCK}/clock?minutes=0`, { method: 'POST' });
    }
  });
});

describe('on pages whose scripts move it', () => {
  it('asks again when a script moves it while it is asking, and gets to its dates', async () => {
    host.innerHTML = `<div><council-booking endpoint="${BOOKING}" service="bulky-waste"></council-booking></div><div></div>`;
    const element = host.querySelector('council-booking') as CouncilBooking;
    await element.updateComplete;
    expect(element.currentStep).toBe('loading');
    host.lastElementChild?.append(element);
    await vi.waitFor(() => expect(element.currentStep).toBe('date'));
    expect(text(element)).toContain('Another date');
  });
});

describe('its Welsh', () => {
  it('records where every Welsh string comes from, or that it is ours, for review', () => {
    expect(welshSourceProblems(bookingStrings.cy, { ...coreWelshSources, ...bookingWelshSources })).toEqual([]);
  });
});

describe('the fixtures and the stories', () => {
  it('have one story per state, and every state in both languages', () => {
    const states = [...new Set(bookingFixtures.map((fixture) => fixture.story))];
    expect(storiesOf(stories).sort()).toEqual([...states].sort());
    for (const state of states) {
      expect(bookingFixtures.filter((fixture) => fixture.story === state).map((fixture) => fixture.lang)).toEqual([
        'en',
        'cy',
      ]);
    }
  });
});
