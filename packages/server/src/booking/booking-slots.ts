import { addDays, londonDate, weekday, type LocalDate } from '@council-components/collections/local-date.js';
import { londonInstants, minutesOf, wallTimeOf } from '@council-components/collections/london-time.js';
import { WEEKDAYS, type BookableService, type BookingConfig } from './booking-config.js';

/** A slot's time: the instant it starts and ends. */
export interface SlotTime {
  startAt: Date;
  endAt: Date;
}

/** The first and last dates a resident may book on, today being London's date at `now`. */
export function bookableDates(config: BookingConfig, now: Date): { first: LocalDate; last: LocalDate } {
  const today = londonDate(now);
  return { first: addDays(today, config.window.fromDays), last: addDays(today, config.window.toDays) };
}

/**
 * A service's slots on a London date, in order: one every `slotMinutes` from each opening time, each ending by the
 * closing time. Times are London's wall clock, turned into instants on the day itself: in the hour the clocks skip
 * (last Sunday of March) a slot does not exist; in the hour they repeat (last Sunday of October) it exists twice,
 * BST then GMT, each its own slot. None on a closure or bank holiday.
 */
export function slotsOn(service: BookableService, date: LocalDate, config: BookingConfig): SlotTime[] {
  if (service.closures.includes(date) || config.bankHolidays.includes(date)) return [];
  const hours = service.openingHours[WEEKDAYS[weekday(date) - 1] ?? 'monday'] ?? [];
  const slots: SlotTime[] = [];
  for (const [opens, closes] of hours) {
    const from = minutesOf(opens) ?? 0;
    const to = minutesOf(closes) ?? 0;
    for (let start = from; start + service.slotMinutes <= to; start += service.slotMinutes) {
      for (const startAt of londonInstants(date, wallTimeOf(start)))
        slots.push({ startAt, endAt: new Date(startAt.getTime() + service.slotMinutes * 60_000) });
    }
  }
  return slots.sort((a, b) => a.startAt.getTime() - b.startAt.getTime());
}

/** The places of a slot, as the storage layer's `places` pools name them: one pool per service and start instant. */
export function poolOf(serviceId: string, startAt: Date): string {
  return `booking:${serviceId}:${startAt.toISOString()}`;
}
