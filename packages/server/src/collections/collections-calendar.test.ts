import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { PropertyCollections } from '@council-components/collections/collections.js';
import { FAKE_SERVICES } from '@council-components/testing/fakes/fake-collections.js';
import { collectionsCalendar } from './collections-calendar.js';

const { refuse, food } = FAKE_SERVICES;
const glass = {
  id: 'glass',
  label: 'Glass box (bottles and jars, washed, lids off)',
  labelCy: 'Bocs gwydr (poteli a jariau wedi’u golchi, heb gaeadau) ŵ ŷ ŵ ŷ ŵ ŷ ŵ ŷ ŵ ŷ ŵ ŷ ŵ ŷ',
  container: { colour: 'green', type: 'box' },
};
const collections: PropertyCollections = {
  uprn: '200010019924',
  status: 'ok',
  missingServices: [],
  days: [
    { date: '2026-12-21', originalDate: null, services: [refuse, food] },
    { date: '2026-12-29', originalDate: '2026-12-28', services: [food, glass] },
    { date: '2027-01-04', originalDate: null, services: [refuse] },
  ],
};

interface Parsed {
  uid: string;
  start: string;
  end: string;
  allDay: boolean;
  summary: string;
  description: string;
}

/** The calendar as an independent parser (ical.js) reads it. */
function parse(text: string): { name: unknown; events: Parsed[] } {
  const parsed: unknown = ICAL.parse(text);
  if (!Array.isArray(parsed)) throw new Error('not one calendar');
  const calendar = new ICAL.Component(parsed);
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      allDay: event.startDate.isDate,
      summary: event.summary,
      description: event.description ?? '',
    };
  });
  return { name: calendar.getFirstPropertyValue('x-wr-calname'), events };
}

describe('bin collections as a calendar file', () => {
  it('has one all-day event per collection day, read back by an independent parser, in a zone that is not London’s', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).not.toBe('Europe/London');
    const { name, events } = parse(collectionsCalendar(collections, { lang: 'en', domain: 'council.example' }));
    expect(name).toBe('Bin collections');
    expect(events).toEqual([
      {
        uid: '200010019924-2026-12-21@council.example',
        start: '2026-12-21',
        end: '2026-12-22',
        allDay: true,
        summary: 'Bin collection: Black bin (general waste), Food caddy',
        description: '',
      },
      {
        uid: '200010019924-2026-12-29@council.example',
        start: '2026-12-29',
        end: '2026-12-30',
        allDay: true,
        summary: 'Bin collection: Food caddy, Glass box (bottles and jars, washed, lids off)',
        description: 'Moved from Monday 28 December.',
      },
      {
        uid: '200010019924-2027-01-04@council.example',
        start: '2027-01-04',
        end: '2027-01-05',
        allDay: true,
        summary: 'Bin collection: Black bin (general waste)',
        description: '',
      },
    ]);
  });

  it('is Welsh in full for a Welsh page, the moved date included', () => {
    const { name, events } = parse(collectionsCalendar(collections, { lang: 'cy', domain: 'council.example' }));
    expect(name).toBe('Casgliadau biniau');
    expect(events[1]?.summary).toBe(`Casgliad biniau: Cadi bwyd, ${glass.labelCy}`);
    expect(events[1]?.description).toBe('Wedi’i symud o ddydd Llun 28 Rhagfyr.');
  });

  it('folds lines at 75 octets without splitting a Welsh letter, and uses CRLF line endings', () => {
    const text = collectionsCalendar(collections, { lang: 'cy', domain: 'council.example' });
    const lines = text.split('\r\n');
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
    // Unfolded, the Welsh summary with its ŵ and ŷ comes back whole.
    const unfolded = text.replace(/\r\n /g, '');
    expect(unfolded).toContain(`SUMMARY:Casgliad biniau: Cadi bwyd\\, ${glass.labelCy.replace(/,/g, '\\,')}`);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
  });

  it('is the same file when downloaded twice, but for when it was made (DTSTAMP)', () => {
    const first = collectionsCalendar(collections, {
      lang: 'en',
      domain: 'council.example',
      stamp: new Date('2026-12-01T10:00:00Z'),
    });
    const second = collectionsCalendar(collections, {
      lang: 'en',
      domain: 'council.example',
      stamp: new Date('2026-12-02T09:30:00Z'),
    });
    const withoutStamp = (text: string): string => text.replace(/^DTSTAMP:.*$/gm, '');
    expect(first).not.toBe(second);
    expect(withoutStamp(first)).toBe(withoutStamp(second));
  });

  it('escapes commas, semicolons and backslashes in what the council wrote', () => {
    const odd = { ...refuse, label: 'Bin; black, big \\ heavy' };
    const text = collectionsCalendar(
      { ...collections, days: [{ date: '2026-12-21', originalDate: null, services: [odd] }] },
      { lang: 'en', domain: 'council.example' },
    );
    expect(text).toContain('SUMMARY:Bin collection: Bin\\; black\\, big \\\\ heavy');
    expect(parse(text).events[0]?.summary).toBe('Bin collection: Bin; black, big \\ heavy');
  });
});
