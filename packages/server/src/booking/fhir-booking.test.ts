import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fhirSchedulingFake, type FhirSchedulingFake } from '@council-components/testing/fakes/fhir-scheduling-fake.js';
import { fetchVia } from '@council-components/testing/fakes/in-process-fetch.js';
import { checkedCalls } from '@council-components/testing/checked-calls.js';
import { openApiChecker } from '@council-components/testing/openapi-responses.js';
import { testEngines, type TestDatabase } from '@council-components/testing/test-databases.js';
import type { Handler } from '../http/handler.js';
import { createRouter } from '../http/router.js';
import { openStorage, type Storage } from '../storage/open-storage.js';
import { bookingApiRoutes, createBookingHandlers } from './booking-handler.js';
import { fhirBookingBackend, HOLD_EXTENSION, REFERENCE_SYSTEM } from './fhir-booking.js';

const COUNCIL = 'https://council.example';
const check = openApiChecker(resolve(import.meta.dirname, '../../openapi/booking.openapi.json'));

/**
 * A council's booking system with a FHIR R4 scheduling API (the fake), behind the same booking contract as the
 * embedded store: advice sessions on Monday 7 December 2026, three places at 10:00 and one at 11:00; and the night
 * team's calls on the last Sunday of October 2027, when 01:30 happens twice.
 */
function bookingSystem(): FhirSchedulingFake {
  return fhirSchedulingFake([
    { serviceType: 'advice-session', start: '2026-12-07T10:00:00Z', end: '2026-12-07T11:00:00Z', places: 3 },
    { serviceType: 'advice-session', start: '2026-12-07T11:00:00Z', end: '2026-12-07T12:00:00Z', places: 1 },
    { serviceType: 'advice-session', start: '2026-12-09T10:00:00Z', end: '2026-12-09T11:00:00Z', places: 30 },
    { serviceType: 'night-call', start: '2027-10-31T00:30:00Z', end: '2027-10-31T01:00:00Z', places: 1 },
    { serviceType: 'night-call', start: '2027-10-31T01:30:00Z', end: '2027-10-31T02:00:00Z', places: 1 },
  ]);
}

const SERVICES = [
  {
    id: 'advice',
    serviceType: 'advice-session',
    name: { en: 'Book an advice session', cy: 'Trefnu sesiwn gynghori' },
    slotMinutes: 60,
  },
  {
    id: 'night-line',
    serviceType: 'night-call',
    name: { en: 'Call back from the night team', cy: 'Galwad yn ôl gan y tîm nos' },
    slotMinutes: 30,
  },
];

