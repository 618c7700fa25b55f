import { resolve } from 'node:path';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ShapeError } from '@council-components/http/shape.js';
import { checkedCalls } from '@council-components/testing/checked-calls.js';
import { openApiChecker } from '@council-components/testing/openapi-responses.js';
import { testEngines, type TestDatabase } from '@council-components/testing/test-databases.js';
import { createRouter } from '../http/router.js';
import type { Handler } from '../http/handler.js';
import { openStorage, type Storage } from '../storage/open-storage.js';
import { placesLeft } from '../storage/places.js';
import { bookingConfigOf, type BookingConfig } from './booking-config.js';
import { bookingCalendar } from './booking-calendar.js';
import { bookingApiRoutes, createBookingHandlers } from './booking-handler.js';
import { slotsOn, poolOf } from './booking-slots.js';

const COUNCIL = 'https://council.example';
const check = openApiChecker(resolve(import.meta.dirname, '../../openapi/booking.openapi.json'));

/** A council's booking file: a tip open on weekdays and Saturday mornings, one advice session a day, a night service. */
const CONFIG: BookingConfig = bookingConfigOf({
  holdMinutes: 10,
  window: { fromDays: 1, toDays: 28 },
  bankHolidays: ['2026-12-25', '2026-12-28'],
  services: [
    {
      id: 'tip-visit',
      name: { en: 'Book a tip visit', cy: 'Trefnu ymweliad â’r domen' },
      slotMinutes: 30,
      capacity: 3,
      openingHours: {
        monday: [
          ['09:00', '12:00'],
          ['13:00', '16:00'],
        ],
        tuesday: [['09:00', '16:00']],
        wednesday: [['09:00', '16:00']],
        thursday: [['09:00', '16:00']],
        friday: [['09:00', '16:00']],
        saturday: [['09:00', '12:00']],
      },
      closures: ['2026-12-24'],
    },
    {
      id: 'advice',
      name: { en: 'Book an advice session', cy: 'Trefnu sesiwn gynghori' },
      slotMinutes: 60,
      capacity: 1,
      openingHours: { monday: [['10:00', '11:00']], tuesday: [['10:00', '11:00']], wednesday: [['10:00', '11:00']] },
    },
    {
      id: 'night-line',
      name: { en: 'Book a call from the night team', cy: 'Trefnu galwad gan y tîm nos' },
      slotMinutes: 30,
      capacity: 1,
      openingHours: { sunday: [['00:00', '03:00']] },
    },
  ],
});

/** A calendar file's events as an independent parser (ical.js) reads them, their times in UTC. */
function eventsOf(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      start: event.startDate.toJSDate().toISOString().replace('.000', ''),
      end: event.endDate.toJSDate().toISOString().replace('.000', ''),
      summary: event.summary,
      description: event.description,
      status: component.getFirstPropertyValue('status'),
    };
  });
}

const startsOn = (service: string, date: string): string[] =>
  slotsOn(CONFIG.services.find(({ id }) => id === service) ?? CONFIG.services[0]!, date, CONFIG).map(({ startAt }) =>
    startAt.toISOString(),
  );

describe('slots, in London’s time', () => {
  it('runs in a zone that is not London’s (America/St_Johns)', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('America/St_Johns');
  });

  it('steps through the opening hours, each slot ending by closing time; none on a closure or a bank holiday', () => {
    expect(startsOn('tip-visit', '2026-12-07')).toHaveLength(12);
    expect(startsOn('tip-visit', '2026-12-07').slice(5, 7)).toEqual([
      '2026-12-07T11:30:00.000Z',
      '2026-12-07T13:00:00.000Z',
    ]);
    expect(startsOn('tip-visit', '2026-12-06')).toEqual([]);
    expect(startsOn('tip-visit', '2026-12-24')).toEqual([]);
    expect(startsOn('tip-visit', '2026-12-25')).toEqual([]);
    // In summer the same 09:00 is an hour earlier in UTC.
    expect(startsOn('tip-visit', '2026-07-06')[0]).toBe('2026-07-06T08:00:00.000Z');
  });

  it('on the last Sunday of March, 01:00 and 01:30 do not exist: no slot', () => {
    expect(startsOn('night-line', '2026-03-29')).toEqual([
      '2026-03-29T00:00:00.000Z',
      '2026-03-29T00:30:00.000Z',
      '2026-03-29T01:00:00.000Z', // 02:00 BST
      '2026-03-29T01:30:00.000Z', // 02:30 BST
    ]);
  });

  it('on the last Sunday of October, 01:00 and 01:30 happen twice: two slots each, BST then GMT', () => {
    expect(startsOn('night-line', '2026-10-25')).toEqual([
      '2026-10-24T23:00:00.000Z', // 00:00 BST
      '2026-10-24T23:30:00.000Z', // 00:30 BST
      '2026-10-25T00:00:00.000Z', // 01:00 BST
      '2026-10-25T00:30:00.000Z', // 01:30 BST
      '2026-10-25T01:00:00.000Z', // 01:00 GMT
      '2026-10-25T01:30:00.000Z', // 01:30 GMT
      '2026-10-25T02:00:00.000Z', // 02:00 GMT
      '2026-10-25T02:30:00.000Z', // 02:30 GMT
    ]);
  });
});

