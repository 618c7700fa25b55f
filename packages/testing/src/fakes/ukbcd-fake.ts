import { addDays } from '@council-components/collections/local-date.js';
import type { FakeService } from './fake-service.ts';

/**
 * A fake of a UKBinCollectionData service for one council: `GET /bins/{uprn}` answers the project's output,
 * `{"bins":[{"type","collectionDate":"dd/mm/yyyy"}]}`, with the awkward data real scrapers give, by UPRN:
 *
 * - `100000000001`: a normal property: general waste weekly, recycling fortnightly, from `today`.
 * - `100000000002`: duplicates, past dates, a type nobody mapped, a date that is not one.
 * - `100000000004`: an empty list (the council's site changed).
 * - `100000000005`: 403 (the council's site blocks the scraper).
 * - `100000000006`: 500.
 * - `100000000007`: general waste only (the recycling round is missing from the council's site).
 *
 * Any other UPRN: 404.
 *
 * Dates are written from `today` (a calendar date, `YYYY-MM-DD`), so the data never goes stale.
 */
export const UKBCD_UPRNS = {
  normal: '100000000001',
  awkward: '100000000002',
  empty: '100000000004',
  blocked: '100000000005',
  broken: '100000000006',
  refuseOnly: '100000000007',
} as const;

const ddmmyyyy = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

export function createUkbcdFake(today: () => string): FakeService {
  return (request) => {
    const uprn = /\/bins\/(\d+)$/.exec(new URL(request.url).pathname)?.[1] ?? '';
    const day = (offset: number): string => ddmmyyyy(addDays(today(), offset));
    const bins = (rows: readonly [string, number | string][]): Response =>
      json(200, {
        bins: rows.map(([type, date]) => ({ type, collectionDate: typeof date === 'number' ? day(date) : date })),
      });
    switch (uprn) {
      case UKBCD_UPRNS.normal:
        return Promise.resolve(
          bins([
            ['Black Bin', 1],
            ['Black Bin', 8],
            ['Blue Recycling Bin', 8],
            ['Black Bin', 15],
          ]),
        );
      case UKBCD_UPRNS.awkward:
        return Promise.resolve(
          bins([
            ['Black Bin', -6],
            ['Black Bin', 1],
            ['black bin', 1],
            ['Textiles Bag', 1],
            ['Blue Recycling Bin', 8],
            ['Blue Recycling Bin', '31/02/2027'],
          ]),
        );
      case UKBCD_UPRNS.refuseOnly:
        return Promise.resolve(
          bins([
            ['Black Bin', 1],
            ['Black Bin', 8],
          ]),
        );
      case UKBCD_UPRNS.empty:
        return Promise.resolve(bins([]));
      case UKBCD_UPRNS.blocked:
        return Promise.resolve(new Response('<html>Access denied</html>', { status: 403 }));
      case UKBCD_UPRNS.broken:
        return Promise.resolve(json(500, { error: 'scraper failed' }));
      default:
        return Promise.resolve(json(404, { error: 'unknown UPRN' }));
    }
  };
}