describe.each(testEngines())(
  'a council’s FHIR booking system behind the booking contract, in $engine',
  ({ skip, fresh }) => {
    let database: TestDatabase;
    let storage: Storage;
    let system: FhirSchedulingFake;
    let router: Handler;
    let clock: number;

    function routerAt(instant: string): Handler {
      clock = Date.parse(instant);
      const backend = fhirBookingBackend({
        base: 'https://bookings.council.example/fhir',
        services: SERVICES,
        window: { fromDays: 1, toDays: 28 },
        holdMinutes: 10,
        fetch: fetchVia(system.handler),
        now: () => new Date(clock),
      });
      const handlers = createBookingHandlers({
        storage,
        backend,
        tokenSecret: 'a-booking-token-secret-of-32-characters',
        now: () => new Date(clock),
        rateLimit: { perMinute: 6000, burst: 1000 },
      });
      return createRouter(bookingApiRoutes(handlers));
    }

    beforeEach(async (context) => {
      if (skip) context.skip(skip);
      database = await fresh();
      storage = await openStorage({ url: database.url });
      system = bookingSystem();
      // Thursday 3 December 2026, 10:00 in London.
      router = routerAt('2026-12-03T10:00:00Z');
    });

    afterEach(async () => {
      if (skip) return;
      await storage.close();
      await database.drop();
    });

    const { call, post } = checkedCalls(() => router, check, COUNCIL);
    const hold = (start: string, service = 'advice') => post('/api/booking/holds', { service, start });
    const book = (holdId: string, name = 'Sam Jones') =>
      post(
        '/api/booking/bookings',
        { hold: holdId, name, email: 'sam@example.com', phone: '01632 960 001', language: 'cy' },
        crypto.randomUUID(),
      );
    const held = (answer: { body: unknown }): string => (answer.body as { hold: string }).hold;
    const placesAt = async (date: string) => {
      const { body } = await call(`/api/booking/availability?service=advice&from=${date}&to=${date}`);
      return (body as { days: { slots: { start: string; placesLeft: number; status: string }[] }[] }).days[0]?.slots;
    };

    it('lists its Slots as the contract’s days, a time’s places being its free Slots', async () => {
      expect((await call('/api/booking/services')).body).toMatchObject({
        services: [{ id: 'advice' }, { id: 'night-line' }],
        bookable: { from: '2026-12-04', to: '2026-12-31' },
      });
      expect(await placesAt('2026-12-07')).toEqual([
        { start: '2026-12-07T10:00:00+00:00', end: '2026-12-07T11:00:00+00:00', status: 'free', placesLeft: 3 },
        { start: '2026-12-07T11:00:00+00:00', end: '2026-12-07T12:00:00+00:00', status: 'free', placesLeft: 1 },
      ]);
      expect(await placesAt('2026-12-08')).toEqual([]);
    });

    it('holds a Slot busy-tentative, books it as an Appointment with the resident, and cancels with the token only', async () => {
      const first = await hold('2026-12-07T10:00:00+00:00');
      expect(first.body).toMatchObject({ expiresAt: '2026-12-03T10:10:00+00:00' });
      expect((await placesAt('2026-12-07'))?.[0]?.placesLeft).toBe(2);
      const tentative = system.slots().filter(({ status }) => status === 'busy-tentative');
      expect(tentative).toHaveLength(1);
      expect(JSON.stringify(tentative[0])).toContain(HOLD_EXTENSION);

      const booked = await book(held(first));
      expect(booked.status).toBe(201);
      const { reference, token } = booked.body as { reference: string; token: string };
      const [appointment] = system.appointments();
      expect(appointment).toMatchObject({
        status: 'booked',
        identifier: [{ system: REFERENCE_SYSTEM, value: reference }],
        start: '2026-12-07T10:00:00Z',
        participant: [{ actor: { display: 'Sam Jones' } }],
        contained: [
          {
            resourceType: 'Patient',
            telecom: [
              { system: 'email', value: 'sam@example.com' },
              { system: 'phone', value: '01632 960 001' },
            ],
          },
        ],
      });
      expect(system.slots().filter(({ status }) => status === 'busy')).toHaveLength(1);

      // The calendar file, in the resident's language, from the system's appointment.
      const { calendarKey } = booked.body as { calendarKey: string };
      const file = await router(
        new Request(`${COUNCIL}/api/booking/calendar?reference=${reference}&key=${calendarKey}`),
        {
          clientAddress: '192.0.2.1',
        },
      );
      expect(await file.text()).toContain('SUMMARY:Trefnu sesiwn gynghori');

      expect((await post('/api/booking/cancel', { reference, token: 'guess' })).status).toBe(404);
      expect((await post('/api/booking/cancel', { reference, token })).body).toMatchObject({ status: 'cancelled' });
      expect(system.appointments()[0]).toMatchObject({ status: 'cancelled' });
      expect((await placesAt('2026-12-07'))?.[0]?.placesLeft).toBe(3);
    });

    it('moves a booking to another hold’s Slot, freeing the old one', async () => {
      const booked = (await book(held(await hold('2026-12-07T10:00:00+00:00')))).body as Record<string, string>;
      const moved = await post('/api/booking/change', {
        reference: booked['reference'],
        token: booked['token'],
        hold: held(await hold('2026-12-07T11:00:00+00:00')),
      });
      expect(moved.body).toMatchObject({ start: '2026-12-07T11:00:00+00:00', status: 'booked' });
      expect((await placesAt('2026-12-07'))?.map(({ placesLeft }) => placesLeft)).toEqual([3, 0]);
    });

    it('lets a lapsed hold’s place go to the next resident, and refuses to book the lapsed hold', async () => {
      const first = await hold('2026-12-07T11:00:00+00:00');
      expect((await hold('2026-12-07T11:00:00+00:00')).body).toEqual({ error: { code: 'booking-slot-full' } });
      clock += 10 * 60_000;
      expect((await placesAt('2026-12-07'))?.[1]?.placesLeft).toBe(1);
      const second = await hold('2026-12-07T11:00:00+00:00');
      expect(second.status).toBe(201);
      expect((await book(held(first))).body).toEqual({ error: { code: 'booking-hold-expired' } });
      expect((await book(held(second))).status).toBe(201);
    });

    it('when 50 residents race for the last place, the system’s If-Match lets exactly one have it', async () => {
      const tries = await Promise.all(
        Array.from({ length: 50 }, async (_, resident) => {
          const attempt = await hold('2026-12-07T11:00:00+00:00');
          if (attempt.status !== 201) return (attempt.body as { error: { code: string } }).error.code;
          const booked = await book(held(attempt), `Resident ${String(resident)}`);
          return booked.status === 201 ? 'booked' : (booked.body as { error: { code: string } }).error.code;
        }),
      );
      expect(new Set(tries)).toEqual(new Set(['booked', 'booking-slot-full']));
      expect(tries.filter((outcome) => outcome === 'booked')).toHaveLength(1);
      expect(tries.filter((outcome) => outcome === 'booking-slot-full')).toHaveLength(49);
      expect(system.appointments()).toHaveLength(1);
      const eleven = system.slots().filter(({ start }) => start === '2026-12-07T11:00:00Z');
      expect(eleven.map(({ status }) => status)).toEqual(['busy']);
    });

    it('reads every page of a search: a time with 30 places has 30', async () => {
      expect((await placesAt('2026-12-09'))?.map(({ placesLeft }) => placesLeft)).toEqual([30]);
    });

    it('never takes a place the system’s own staff reserved (busy-tentative, not our hold)', async () => {
      const [reserved] = system.slots().filter(({ start }) => start === '2026-12-07T11:00:00Z');
      const staff = await system.handler(
        new Request(`https://bookings.council.example/fhir/Slot/${String(reserved?.['id'])}`, {
          method: 'PUT',
          headers: { 'If-Match': 'W/"1"' },
          body: JSON.stringify({ ...reserved, status: 'busy-tentative' }),
        }),
        { clientAddress: '127.0.0.1' },
      );
      expect(staff.status).toBe(200);
      clock += 60 * 60_000;
      expect((await placesAt('2026-12-07'))?.[1]?.placesLeft).toBe(0);
      expect((await hold('2026-12-07T11:00:00+00:00')).body).toEqual({ error: { code: 'booking-slot-full' } });
    });

    it('cancelling again gives back nothing: the place someone booked since stays theirs', async () => {
      const first = (await book(held(await hold('2026-12-07T11:00:00+00:00')))).body as Record<string, string>;
      const cancel = { reference: first['reference'], token: first['token'] };
      expect((await post('/api/booking/cancel', cancel)).status).toBe(200);
      const second = await book(held(await hold('2026-12-07T11:00:00+00:00')), 'Alex Smith');
      expect(second.status).toBe(201);
      expect((await post('/api/booking/cancel', cancel)).body).toMatchObject({ status: 'cancelled' });
      const eleven = system.slots().filter(({ start }) => start === '2026-12-07T11:00:00Z');
      expect(eleven.map(({ status }) => status)).toEqual(['busy']);
      expect((await placesAt('2026-12-07'))?.[1]?.placesLeft).toBe(0);
    });

    it('gives the place back when the system makes no appointment, and keeps it when only the answer was lost', async () => {
      const attempt = (holdId: string) =>
        router(
          new Request(`${COUNCIL}/api/booking/bookings`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
            body: JSON.stringify({ hold: holdId, name: 'Sam Jones', email: 'sam@example.com' }),
          }),
          { clientAddress: '192.0.2.1' },
        );
      system.failNextAppointment('refused');
      expect((await attempt(held(await hold('2026-12-07T11:00:00+00:00')))).status).toBe(500);
      expect(system.appointments()).toHaveLength(0);
      expect((await placesAt('2026-12-07'))?.[1]?.placesLeft).toBe(1);

      system.failNextAppointment('answer-lost');
      const lost = await attempt(held(await hold('2026-12-07T11:00:00+00:00')));
      expect(lost.status).toBe(201);
      const { reference } = (await lost.json()) as { reference: string };
      expect(system.appointments().map(({ identifier }) => identifier)).toEqual([
        [{ system: REFERENCE_SYSTEM, value: reference }],
      ]);
      expect((await placesAt('2026-12-07'))?.[1]?.placesLeft).toBe(0);
    });

    it('refuses a hold id that is not one of ours, reaching no other path of the system', async () => {
      const asked: string[] = [];
      const watching = fhirBookingBackend({
        base: 'https://bookings.council.example/fhir',
        services: SERVICES,
        window: { fromDays: 1, toDays: 28 },
        holdMinutes: 10,
        fetch: (input, init) => {
          asked.push(new Request(input, init).url);
          return fetchVia(system.handler)(input, init);
        },
        now: () => new Date(clock),
      });
      const details = { name: 'Sam', email: 'sam@example.com', phone: undefined, language: 'en' as const };
      for (const forged of ['../Patient/1~x', 'slot-1?_format=xml~x', 'slot-1', '~'])
        expect(await watching.book(forged, details, () => Promise.resolve(''))).toBe('hold-expired');
      expect(asked.filter((url) => !/\/Slot\/slot-1$/.test(url))).toEqual([]);
    });

    it('keeps the two 1:30am slots of the last Sunday of October apart, by their offsets', async () => {
      router = routerAt('2027-10-25T12:00:00Z');
      const { body } = await call('/api/booking/availability?service=night-line&from=2027-10-31&to=2027-10-31');
      const starts = (body as { days: { slots: { start: string }[] }[] }).days[0]?.slots.map(({ start }) => start);
      expect(starts).toEqual(['2027-10-31T01:30:00+01:00', '2027-10-31T01:30:00+00:00']);
      expect((await hold('2027-10-31T01:30:00+00:00', 'night-line')).body).toMatchObject({
        start: '2027-10-31T01:30:00+00:00',
        end: '2027-10-31T02:00:00+00:00',
      });
    });
  },
);
