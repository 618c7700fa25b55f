import { addDays } from '@council-components/collections/local-date.js';
import { FAKE_SERVICES } from './fake-collections.ts';
import type { FakeService } from './fake-service.ts';

/**
 * A fake of a council's own bin collections system that already answers in the normalised contract's shape
 * (`GET /bins?uprn=`), with its awkward cases, by UPRN:
 *
 * - `200010019924`: refuse and recycling tomorrow, and refuse again, moved by a bank holiday.
 * - `200010019930`: a service without its Welsh label (the system was never translated).
 * - `200010019931`: 503.
 * - `200010019940`: a property with no collections known (`ok`, no days).
 * - `100090000000`: a block's parent shell, not a property: 404 with the contract's `not-a-property` code.
 * - Any other UPRN: 404, as the system knows only its council's properties.
 */
export const COUNCIL_SYSTEM_UPRNS = {
  normal: '200010019924',
  untranslated: '200010019930',
  down: '200010019931',
  none: '200010019940',
  notProperty: '100090000000',
  elsewhere: '906700000001',
};

const { refuse, recycling } = FAKE_SERVICES;

export function createCouncilCollectionsFake(today: () => string): FakeService {
  return (request) => {
    const uprn = new URL(request.url).searchParams.get('uprn') ?? '';
    const day = (offset: number): string => addDays(today(), offset);
    const answer = (services: readonly object[]): Response =>
      Response.json({
        uprn,
        status: 'ok',
        missingServices: [],
        days:
          services.length === 0
            ? []
            : [
                { date: day(1), originalDate: null, services },
                { date: day(10), originalDate: day(9), services: [refuse] },
              ],
      });
    if (uprn === COUNCIL_SYSTEM_UPRNS.normal) return Promise.resolve(answer([refuse, recycling]));
    if (uprn === COUNCIL_SYSTEM_UPRNS.untranslated)
      return Promise.resolve(answer([refuse, { ...recycling, labelCy: '' }]));
    if (uprn === COUNCIL_SYSTEM_UPRNS.none) return Promise.resolve(answer([]));
    if (uprn === COUNCIL_SYSTEM_UPRNS.notProperty)
      return Promise.resolve(
        Response.json({ error: { code: 'not-a-property', message: 'Not a property' } }, { status: 404 }),
      );
    if (uprn === COUNCIL_SYSTEM_UPRNS.down)
      return Promise.resolve(new Response('Service Unavailable', { status: 503 }));
    return Promise.resolve(Response.json({ message: 'Unknown property' }, { status: 404 }));
  };
}
