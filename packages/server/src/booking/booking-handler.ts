import type { Kysely } from 'kysely';
import { addDays, daysBetween, isLocalDate } from '@council-components/collections/local-date.js';
import { londonIso } from '@council-components/collections/london-time.js';
import type { Handler } from '../http/handler.js';
import type { Route } from '../http/router.js';
import { jsonObjectBody } from '../http/json-object-body.js';
import { errorResponse, jsonResponse } from '../http/json-response.js';
import { RateLimiter } from '../http/rate-limiter.js';
import { IdempotencyKeys, isIdempotencyKey, requestHashOf } from '../storage/idempotency-keys.js';
import type { StorageTables } from '../storage/storage-tables.js';
import { sha256Hex } from '../web-crypto/digests.js';
import type { Appointment, BookingBackend } from './booking-backend.js';
import { bookingCalendar } from './booking-calendar.js';
import type { BookingConfig } from './booking-config.js';
import { calendarKeyFor, tokenFor, tokenHashOf, type BookingDetails } from './booking-store.js';
import { embeddedBookingBackend } from './embedded-booking.js';

export interface BookingHandlersOptions {
  /** The storage layer: the embedded store's places and bookings, and every back end's idempotency keys. */
  storage: { db: Kysely<StorageTables> };
  /** The council's booking file, for the embedded store. */
  config?: BookingConfig;
  /** Or a council's own booking system, through its adapter (`fhirBookingBackend` is the example). */
  backend?: BookingBackend;
  /**
   * Makes each booking's token (an HMAC of its reference): at least 32 random characters, kept with the server's
   * other secrets. A new secret makes the tokens already sent stop working.
   */
  tokenSecret: string;
  /** Holds and bookings per client per minute, and the burst allowed. Default 30 and 10. */
  rateLimit?: { perMinute: number; burst: number };
  now?: () => Date;
}

/** The handlers of the booking API, by what they do. */
export type BookingHandlers = Record<
  'services' | 'availability' | 'hold' | 'book' | 'cancel' | 'change' | 'calendar',
  Handler
>;

/** The booking API's routes (`openapi/booking.openapi.json`), under `base`: the contract's paths, written once. */
export function bookingApiRoutes(handlers: BookingHandlers, base = '/api/booking'): Route[] {
  return [
    { method: 'GET', path: `${base}/services`, handler: handlers.services },
    { method: 'GET', path: `${base}/availability`, handler: handlers.availability },
    { method: 'POST', path: `${base}/holds`, handler: handlers.hold },
    { method: 'POST', path: `${base}/bookings`, handler: handlers.book },
    { method: 'POST', path: `${base}/cancel`, handler: handlers.cancel },
    { method: 'POST', path: `${base}/change`, handler: handlers.change },
    { method: 'GET', path: `${base}/calendar`, handler: handlers.calendar },
  ];
}

/** The most days one availability request covers. */
const MOST_DAYS = 62;

/** A booking as the resident is told of it: never the token's digest, never another resident's details. */
const answerOf = (booking: Appointment) => ({
  reference: booking.reference,
  service: booking.service,
  start: londonIso(booking.startAt),
  end: londonIso(booking.endAt),
  status: booking.status,
});

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value.trim() : undefined);

