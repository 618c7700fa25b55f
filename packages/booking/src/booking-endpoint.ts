import { addDays } from '@council-components/collections/local-date.js';
import { requestJson } from '@council-components/core/provider/provider-client.js';
import { sendOnce } from '@council-components/core/provider/send-once.js';
import { sendJson } from '@council-components/core/provider/send-json.js';
import {
  availabilityShape,
  bookedShape,
  bookingServicesShape,
  holdShape,
  type Booked,
  type BookingServices,
  type Hold,
  type Slot,
} from '@council-components/http/booking-api.js';

/** The resident's details, as the back end takes them. */
export interface BookingDetails {
  name: string;
  email: string;
  phone: string;
}

/** `{endpoint}/{path}`, with the query given and no other. */
export function bookingUrl(endpoint: URL, path: string, query: Record<string, string> = {}): URL {
  const url = new URL(endpoint);
  url.pathname = `${url.pathname.replace(/\/$/, '')}/${path}`;
  url.search = new URLSearchParams(query).toString();
  return url;
}

/** What can be booked, and the dates bookable. */
export function bookingServices(endpoint: URL, signal: AbortSignal): Promise<BookingServices> {
  return requestJson(bookingUrl(endpoint, 'services'), { shape: bookingServicesShape, signal });
}

/** The most days the contract gives in one answer. */
const MOST_DAYS = 62;

/** Each bookable day's slots for `service`, from `from` to `to`, asked in as few requests as the contract allows. */
export async function availability(
  endpoint: URL,
  service: string,
  window: { from: string; to: string },
  signal: AbortSignal,
): Promise<Map<string, Slot[]>> {
  const days = new Map<string, Slot[]>();
  for (let from = window.from; from <= window.to; from = addDays(from, MOST_DAYS)) {
    const last = addDays(from, MOST_DAYS - 1);
    const query = { service, from, to: last < window.to ? last : window.to };
    const answer = await requestJson(bookingUrl(endpoint, 'availability', query), { shape: availabilityShape, signal });
    for (const day of answer.days) days.set(day.date, day.slots);
  }
  return days;
}

/** Holds a place in the slot starting at `start` (its offset said) while the resident gives their details. */
export function holdSlot(endpoint: URL, service: string, start: string, signal: AbortSignal): Promise<Hold> {
  return sendJson(bookingUrl(endpoint, 'holds'), {
    method: 'POST',
    body: { service, start },
    shape: holdShape,
    signal,
  });
}

/**
 * Books the held place. The same `key` for the same attempt: a retry after a lost answer gives the same booking,
 * never a second. Every failure is a ProviderError (`booking-hold-expired` when the hold has lapsed).
 */
export function bookHeld(
  endpoint: URL,
  asked: BookingDetails & { hold: string; language: 'en' | 'cy' },
  key: string,
  signal: AbortSignal,
): Promise<Booked> {
  const body = { ...asked, phone: asked.phone || undefined };
  const request = { method: 'POST', body, idempotencyKey: key, shape: bookedShape, signal } as const;
  return sendOnce(bookingUrl(endpoint, 'bookings'), request, 'booking-in-progress');
}