describe('the booking configuration file', () => {
  it('names where each mistake is, so that a council finds it when the server starts', () => {
    const mistaken = (change: (config: Record<string, unknown>) => void): string => {
      const config = structuredClone(CONFIG) as unknown as Record<string, unknown>;
      change(config);
      try {
        bookingConfigOf(config);
        return 'accepted';
      } catch (error) {
        return error instanceof ShapeError ? error.path : String(error);
      }
    };
    const first = (config: Record<string, unknown>) => (config['services'] as Record<string, unknown>[])[0]!;
    expect(mistaken(() => undefined)).toBe('accepted');
    expect(mistaken((config) => (first(config)['openingHours'] = { monday: [['16:00', '09:00']] }))).toBe(
      '$.services[0].openingHours.monday[0]',
    );
    expect(mistaken((config) => (first(config)['openingHours'] = { monday: [['9am', '5pm']] }))).toBe(
      '$.services[0].openingHours.monday[0]',
    );
    expect(mistaken((config) => (first(config)['capacity'] = 0))).toBe('$.services[0].capacity');
    expect(mistaken((config) => (first(config)['closures'] = ['2026-02-30']))).toBe('$.services[0].closures[0]');
    expect(mistaken((config) => (config['window'] = { fromDays: 10, toDays: 2 }))).toBe('$.window.toDays');
    expect(mistaken((config) => (first(config)['id'] = 'advice'))).toBe('$.services');
    // A setting it does not know is a typo, never dropped: the service would open on no day, or on a bank holiday.
    expect(mistaken((config) => (first(config)['openingHours'] = { Monday: [['09:00', '12:00']] }))).toBe(
      '$.services[0].openingHours.Monday',
    );
    expect(mistaken((config) => (config['bankholidays'] = ['2026-12-25']))).toBe('$.bankholidays');
    expect(mistaken((config) => (first(config)['closure'] = ['2026-12-24']))).toBe('$.services[0].closure');
    expect(
      mistaken(
        (config) =>
          (first(config)['openingHours'] = {
            monday: [
              ['13:00', '16:00'],
              ['09:00', '13:30'],
            ],
          }),
      ),
    ).toBe('$.services[0].openingHours.monday[1]');
  });
});

