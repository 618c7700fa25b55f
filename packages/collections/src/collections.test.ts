import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectionDays, type Collection, type CollectionService } from './collections.js';
import { addDays, daysBetween } from './local-date.js';

const service = (id: string): CollectionService => ({
  id,
  label: id,
  labelCy: `${id} (cy)`,
  container: { colour: null, type: null },
});

describe('collections grouped by date', () => {
  it('groups by date in date order, drops past dates and merges a service given twice on one date', () => {
    const collections: Collection[] = [
      { date: '2026-12-04', originalDate: null, service: service('recycling') },
      { date: '2026-11-27', originalDate: null, service: service('refuse') },
      { date: '2026-11-27', originalDate: null, service: service('food') },
      { date: '2026-11-27', originalDate: null, service: service('refuse') },
      { date: '2026-11-20', originalDate: null, service: service('refuse') },
      { date: '2026-12-29', originalDate: '2026-12-28', service: service('refuse') },
    ];
    expect(collectionDays(collections, '2026-11-27')).toEqual([
      { date: '2026-11-27', originalDate: null, services: [service('refuse'), service('food')] },
      { date: '2026-12-04', originalDate: null, services: [service('recycling')] },
      { date: '2026-12-29', originalDate: '2026-12-28', services: [service('refuse')] },
    ]);
  });

  it('whatever the order and repeats, gives each date once, in order, from today, with each service once', () => {
    const ids = fc.constantFrom('refuse', 'recycling', 'food', 'garden');
    const collection = fc.record({ offset: fc.integer({ min: -30, max: 60 }), id: ids });
    fc.assert(
      fc.property(fc.array(collection, { maxLength: 40 }), (drawn) => {
        const today = '2026-12-30';
        const days = collectionDays(
          drawn.map(({ offset, id }) => ({ date: addDays(today, offset), originalDate: null, service: service(id) })),
          today,
        );
        for (const [index, day] of days.entries()) {
          expect(daysBetween(today, day.date)).toBeGreaterThanOrEqual(0);
          if (index > 0) expect(daysBetween(days[index - 1]?.date ?? day.date, day.date)).toBeGreaterThan(0);
          expect(new Set(day.services.map(({ id }) => id)).size).toBe(day.services.length);
        }
        const expected = new Set(drawn.filter(({ offset }) => offset >= 0).map(({ offset }) => offset));
        expect(days).toHaveLength(expected.size);
      }),
    );
  });
});