/** The resident's details checked as GOV.UK asks for them, or the name of the first field that is wrong. */
function detailsOf(body: Record<string, unknown>): BookingDetails | { field: 'name' | 'email' | 'phone' | 'language' } {
  const name = text(body['name']);
  const email = text(body['email']);
  const phone = text(body['phone']) || undefined;
  const language = body['language'] ?? 'en';
  if (!name || name.length > 200) return { field: 'name' };
  if (!email || email.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return { field: 'email' };
  if (phone !== undefined && !/^\+?[\d\s()-]{7,25}$/.test(phone)) return { field: 'phone' };
  if (language !== 'en' && language !== 'cy') return { field: 'language' };
  return { name, email, phone, language };
}

/**
 * The council's booking endpoints on the embedded store (`openapi/booking.openapi.json`), under `/api/booking`:
 *
 * - `GET …/services`: what can be booked, and the dates bookable.
 * - `GET …/availability?service=&from=&to=`: each day's slots, start and end with their UTC offsets, status as
 *   FHIR's Slot, places left.
 * - `POST …/holds` `{ service, start }`: holds a place while the resident gives their details, until `expiresAt`.
 * - `POST …/bookings` `{ hold, name, email, phone?, language? }` with an `Idempotency-Key`: the booking, its
 *   reference, and the token that changes or cancels it (to send to the resident).
 * - `POST …/cancel` `{ reference, token }`, `POST …/change` `{ reference, token, hold }`.
 * - `GET …/calendar?reference=&key=`: the booking as an iCalendar file, in the resident's language; `key` (the
 *   booking's `calendarKey`) opens this file and nothing else.
 */
export function createBookingHandlers(options: BookingHandlersOptions): BookingHandlers {
  const now = options.now ?? (() => new Date());
  const backend =
    options.backend ??
    (options.config ? embeddedBookingBackend({ db: options.storage.db, config: options.config, now }) : undefined);
  if (!backend) throw new TypeError('createBookingHandlers: give a booking file (config) or a back end (backend)');
  const keys = new IdempotencyKeys(options.storage.db, { now });
  const limiter = new RateLimiter(options.rateLimit ?? { perMinute: 30, burst: 10 });
  const noStore = { headers: { 'Cache-Control': 'no-store' } };
  /** Whether `token` is the booking's: digests compared, so the time taken tells a guesser nothing. */
  const tokenOpens = async (reference: string, token: string): Promise<boolean> =>
    (await sha256Hex(token)) === (await sha256Hex(await tokenFor(reference, options.tokenSecret)));

  const services: Handler = async () => jsonResponse(await backend.services(), noStore);

  const availability: Handler = async (request) => {
    const query = new URL(request.url).searchParams;
    const { services: offered, bookable: window } = await backend.services();
    const service = query.get('service') ?? '';
    if (!offered.some(({ id }) => id === service)) return errorResponse('booking-service-unknown');
    const from = query.get('from') ?? window.from;
    const to = query.get('to') ?? (isLocalDate(from) ? addDays(from, 13) : from);
    if (!isLocalDate(from) || !isLocalDate(to) || daysBetween(from, to) < 0 || daysBetween(from, to) >= MOST_DAYS)
      return errorResponse('booking-request-invalid', { message: `from and to: dates, at most ${MOST_DAYS} days` });
    if (to < window.from || from > window.to) return errorResponse('booking-date-outside-window');
    const days = await backend.availability(
      service,
      from < window.from ? window.from : from,
      to > window.to ? window.to : to,
    );
    if (!days) return errorResponse('booking-service-unknown');
    return jsonResponse(
      {
        service,
        days: days.map(({ date, slots }) => ({
          date,
          slots: slots.map(({ startAt, endAt, status, placesLeft }) => ({
            start: londonIso(startAt),
            end: londonIso(endAt),
            status,
            placesLeft,
          })),
        })),
      },
      noStore,
    );
  };

  const hold: Handler = async (request, { clientAddress }) => {
    const body = await jsonObjectBody(request);
    if (!body) return errorResponse('booking-request-invalid');
    const service = body['service'];
    const { services: offered } = await backend.services();
    if (typeof service !== 'string' || !offered.some(({ id }) => id === service))
      return errorResponse('booking-service-unknown');
    const decision = limiter.take(clientAddress);
    if (!decision.allowed) return errorResponse('rate-limited', { retryAfterSeconds: decision.retryAfterSeconds });
    // A time must say its offset (`Z` or `±HH:MM`): one without would be read in the server's zone.
    const start = body['start'];
    if (typeof start !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(start))
      return errorResponse('booking-slot-unknown');
    const at = Date.parse(start);
    const held = Number.isNaN(at) ? 'unknown' : await backend.hold(service, new Date(at));
    if (held === 'unknown') return errorResponse('booking-slot-unknown');
    if (held === 'full') return errorResponse('booking-slot-full');
    return jsonResponse(
      {
        hold: held.id,
        service,
        start: londonIso(held.startAt),
        end: londonIso(held.endAt),
        expiresAt: londonIso(held.expiresAt),
      },
      { status: 201, ...noStore },
    );
  };

  const book: Handler = async (request, { clientAddress }) => {
    const key = request.headers.get('idempotency-key') ?? '';
    if (!isIdempotencyKey(key)) return errorResponse('idempotency-key-missing');
    const body = await jsonObjectBody(request);
    const holdId = text(body?.['hold']);
    if (!body || !holdId) return errorResponse('booking-request-invalid');
    const details = detailsOf(body);
    if ('field' in details) return errorResponse('booking-details-invalid', { message: details.field });
    const decision = limiter.take(clientAddress);
    if (!decision.allowed) return errorResponse('rate-limited', { retryAfterSeconds: decision.retryAfterSeconds });
    const hash = await requestHashOf(holdId, details.name, details.email, details.phone ?? '', details.language);
    const result = await keys.once('booking:book', key, hash, async () => {
      const booked = await backend.book(holdId, details, async (reference) =>
        tokenHashOf(await tokenFor(reference, options.tokenSecret)),
      );
      // A lapsed hold is this request's answer, as a booking is: a retry is told the same.
      if (booked === 'hold-expired') return { status: 410, body: { error: { code: 'booking-hold-expired' } } };
      // Stored without its token, which is made again for every answer: no secret is kept in the database.
      return { status: 201, body: answerOf(booked) };
    });
    if (result.outcome === 'in-progress') return errorResponse('booking-in-progress', { retryAfterSeconds: 1 });
    if (result.outcome === 'key-reused') return errorResponse('idempotency-key-reused');
    const answer = result.answer.body as ReturnType<typeof answerOf> | { error: unknown };
    const answered =
      'reference' in answer
        ? {
            ...answer,
            token: await tokenFor(answer.reference, options.tokenSecret),
            calendarKey: await calendarKeyFor(answer.reference, options.tokenSecret),
          }
        : answer;
    return jsonResponse(answered, {
      status: result.answer.status === 201 && result.outcome !== 'answered' ? 200 : result.answer.status,
      headers: { 'Cache-Control': 'no-store' },
    });
  };

  const cancel: Handler = async (request) => {
    const body = await jsonObjectBody(request);
    const reference = text(body?.['reference']);
    const token = text(body?.['token']);
    if (!reference || !token) return errorResponse('booking-request-invalid');
    // A wrong token and no such booking are answered alike: the answer tells a guesser nothing.
    const cancelled = (await tokenOpens(reference, token))
      ? await backend.cancel(reference, await tokenHashOf(token))
      : undefined;
    if (!cancelled) return errorResponse('booking-not-found');
    return jsonResponse(answerOf(cancelled), noStore);
  };

  const change: Handler = async (request) => {
    const body = await jsonObjectBody(request);
    const reference = text(body?.['reference']);
    const token = text(body?.['token']);
    const holdId = text(body?.['hold']);
    if (!reference || !token || !holdId) return errorResponse('booking-request-invalid');
    const moved = (await tokenOpens(reference, token))
      ? await backend.move(reference, await tokenHashOf(token), holdId)
      : undefined;
    if (!moved) return errorResponse('booking-not-found');
    if (moved === 'hold-expired') return errorResponse('booking-hold-expired');
    return jsonResponse(answerOf(moved), noStore);
  };

  const calendar: Handler = async (request) => {
    const url = new URL(request.url);
    const reference = url.searchParams.get('reference') ?? '';
    const key = url.searchParams.get('key') ?? '';
    // Digests compared, not the keys: how long the comparison takes tells a guesser nothing of how near they came.
    const opens =
      reference !== '' &&
      (await sha256Hex(key)) === (await sha256Hex(await calendarKeyFor(reference, options.tokenSecret)));
    const booking = opens ? await backend.find(reference) : undefined;
    const service = booking && (await backend.services()).services.find(({ id }) => id === booking.service);
    if (!booking || !service) return errorResponse('booking-not-found');
    return new Response(bookingCalendar(booking, service.name, { domain: url.hostname }), {
      headers: {
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': `attachment; filename="${booking.reference}.ics"`,
        'Cache-Control': 'private, no-store',
      },
    });
  };

  return { services, availability, hold, book, cancel, change, calendar };
}
