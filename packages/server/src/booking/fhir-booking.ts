import { addDays, type LocalDate } from '@council-components/collections/local-date.js';
import { londonInstants, londonWallClock } from '@council-components/collections/london-time.js';
import type { Appointment, AvailableSlot, BookingBackend, ServiceSummary } from './booking-backend.js';
import { newBookingReference, newSecret, type BookingDetails } from './booking-store.js';

/**
 * The example adapter to a council's own booking system: one that speaks FHIR R4's scheduling resources, as many
 * appointment systems do (`Slot`, `Appointment`; the fake is `fhirSchedulingFake` in `@council-components/testing`).
 *
 * - **Places** are the system's Slots, one per place: a time's places left are its `free` Slots.
 * - **A hold** marks one Slot `busy-tentative`, with an extension saying whose hold it is and until when, written with
 *   `If-Match` on the version read: of two residents taking the last place, the system accepts one write and
 *   answers the other 412, which then tries the next place, and is told the time is full when none is left. A hold
 *   past its time counts as free, and the next hold takes it over the same way.
 * - **A booking** turns its held Slot `busy` (again with `If-Match`, so a hold taken over meanwhile is not booked),
 *   then makes the Appointment, the resident in it as a contained Patient, our reference as its identifier.
 * - **Cancelling** marks the Appointment `cancelled` and frees its Slot; **moving** books the new hold's Slot, points
 *   the Appointment at it, and frees the old.
 */
export interface FhirBookingOptions {
  /** The booking system's FHIR base (`https://bookings.council.example/fhir`). */
  base: string;
  /** What can be booked: each of our services, and the `service-type` code its Slots carry there. */
  services: readonly (ServiceSummary & { serviceType: string })[];
  /** Bookable from `fromDays` after today (London's) to `toDays` after it. */
  window: { fromDays: number; toDays: number };
  holdMinutes: number;
  /** Sent with every request: the system's API key, say. */
  headers?: Readonly<Record<string, string>>;
  fetch?: typeof fetch;
  now?: () => Date;
}

/** Our extension on a held Slot: `{hold id} {until, ISO 8601}`. */
export const HOLD_EXTENSION = 'https://council-components.uk/fhir/StructureDefinition/booking-hold';
/** The system of our references among an Appointment's identifiers. */
export const REFERENCE_SYSTEM = 'https://council-components.uk/fhir/booking-reference';

/** A Slot as the system answers it: checked before it is used (`resourceType` among the rest). */
interface FhirSlot {
  resourceType: string;
  id: string;
  meta: { versionId: string };
  serviceType?: { coding?: { code?: string }[] }[];
  status: 'free' | 'busy' | 'busy-tentative' | 'busy-unavailable';
  start: string;
  end: string;
  extension?: { url: string; valueString: string }[];
}

/** An Appointment as FHIR R4 has it: most of its elements optional. */
interface FhirAppointment {
  resourceType: string;
  id: string;
  meta: { versionId: string };
  status: 'booked' | 'cancelled';
  identifier?: { system: string; value: string }[];
  serviceType?: { coding?: { code?: string }[] }[];
  start: string;
  end: string;
  slot?: { reference: string }[];
  contained?: { communication?: { language: { coding: { code: string }[] } }[] }[];
}

/** A Slot with a new status, and our hold's extension when it is held; the system's own extensions kept. */
function marked(slot: FhirSlot, status: FhirSlot['status'], hold?: string): FhirSlot {
  const { extension = [], ...rest } = slot;
  const kept = [
    ...extension.filter(({ url }) => url !== HOLD_EXTENSION),
    ...(hold ? [{ url: HOLD_EXTENSION, valueString: hold }] : []),
  ];
  return kept.length ? { ...rest, status, extension: kept } : { ...rest, status };
}

/** A search's answer: a Bundle of the resources found, and its next page. */
interface SearchSet<T> {
  entry?: { resource: T }[];
  link?: { relation: string; url: string }[];
}

/** FHIR's id: letters, digits, `-` and `.`, 64 at most. */
const FHIR_ID = /^[A-Za-z0-9.-]{1,64}$/;

/** How often a write that lost to another (412) is tried again on a fresh read. */
const RETRIES = 3;

