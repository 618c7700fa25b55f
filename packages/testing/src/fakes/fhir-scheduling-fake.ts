import type { FakeService } from './fake-service.ts';

/**
 * A fake of a booking system's FHIR R4 scheduling API, in process, as the FHIR R4 specification has it (RESTful API,
 * `Slot` and `Appointment`), for the example booking adapter (`fhirBookingBackend` in `@council-components/server`):
 *
 * - `GET …/Slot?service-type={code}&start=ge{instant}&start=lt{instant}`: a `searchset` Bundle of the service's slots
 *   starting in the range, each with `meta.versionId`, 20 to a page with a `next` link, as servers page their
 *   searches. One Slot is one place: a time with 6 places is 6 Slots.
 * - `GET …/Slot/{id}`, and `PUT …/Slot/{id}` with `If-Match: W/"{versionId}"`: 412 when the slot has changed since
 *   that version (FHIR's version-aware update, the booking system's guard against two residents taking one place).
 * - `POST …/Appointment` (201, with its id and version), `GET …/Appointment?identifier={system}|{value}`,
 *   `GET …/Appointment/{id}` and `PUT …/Appointment/{id}` with `If-Match`.
 * - Errors as FHIR's `OperationOutcome`, `application/fhir+json`.
 *
 * It keeps no clock and no holds: a hold is the adapter's (a Slot marked `busy-tentative`, until a time it writes).
 */

/** A time of a service with its places: that many Slots. */
export interface FhirSlotSeed {
  serviceType: string;
  start: string;
  end: string;
  places: number;
}

interface Versioned {
  resource: Record<string, unknown>;
  version: number;
}

const FHIR_JSON = 'application/fhir+json';

const outcome = (status: number, code: string, diagnostics: string): Response =>
  new Response(
    JSON.stringify({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code, diagnostics }] }),
    { status, headers: { 'Content-Type': FHIR_JSON } },
  );

const withMeta = ({ resource, version }: Versioned): Record<string, unknown> => ({
  ...resource,
  meta: { versionId: String(version) },
});

const answer = (stored: Versioned, status = 200): Response =>
  new Response(JSON.stringify(withMeta(stored)), {
    status,
    headers: { 'Content-Type': FHIR_JSON, ETag: `W/"${String(stored.version)}"` },
  });

/** Resources a search page holds. */
const PAGE = 20;

/** A page of a search's results (`_offset` says where it starts), with a link to the next page when there is one. */
function bundle(entries: Versioned[], url: URL): Response {
  const offset = Number(url.searchParams.get('_offset') ?? '0') || 0;
  const next = new URL(url);
  next.searchParams.set('_offset', String(offset + PAGE));
  return new Response(
    JSON.stringify({
      resourceType: 'Bundle',
      type: 'searchset',
      total: entries.length,
      link: offset + PAGE < entries.length ? [{ relation: 'next', url: next.href }] : [],
      entry: entries.slice(offset, offset + PAGE).map((stored) => ({ resource: withMeta(stored) })),
    }),
    { headers: { 'Content-Type': FHIR_JSON } },
  );
}

/** The instant a FHIR date-time search prefix compares with (`ge2026-12-05T00:00:00Z`). */
function prefixed(value: string): { prefix: string; at: number } {
  const match = /^(eq|ne|gt|lt|ge|le)?(.+)$/.exec(value);
  return { prefix: match?.[1] ?? 'eq', at: Date.parse(match?.[2] ?? '') };
}

function matches(start: number, { prefix, at }: { prefix: string; at: number }): boolean {
  switch (prefix) {
    case 'ge':
      return start >= at;
    case 'gt':
      return start > at;
    case 'le':
      return start <= at;
    case 'lt':
      return start < at;
    case 'ne':
      return start !== at;
    default:
      return start === at;
  }
}

export interface FhirSchedulingFake {
  handler: FakeService;
  /**
   * The next appointment made fails: `refused` (500, nothing made), or `answer-lost` (made, then a 504), as a
   * system or its gateway fails.
   */
  failNextAppointment(how: 'refused' | 'answer-lost'): void;
  /** The Slots as stored, for tests to count what was taken. */
  slots(): Record<string, unknown>[];
  /** The Appointments as stored. */
  appointments(): Record<string, unknown>[];
}