describe.each(testEngines())('booking on the embedded store, in $engine', ({ skip, fresh }) => {
  let database: TestDatabase;
  let storage: Storage;
  let router: Handler;
  let clock: number;

  beforeEach(async (context) => {
    if (skip) context.skip(skip);
    database = await fresh();
    storage = await openStorage({ url: database.url });
    // Thursday 3 December 2026, 10:00 in London.
    clock = Date.parse('2026-12-03T10:00:00Z');
    const handlers = createBookingHandlers({
      storage,
      config: CONFIG,
      tokenSecret: 'a-booking-token-secret-of-32-characters',
      now: () => new Date(clock),
      rateLimit: { perMinute: 6000, burst: 1000 },
    });
    router = createRouter(bookingApiRoutes(handlers));
  });

  afterEach(async () => {
    if (skip) return;
    await storage.close();
    await database.drop();
  });

  const { call, post } = checkedCalls(() => router, check, COUNCIL);
  const hold = (start: string, service = 'tip-visit') => post('/api/booking/holds', { service, start });
  const book = (holdId: string, key = crypto.randomUUID(), name = 'Sam Jones') =>
    post('/api/booking/bookings', { hold: holdId, name, email: 'sam@example.com', language: 'cy' }, key);
  const held = (answer: { body: unknown }): string => (answer.body as { hold: string }).hold;
  const slotOf = async (date: string, at: number, service = 'tip-visit') => {
    const { body } = await call(`/api/booking/availability?service=${service}&from=${date}&to=${date}`);
    return (body as { days: { slots: { start: string; status: string; placesLeft: number }[] }[] }).days[0]!.slots[at]!;
  };

  it('lists the window’s days, each slot with its offset, status and places left', async () => {
    const services = await call('/api/booking/services');
    expect(services.body).toMatchObject({ bookable: { from: '2026-12-04', to: '2026-12-31' } });
    const { body } = await call('/api/booking/availability?service=tip-visit&from=2026-12-01&to=2026-12-07');
    const days = (body as { days: { date: string; slots: { start: string; end: string; status: string }[] }[] }).days;
    // Today and before are not bookable: the list starts tomorrow.
    expect(days.map(({ date }) => date)).toEqual(['2026-12-04', '2026-12-05', '2026-12-06', '2026-12-07']);
    expect(days[2]?.slots).toEqual([]);
    expect(days[3]?.slots[0]).toEqual({
      start: '2026-12-07T09:00:00+00:00',
      end: '2026-12-07T09:30:00+00:00',
      status: 'free',
      placesLeft: 3,
    });
    expect((await call('/api/booking/availability?service=tip-visit&from=2027-02-01&to=2027-02-02')).body).toEqual({
      error: { code: 'booking-date-outside-window' },
    });
    expect((await call('/api/booking/availability?service=swimming')).status).toBe(404);
  });

  it('holds a place, books it once whatever the retries, and tells a lapsed hold from a live one', async () => {
    const slot = await slotOf('2026-12-07', 0);
    const first = await hold(slot.start);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ start: '2026-12-07T09:00:00+00:00', expiresAt: '2026-12-03T10:10:00+00:00' });
    expect((await slotOf('2026-12-07', 0)).placesLeft).toBe(2);
    const key = crypto.randomUUID();
    const booked = await book(held(first), key);
    expect(booked.status).toBe(201);
    expect(booked.body).toMatchObject({ service: 'tip-visit', start: slot.start, status: 'booked' });
    // The same attempt again: the same booking, and the same token, made again (it is stored nowhere).
    expect(await book(held(first), key)).toEqual({ status: 200, body: booked.body });
    const { token } = booked.body as { token: string };
    const kept = JSON.stringify(await storage.db.selectFrom('idempotency_keys').selectAll().execute());
    expect(kept).toContain((booked.body as { reference: string }).reference);
    expect(kept).not.toContain(token);
    // Another attempt on the same hold: it is booked already.
    expect((await book(held(first))).body).toEqual({ error: { code: 'booking-hold-expired' } });
    expect((await slotOf('2026-12-07', 0)).placesLeft).toBe(2);
    expect(await storage.db.selectFrom('bookings').select('reference').execute()).toHaveLength(1);

    // A hold not booked within 10 minutes lapses, and its place returns.
    const second = await hold(slot.start);
    expect((await slotOf('2026-12-07', 0)).placesLeft).toBe(1);
    clock += 10 * 60_000;
    expect((await slotOf('2026-12-07', 0)).placesLeft).toBe(2);
    expect((await book(held(second))).status).toBe(410);
  });

  it('cancels and changes with the resident’s token only, giving each old place back', async () => {
    const [nine, half] = [await slotOf('2026-12-07', 0), await slotOf('2026-12-07', 1)];
    const booked = (await book(held(await hold(nine.start)))).body as { reference: string; token: string };
    expect(booked.reference).toMatch(/^BK-[A-Z2-9]{5}-[A-Z2-9]{5}$/);
    const stored = JSON.stringify(await storage.db.selectFrom('bookings').selectAll().execute());
    expect(stored).not.toContain(booked.token);
    // Another token, or none: answered as no such booking.
    const wrong = await post('/api/booking/cancel', { reference: booked.reference, token: 'guess' });
    expect(wrong).toEqual({ status: 404, body: { error: { code: 'booking-not-found' } } });
    const moved = await post('/api/booking/change', {
      reference: booked.reference,
      token: booked.token,
      hold: held(await hold(half.start)),
    });
    expect(moved.body).toMatchObject({ start: '2026-12-07T09:30:00+00:00', status: 'booked' });
    expect([(await slotOf('2026-12-07', 0)).placesLeft, (await slotOf('2026-12-07', 1)).placesLeft]).toEqual([3, 2]);
    const cancelled = await post('/api/booking/cancel', { reference: booked.reference, token: booked.token });
    expect(cancelled.body).toMatchObject({ status: 'cancelled' });
    expect((await slotOf('2026-12-07', 1)).placesLeft).toBe(3);
    // Cancelling again is no error, and gives nothing back twice.
    expect((await post('/api/booking/cancel', { reference: booked.reference, token: booked.token })).status).toBe(200);
    expect((await slotOf('2026-12-07', 1)).placesLeft).toBe(3);
  });

  it('gives the booking as a calendar file, in the resident’s language, to its calendar key only', async () => {
    const slot = await slotOf('2026-12-07', 2);
    const booked = (await book(held(await hold(slot.start)))).body as Record<
      'reference' | 'token' | 'calendarKey',
      string
    >;
    const file = (query: string) =>
      router(new Request(`${COUNCIL}/api/booking/calendar?${query}`), { clientAddress: '192.0.2.1' });
    const answer = await file(`reference=${booked.reference}&key=${booked.calendarKey}`);
    expect(answer.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const [event] = eventsOf(await answer.text());
    // Booked in Welsh (`book` sends language cy): the calendar entry is Welsh.
    expect(event).toEqual({
      uid: `${booked.reference}@council.example`,
      start: '2026-12-07T10:00:00Z',
      end: '2026-12-07T10:30:00Z',
      summary: 'Trefnu ymweliad â’r domen',
      description: `Cyfeirnod archebu: ${booked.reference}`,
      status: 'CONFIRMED',
    });
    // Not its key (the token that cancels it included), or another booking's: answered as no such booking.
    for (const query of [
      `reference=${booked.reference}&key=${booked.token}`,
      `reference=${booked.reference}`,
      `reference=BK-AAAAA-AAAAA&key=${booked.calendarKey}`,
    ])
      expect((await file(query)).status).toBe(404);
    await post('/api/booking/cancel', { reference: booked.reference, token: booked.token });
    const cancelled = await file(`reference=${booked.reference}&key=${booked.calendarKey}`);
    expect(eventsOf(await cancelled.text())[0]?.status).toBe('CANCELLED');
  });

  it('refuses a slot that does not exist or has passed, and details GOV.UK would not take', async () => {
    expect((await hold('2026-12-07T09:10:00+00:00')).body).toEqual({ error: { code: 'booking-slot-unknown' } });
    // A time without its offset would be read in the server's zone: refused, not guessed.
    expect((await hold('2026-12-07T09:00:00')).body).toEqual({ error: { code: 'booking-slot-unknown' } });
    expect((await call('/api/booking/availability?service=tip-visit&from=soon')).status).toBe(400);
    expect((await hold('2026-12-03T09:00:00+00:00')).body).toEqual({ error: { code: 'booking-slot-unknown' } });
    expect((await hold('2027-03-01T09:00:00+00:00')).body).toEqual({ error: { code: 'booking-slot-unknown' } });
    // The same instant written with another offset is the same slot.
    expect((await hold('2026-12-07T04:00:00-05:00')).status).toBe(201);
    const holdId = held(await hold('2026-12-07T09:30:00+00:00'));
    for (const [details, field] of [
      [{ name: ' ', email: 'sam@example.com' }, 'name'],
      [{ name: 'Sam', email: 'sam.example.com' }, 'email'],
      [{ name: 'Sam', email: 'sam@example.com', phone: 'call me' }, 'phone'],
    ] as const) {
      const refused = await post('/api/booking/bookings', { hold: holdId, ...details }, crypto.randomUUID());
      expect(refused.body).toEqual({ error: { code: 'booking-details-invalid', message: field } });
    }
  });

  it('when 50 residents race for the last place, exactly one gets it, and no slot is ever overbooked', async () => {
    const slot = await slotOf('2026-12-07', 0, 'advice');
    expect(slot.placesLeft).toBe(1);
    const tries = await Promise.all(
      Array.from({ length: 50 }, async (_, resident) => {
        const attempt = await hold(slot.start, 'advice');
        if (attempt.status !== 201) return (attempt.body as { error: { code: string } }).error.code;
        const booked = await book(held(attempt), crypto.randomUUID(), `Resident ${String(resident)}`);
        return booked.status === 201 ? 'booked' : JSON.stringify(booked.body);
      }),
    );
    expect(tries.filter((outcome) => outcome === 'booked')).toHaveLength(1);
    expect(tries.filter((outcome) => outcome === 'booking-slot-full')).toHaveLength(49);
    expect(await storage.db.selectFrom('bookings').select('reference').execute()).toHaveLength(1);
    expect(await placesLeft(storage.db, poolOf('advice', new Date(slot.start)))).toBe(0);
    expect((await slotOf('2026-12-07', 0, 'advice')).status).toBe('busy');
  });

  it('when one hold is confirmed 50 times at once (double clicks, retries with new keys), it is booked once', async () => {
    const slot = await slotOf('2026-12-08', 0, 'advice');
    const holdId = held(await hold(slot.start, 'advice'));
    const answers = await Promise.all(Array.from({ length: 50 }, () => book(holdId)));
    expect(answers.filter(({ status }) => status === 201)).toHaveLength(1);
    expect(answers.filter(({ status }) => status === 410)).toHaveLength(49);
    expect(await storage.db.selectFrom('bookings').select('reference').execute()).toHaveLength(1);
  });

  it('when a booking is cancelled 50 times at once, or cancelled and changed at once, its place comes back once', async () => {
    const [nine, half, ten] = [
      await slotOf('2026-12-09', 0),
      await slotOf('2026-12-09', 1),
      await slotOf('2026-12-09', 2),
    ];
    const first = (await book(held(await hold(nine.start)))).body as { reference: string; token: string };
    const cancels = await Promise.all(
      Array.from({ length: 50 }, () => post('/api/booking/cancel', { reference: first.reference, token: first.token })),
    );
    expect(cancels.every(({ status }) => status === 200)).toBe(true);
    expect((await slotOf('2026-12-09', 0)).placesLeft).toBe(3);

    const second = (await book(held(await hold(half.start)))).body as { reference: string; token: string };
    const [moved, cancelled] = await Promise.all([
      post('/api/booking/change', {
        reference: second.reference,
        token: second.token,
        hold: held(await hold(ten.start)),
      }),
      post('/api/booking/cancel', { reference: second.reference, token: second.token }),
    ]);
    expect(cancelled.status).toBe(200);
    const places = [(await slotOf('2026-12-09', 1)).placesLeft, (await slotOf('2026-12-09', 2)).placesLeft];
    if (moved.status === 200) {
      // Moved, then cancelled: both places back.
      expect(places).toEqual([3, 3]);
    } else {
      // Cancelled first: the change found nothing to move, and its new hold is still held (until it lapses).
      expect(moved.status).toBe(404);
      expect(places).toEqual([3, 2]);
    }
  });

  it('does not book a slot that has started, even on a hold still live', async () => {
    const today = bookingConfigOf({ ...structuredClone(CONFIG), window: { fromDays: 0, toDays: 7 } });
    const handlers = createBookingHandlers({
      storage,
      config: today,
      tokenSecret: 'a-booking-token-secret-of-32-characters',
      now: () => new Date(clock),
    });
    // Monday 7 December, 08:55: the 09:00 tip visit is held, until 09:05.
    clock = Date.parse('2026-12-07T08:55:00Z');
    const request = (body: unknown) =>
      new Request(`${COUNCIL}/api/booking/x`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
        body: JSON.stringify(body),
      });
    const answer = await handlers.hold(request({ service: 'tip-visit', start: '2026-12-07T09:00:00Z' }), {
      clientAddress: '192.0.2.1',
    });
    const { hold: holdId } = (await answer.json()) as { hold: string };
    clock = Date.parse('2026-12-07T09:04:00Z');
    const late = await handlers.book(request({ hold: holdId, name: 'Sam', email: 'sam@example.com' }), {
      clientAddress: '192.0.2.1',
    });
    expect(late.status).toBe(410);
  });
});

describe('a booking in the hour the clocks repeat, as a calendar file', () => {
  it('gives 1:30am BST and 1:30am GMT on the last Sunday of October as the two instants they are', () => {
    const at = (start: string, end: string) =>
      eventsOf(
        bookingCalendar(
          {
            reference: 'BK-AAAAA-BBBBB',
            startAt: new Date(start),
            endAt: new Date(end),
            language: 'en',
            status: 'booked',
          },
          { en: 'Book a call from the night team', cy: 'Trefnu galwad gan y tîm nos' },
          { domain: 'council.example' },
        ),
      )[0];
    // 01:30 BST is 00:30 UTC; an hour later the clocks show 01:30 again, now GMT.
    expect(at('2026-10-25T00:30:00.000Z', '2026-10-25T01:00:00.000Z')).toMatchObject({
      start: '2026-10-25T00:30:00Z',
      end: '2026-10-25T01:00:00Z',
      summary: 'Book a call from the night team',
    });
    expect(at('2026-10-25T01:30:00.000Z', '2026-10-25T02:00:00.000Z')).toMatchObject({ start: '2026-10-25T01:30:00Z' });
  });
});
