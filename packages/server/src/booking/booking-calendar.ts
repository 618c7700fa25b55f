import ical, { ICalEventStatus } from 'ical-generator';
import type { Appointment } from './booking-backend.js';

const WORDS = {
  en: { name: 'Booking', reference: 'Booking reference' },
  cy: { name: 'Archeb', reference: 'Cyfeirnod archebu' },
} as const;

/**
 * One booking as an iCalendar file (RFC 5545), in the language the resident booked in: one event, its start and end
 * the booking's instants in UTC (a calendar shows them in its owner's zone, and the hour the clocks repeat stays
 * two different hours), the service's name as its summary, the reference in its description. The same UID in every
 * download, so that a calendar updates the event instead of adding a second.
 */
export function bookingCalendar(
  booking: Pick<Appointment, 'reference' | 'startAt' | 'endAt' | 'language' | 'status'>,
  serviceName: { en: string; cy: string },
  options: { domain: string; stamp?: Date },
): string {
  const lang = booking.language === 'cy' ? 'cy' : 'en';
  const calendar = ical({
    name: WORDS[lang].name,
    prodId: { company: 'Council Components', product: 'booking', language: lang.toUpperCase() },
  });
  calendar.createEvent({
    id: `${booking.reference}@${options.domain}`,
    start: booking.startAt,
    end: booking.endAt,
    summary: serviceName[lang],
    description: `${WORDS[lang].reference}: ${booking.reference}`,
    status: booking.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    ...(options.stamp ? { stamp: options.stamp } : {}),
  });
  return calendar.toString();
}
