import ical from 'ical-generator';
import type { PropertyCollections } from '@council-components/collections/collections.js';
import { dateInWords } from '@council-components/collections/date-words.js';
import { addDays } from '@council-components/collections/local-date.js';

export interface CalendarOptions {
  lang: 'en' | 'cy';
  /** The council's domain, for events' UIDs: `{uprn}-{date}@{domain}`, the same in every download. */
  domain: string;
  /** When the file is made (DTSTAMP): the one thing that differs between two downloads of the same collections. */
  stamp?: Date;
}

const WORDS = {
  en: {
    name: 'Bin collections',
    summary: (services: string): string => `Bin collection: ${services}`,
    moved: (usual: string): string => `Moved from ${usual}.`,
  },
  cy: {
    name: 'Casgliadau biniau',
    summary: (services: string): string => `Casgliad biniau: ${services}`,
    // "o" softens "dydd" (ddydd), which is lower case within a sentence.
    moved: (usual: string): string => `Wedi’i symud o ${usual.replace(/^Dydd/, 'ddydd')}.`,
  },
} as const;

/**
 * A property's collections as an iCalendar file (RFC 5545), in English or Welsh: one all-day event per
 * collection day (DTSTART and an exclusive DTEND as DATE values), its services in the summary, and the usual date
 * when it was moved. Served as `text/calendar; charset=utf-8`.
 */
export function collectionsCalendar(collections: PropertyCollections, options: CalendarOptions): string {
  const words = WORDS[options.lang];
  const calendar = ical({
    name: words.name,
    prodId: { company: 'Council Components', product: 'bin-collections', language: options.lang.toUpperCase() },
  });
  for (const { date, originalDate, services } of collections.days) {
    const labels = services.map((service) => (options.lang === 'cy' ? service.labelCy : service.label));
    calendar.createEvent({
      id: `${collections.uprn}-${date}@${options.domain}`,
      // Calendar dates: with no calendar time zone, ical-generator writes the date's own parts.
      start: date,
      end: addDays(date, 1),
      allDay: true,
      summary: words.summary(labels.join(', ')),
      description: originalDate ? words.moved(dateInWords(originalDate, options.lang)) : null,
      ...(options.stamp ? { stamp: options.stamp } : {}),
    });
  }
  return calendar.toString();
}
