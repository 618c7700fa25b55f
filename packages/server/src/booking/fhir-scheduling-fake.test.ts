import { describe, expect, it } from 'vitest';
import { fhirSchedulingFake } from '@council-components/testing/fakes/fhir-scheduling-fake.js';

const BASE = 'https://bookings.council.example/fhir';

describe('the fake FHIR scheduling API', () => {
  const fake = () =>
    fhirSchedulingFake([
      { serviceType: 'advice-session', start: '2026-12-07T10:00:00Z', end: '2026-12-07T11:00:00Z', places: 2 },
      { serviceType: 'advice-session', start: '2026-12-08T10:00:00Z', end: '2026-12-08T11:00:00Z', places: 1 },
    ]);
  const call = (handler: ReturnType<typeof fake>['handler'], path: string, init?: RequestInit) =>
    Promise.resolve(handler(new Request(`${BASE}/${path}`, init), { clientAddress: '127.0.0.1' }));

  it('searches Slots by service type and start prefixes, as a searchset Bundle of versioned resources', async () => {
    const { handler } = fake();
    const answer = await call(
      handler,
      'Slot?service-type=advice-session&start=ge2026-12-07T00:00:00Z&start=lt2026-12-08T00:00:00Z',
    );
    expect(answer.headers.get('content-type')).toBe('application/fhir+json');
    const bundle = (await answer.json()) as { type: string; entry: { resource: { id: string; meta: unknown } }[] };
    expect(bundle.type).toBe('searchset');
    expect(bundle.entry.map(({ resource }) => resource.id)).toEqual(['slot-1', 'slot-2']);
    expect(bundle.entry[0]?.resource.meta).toEqual({ versionId: '1' });
  });

  it('updates a Slot only with If-Match on its current version: 412 otherwise, as FHIR’s version-aware update', async () => {
    const system = fake();
    const { handler } = system;
    const slot = (await (await call(handler, 'Slot/slot-3')).json()) as Record<string, unknown>;
    const put = (version: string | undefined) =>
      call(handler, 'Slot/slot-3', {
        method: 'PUT',
        headers: version ? { 'If-Match': `W/"${version}"` } : {},
        body: JSON.stringify({ ...slot, status: 'busy' }),
      });
    expect((await put(undefined)).status).toBe(412);
    const first = await put('1');
    expect(first.status).toBe(200);
    expect(first.headers.get('etag')).toBe('W/"2"');
    const stale = await put('1');
    expect(stale.status).toBe(412);
    expect(await stale.json()).toMatchObject({ resourceType: 'OperationOutcome', issue: [{ code: 'conflict' }] });
    expect(system.slots().find(({ id }) => id === 'slot-3')).toMatchObject({
      status: 'busy',
      meta: { versionId: '2' },
    });
    // Of ten writes with the same version at once, one is taken.
    const racing = await Promise.all(Array.from({ length: 10 }, () => put('2')));
    expect(racing.filter(({ status }) => status === 200)).toHaveLength(1);
  });

  it('makes Appointments and finds them by identifier', async () => {
    const { handler } = fake();
    const made = await call(handler, 'Appointment', {
      method: 'POST',
      body: JSON.stringify({
        resourceType: 'Appointment',
        status: 'booked',
        identifier: [{ system: 'urn:x', value: 'BK-1' }],
      }),
    });
    expect(made.status).toBe(201);
    const found = (await (await call(handler, 'Appointment?identifier=urn:x|BK-1')).json()) as { total: number };
    expect(found.total).toBe(1);
    expect((await call(handler, 'Patient/1')).status).toBe(404);
  });
});