export function fhirBookingBackend(options: FhirBookingOptions): BookingBackend {
  const now = options.now ?? (() => new Date());
  const send = options.fetch ?? fetch;
  const base = options.base.replace(/\/$/, '');

  /**
   * A request to the system (a path under `base`, or a paging link on its origin): its status and JSON, or 412 (a
   * write that lost to another); any other failure thrown. Each waits 10 seconds at most.
   */
  async function fhir(path: string, init: RequestInit = {}): Promise<{ status: number; body: unknown }> {
    const headers = new Headers({
      Accept: 'application/fhir+json',
      'Content-Type': 'application/fhir+json',
      // Search parameters the system does not support are an error, not silently dropped (FHIR's strict handling).
      Prefer: 'handling=strict',
      ...options.headers,
    });
    new Headers(init.headers).forEach((value, name) => {
      headers.set(name, value);
    });
    const url = /^https?:/.test(path) ? path : `${base}/${path}`;
    const response = await send(url, { ...init, headers, signal: AbortSignal.timeout(10_000) });
    if (response.status === 412) return { status: 412, body: undefined };
    if (!response.ok)
      throw new Error(`The booking system answered ${String(response.status)} to ${init.method ?? 'GET'} ${path}`);
    return { status: response.status, body: (await response.json()) as unknown };
  }

  /** A version-aware update: the new version, or `conflict` when someone else wrote it since it was read. */
  async function put<T extends { id: string; meta: { versionId: string } }>(
    type: string,
    resource: T,
  ): Promise<T | 'conflict'> {
    const { status, body } = await fhir(`${type}/${resource.id}`, {
      method: 'PUT',
      headers: { 'If-Match': `W/"${resource.meta.versionId}"` },
      body: JSON.stringify(resource),
    });
    return status === 412 || !body ? 'conflict' : (body as T);
  }

  const serviceOf = (id: string) => options.services.find((service) => service.id === id);
  const serviceTyped = (code: string | undefined) => options.services.find((service) => service.serviceType === code);
  const codeOf = (resource: { serviceType?: { coding?: { code?: string }[] }[] }): string | undefined =>
    resource.serviceType?.[0]?.coding?.[0]?.code;

  function window(): { from: LocalDate; to: LocalDate } {
    const today = londonWallClock(now()).date;
    return { from: addDays(today, options.window.fromDays), to: addDays(today, options.window.toDays) };
  }

  const holdOf = (slot: FhirSlot): { id: string; until: number } | undefined => {
    const [id, until] = slot.extension?.find(({ url }) => url === HOLD_EXTENSION)?.valueString.split(' ') ?? [];
    return id && until ? { id, until: Date.parse(until) } : undefined;
  };
  /**
   * A place anyone may hold: free, or held by one of our holds that has ended. A `busy-tentative` Slot without our
   * extension is the system's own (a reservation its staff made): never ours to take.
   */
  const takeable = (slot: FhirSlot): boolean => {
    const hold = holdOf(slot);
    return slot.status === 'free' || (slot.status === 'busy-tentative' && !!hold && hold.until <= now().getTime());
  };

  /**
   * The service's Slots starting from `from` to before `to`, every page of the answer (links followed only on the
   * system's own origin), each checked: a Slot of that service, with its times. What is not is left out.
   */
  async function slotsBetween(serviceType: string, from: Date, to: Date): Promise<FhirSlot[]> {
    const query = new URLSearchParams([
      ['service-type', serviceType],
      ['start', `ge${from.toISOString()}`],
      ['start', `lt${to.toISOString()}`],
    ]);
    const found: FhirSlot[] = [];
    let page: string | undefined = `Slot?${query.toString()}`;
    for (let pages = 0; page && pages < 100; pages++) {
      const body = (await fhir(page)).body as SearchSet<FhirSlot> | undefined;
      for (const { resource } of body?.entry ?? []) {
        const start = Date.parse(resource.start);
        const valid =
          resource.resourceType === 'Slot' &&
          typeof resource.id === 'string' &&
          codeOf(resource) === serviceType &&
          start >= from.getTime() &&
          start < to.getTime() &&
          !Number.isNaN(Date.parse(resource.end));
        if (valid) found.push(resource);
      }
      const next = body?.link?.find(({ relation }) => relation === 'next')?.url;
      page = next && new URL(next).origin === new URL(base).origin ? next : undefined;
    }
    return found;
  }

  /** The first instant of a London date (midnight always happens: the clocks change at 1am). */
  const dayStart = (date: LocalDate): Date => londonInstants(date, '00:00')[0] ?? new Date(`${date}T00:00:00Z`);

  /** A Slot by its id: FHIR's id characters only, so that an id from a request never reaches another path. */
  async function slotOf(id: string): Promise<FhirSlot | undefined> {
    if (!FHIR_ID.test(id)) return undefined;
    const slot = (await fhir(`Slot/${encodeURIComponent(id)}`).catch(() => undefined))?.body as FhirSlot | undefined;
    return slot?.resourceType === 'Slot' ? slot : undefined;
  }

  /** Turns a live hold's Slot `busy`: the Slot, or undefined when the hold has ended or was taken over. */
  async function claim(holdId: string, serviceType?: string): Promise<FhirSlot | undefined> {
    const [slotId = '', token] = holdId.split('~');
    const slot = token ? await slotOf(slotId) : undefined;
    const hold = slot && holdOf(slot);
    const at = now().getTime();
    if (!slot || !hold || slot.status !== 'busy-tentative' || hold.id !== token || hold.until <= at) return undefined;
    if (Date.parse(slot.start) <= at || (serviceType !== undefined && codeOf(slot) !== serviceType)) return undefined;
    const busy = await put('Slot', marked(slot, 'busy'));
    return busy === 'conflict' ? undefined : busy;
  }

  /** Gives back the place of a booking that has let it go: its Slot, while it is still `busy`. */
  async function free(slotId: string): Promise<void> {
    for (let attempt = 0; attempt < RETRIES; attempt++) {
      const slot = await slotOf(slotId);
      if (slot?.status !== 'busy' || (await put('Slot', marked(slot, 'free'))) !== 'conflict') return;
    }
  }

  async function appointmentOf(reference: string): Promise<FhirAppointment | undefined> {
    const query = new URLSearchParams({ identifier: `${REFERENCE_SYSTEM}|${reference}` });
    const { body } = await fhir(`Appointment?${query.toString()}`);
    return (body as SearchSet<FhirAppointment> | undefined)?.entry?.[0]?.resource;
  }

  const asAppointment = (appointment: FhirAppointment): Appointment | undefined => {
    const service = serviceTyped(codeOf(appointment));
    const reference = appointment.identifier?.find(({ system }) => system === REFERENCE_SYSTEM)?.value;
    if (!service || !reference || appointment.resourceType !== 'Appointment') return undefined;
    const language = appointment.contained?.[0]?.communication?.[0]?.language.coding[0]?.code;
    return {
      reference,
      service: service.id,
      startAt: new Date(appointment.start),
      endAt: new Date(appointment.end),
      status: appointment.status,
      language: language === 'cy' ? 'cy' : 'en',
    };
  };

  /**
   * Writes an Appointment changed by `change`, on a fresh read when another write came first: the Appointment, and
   * whether this call changed it (undefined `change`: nothing to do). Throws when others kept writing first.
   */
  async function rewrite(
    reference: string,
    change: (appointment: FhirAppointment) => FhirAppointment | undefined,
  ): Promise<{ appointment: FhirAppointment; changed: boolean } | undefined> {
    for (let attempt = 0; attempt < RETRIES; attempt++) {
      const appointment = await appointmentOf(reference);
      const changed = appointment && change(appointment);
      if (!appointment || !changed) return appointment && { appointment, changed: false };
      const written = await put('Appointment', changed);
      if (written !== 'conflict') return { appointment: written, changed: true };
    }
    throw new Error(`The booking system's appointment ${reference} kept changing under us`);
  }

  return {
    services: () =>
      Promise.resolve({
        services: options.services.map(({ id, name, slotMinutes }) => ({ id, name, slotMinutes })),
        bookable: window(),
      }),

    async availability(id, from, to) {
      const service = serviceOf(id);
      if (!service) return undefined;
      const slots = await slotsBetween(service.serviceType, dayStart(from), dayStart(addDays(to, 1)));
      const times = new Map<string, { startAt: Date; endAt: Date; free: number }>();
      for (const slot of slots) {
        const startAt = new Date(slot.start);
        const time = times.get(startAt.toISOString()) ?? { startAt, endAt: new Date(slot.end), free: 0 };
        if (takeable(slot)) time.free++;
        times.set(startAt.toISOString(), time);
      }
      const at = now().getTime();
      const sorted = [...times.values()].sort((a, b) => a.startAt.getTime() - b.startAt.getTime());
      const days: { date: LocalDate; slots: AvailableSlot[] }[] = [];
      for (let date = from; date <= to; date = addDays(date, 1))
        days.push({
          date,
          slots: sorted
            .filter(({ startAt }) => londonWallClock(startAt).date === date)
            .map(({ startAt, endAt, free: places }) => {
              const past = startAt.getTime() <= at;
              return {
                startAt,
                endAt,
                status: past ? 'busy-unavailable' : places > 0 ? 'free' : 'busy',
                placesLeft: past ? 0 : places,
              };
            }),
        });
      return days;
    },

    async hold(id, startAt) {
      const service = serviceOf(id);
      const { from, to } = window();
      const date = londonWallClock(startAt).date;
      if (!service || startAt.getTime() <= now().getTime() || date < from || date > to) return 'unknown';
      const expiresAt = new Date(now().getTime() + options.holdMinutes * 60_000);
      const token = newSecret();
      for (let round = 0; round < RETRIES; round++) {
        const slots = await slotsBetween(service.serviceType, startAt, new Date(startAt.getTime() + 1));
        if (!slots.length) return 'unknown';
        const places = slots.filter(takeable);
        if (!places.length) return 'full';
        for (const slot of places) {
          const held = await put('Slot', marked(slot, 'busy-tentative', `${token} ${expiresAt.toISOString()}`));
          if (held !== 'conflict')
            return { id: `${held.id}~${token}`, startAt: new Date(held.start), endAt: new Date(held.end), expiresAt };
        }
      }
      return 'full';
    },

    async book(holdId, details: BookingDetails) {
      const slot = await claim(holdId);
      const service = slot && serviceTyped(codeOf(slot));
      if (!slot || !service) return 'hold-expired';
      const reference = newBookingReference();
      const booked: Appointment = {
        reference,
        service: service.id,
        startAt: new Date(slot.start),
        endAt: new Date(slot.end),
        status: 'booked',
        language: details.language,
      };
      const telecom = [
        { system: 'email', value: details.email },
        ...(details.phone ? [{ system: 'phone', value: details.phone }] : []),
      ];
      try {
        await fhir('Appointment', {
          method: 'POST',
          body: JSON.stringify({
            resourceType: 'Appointment',
            status: 'booked',
            identifier: [{ system: REFERENCE_SYSTEM, value: reference }],
            serviceType: slot.serviceType,
            start: slot.start,
            end: slot.end,
            slot: [{ reference: `Slot/${slot.id}` }],
            contained: [
              {
                resourceType: 'Patient',
                id: 'resident',
                name: [{ text: details.name }],
                telecom,
                communication: [{ language: { coding: [{ system: 'urn:ietf:bcp:47', code: details.language }] } }],
              },
            ],
            participant: [{ actor: { reference: '#resident', display: details.name }, status: 'accepted' }],
          }),
        });
        return booked;
      } catch (error) {
        // The answer lost is not the appointment lost: it is looked for by its reference first. Only when the
        // system has none is the place given back, and the failure told as it is.
        if (await appointmentOf(reference).catch(() => undefined)) return booked;
        await free(slot.id);
        throw error;
      }
    },

    async cancel(reference) {
      const cancelled = await rewrite(reference, (appointment) =>
        appointment.status === 'booked' ? { ...appointment, status: 'cancelled' } : undefined,
      );
      if (!cancelled) return undefined;
      // Only the call that cancelled it gives its place back: a second cancel must not free a place someone else
      // has taken since.
      if (cancelled.changed)
        for (const { reference: slot } of cancelled.appointment.slot ?? []) await free(slot.replace(/^Slot\//, ''));
      return asAppointment(cancelled.appointment);
    },

    async move(reference, _tokenHash, holdId) {
      const current = await appointmentOf(reference);
      if (current?.status !== 'booked') return undefined;
      const slot = await claim(holdId, codeOf(current));
      if (!slot) return 'hold-expired';
      let old: string[] = [];
      const moved = await rewrite(reference, (appointment) => {
        if (appointment.status !== 'booked') return undefined;
        old = (appointment.slot ?? []).map(({ reference: at }) => at.replace(/^Slot\//, ''));
        return { ...appointment, start: slot.start, end: slot.end, slot: [{ reference: `Slot/${slot.id}` }] };
      }).catch(async (error: unknown) => {
        // Not moved: the new place goes back.
        await free(slot.id);
        throw error;
      });
      if (!moved?.changed) {
        // Cancelled meanwhile: the new place goes back.
        await free(slot.id);
        return undefined;
      }
      for (const id of old) await free(id);
      return asAppointment(moved.appointment);
    },

    async find(reference) {
      const appointment = await appointmentOf(reference);
      return appointment && asAppointment(appointment);
    },
  };
}