export function fhirSchedulingFake(seeds: readonly FhirSlotSeed[]): FhirSchedulingFake {
  const slots = new Map<string, Versioned>();
  const appointments = new Map<string, Versioned>();
  const failures: ('refused' | 'answer-lost')[] = [];
  let next = 1;
  for (const seed of seeds)
    for (let place = 0; place < seed.places; place++) {
      const id = `slot-${String(next++)}`;
      slots.set(id, {
        version: 1,
        resource: {
          resourceType: 'Slot',
          id,
          serviceType: [{ coding: [{ code: seed.serviceType }] }],
          status: 'free',
          start: seed.start,
          end: seed.end,
        },
      });
    }

  /** A version-aware update: the stored resource replaced when `If-Match` names its version. */
  async function update(store: Map<string, Versioned>, type: string, id: string, request: Request): Promise<Response> {
    // The body read first: from here to the write nothing waits, so the version check and the write are one step,
    // as a server's transaction makes them, and of two writes with the same version exactly one is taken.
    const body = (await request.json()) as Record<string, unknown>;
    const stored = store.get(id);
    if (!stored) return outcome(404, 'not-found', `${type}/${id} is not known`);
    const match = /^W\/"(\d+)"$/.exec(request.headers.get('if-match') ?? '');
    if (!match) return outcome(412, 'conflict', 'If-Match with the version read is required');
    if (Number(match[1]) !== stored.version)
      return outcome(412, 'conflict', `${type}/${id} has changed since version ${match[1] ?? ''}`);
    if (body['resourceType'] !== type || body['id'] !== id) return outcome(400, 'invalid', 'resourceType and id');
    // What the client sent of `meta` is not kept: the version is the server's.
    const resource = { ...body };
    delete resource['meta'];
    const updated = { resource, version: stored.version + 1 };
    store.set(id, updated);
    return answer(updated);
  }

  const handler: FakeService = async (request) => {
    const url = new URL(request.url);
    const [type, id] = tail(url.pathname);
    if (type === 'Slot') {
      if (request.method === 'GET' && !id) {
        const service = url.searchParams.get('service-type');
        const ranges = url.searchParams.getAll('start').map(prefixed);
        const found = [...slots.values()].filter(({ resource }) => {
          const coding = (resource['serviceType'] as { coding: { code: string }[] }[])[0]?.coding[0]?.code;
          const start = Date.parse(String(resource['start']));
          return (!service || coding === service) && ranges.every((range) => matches(start, range));
        });
        return bundle(found, url);
      }
      const stored = id ? slots.get(id) : undefined;
      if (request.method === 'GET') return stored ? answer(stored) : outcome(404, 'not-found', `Slot/${id ?? ''}`);
      if (request.method === 'PUT' && id) return update(slots, 'Slot', id, request);
    }
    if (type === 'Appointment') {
      if (request.method === 'POST' && !id) {
        const body = (await request.json()) as Record<string, unknown>;
        if (body['resourceType'] !== 'Appointment') return outcome(400, 'invalid', 'resourceType');
        const failure = failures.shift();
        if (failure === 'refused') return outcome(500, 'exception', 'The appointment could not be made');
        const made = { resource: { ...body, id: `appointment-${String(next++)}` }, version: 1 };
        appointments.set(made.resource.id, made);
        // Made, but its answer never reaches the client (a gateway timing out): what the client sees is a 504.
        if (failure === 'answer-lost') return outcome(504, 'timeout', 'The gateway timed out');
        return answer(made, 201);
      }
      if (request.method === 'GET' && !id) {
        const [system, value] = (url.searchParams.get('identifier') ?? '').split('|');
        return bundle(
          [...appointments.values()].filter(({ resource }) =>
            (resource['identifier'] as { system: string; value: string }[] | undefined)?.some(
              (identifier) => identifier.system === system && identifier.value === value,
            ),
          ),
          url,
        );
      }
      const stored = id ? appointments.get(id) : undefined;
      if (request.method === 'GET')
        return stored ? answer(stored) : outcome(404, 'not-found', `Appointment/${id ?? ''}`);
      if (request.method === 'PUT' && id) return update(appointments, 'Appointment', id, request);
    }
    return outcome(404, 'not-supported', `${request.method} ${url.pathname}`);
  };

  return {
    handler,
    failNextAppointment: (how) => {
      failures.push(how);
    },
    slots: () => [...slots.values()].map(withMeta),
    appointments: () => [...appointments.values()].map(withMeta),
  };
}

/** `…/Slot` → `['Slot']`; `…/Slot/slot-1` → `['Slot', 'slot-1']`. */
function tail(path: string): [string, string | undefined] {
  const parts = path.split('/').filter(Boolean);
  const at = parts.findLastIndex((part) => part === 'Slot' || part === 'Appointment');
  return [parts[at] ?? '', parts[at + 1]];
}
