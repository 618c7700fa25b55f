/**
 * Times of day for residents, in Europe/London: the instants a London wall-clock time names on a date, with their
 * UTC offsets, whatever the zone of the browser or server. On the last Sunday of March 01:00–01:59 names no instant
 * (the clocks go forward); on the last Sunday of October it names two (01:30 BST, then 01:30 GMT). Only `Intl` knows
 * the rules: nothing here assumes an offset.
 */
import { londonFormat, partsOf, type LocalDate } from './local-date.js';

/** A wall-clock time, `HH:MM`, 00:00 to 23:59. */
export type WallTime = string;

const WALL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes since midnight of a wall-clock time, or undefined when it is not one. */
export function minutesOf(time: string): number | undefined {
  const match = WALL_TIME.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

/** `HH:MM` of minutes since midnight. */
export function wallTimeOf(minutes: number): WallTime {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

const clockFormat = londonFormat({
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * Makes the formatter `londonWallClock` uses, if not yet made (`londonFormat`). A component calls this while it waits
 * for the times it will show.
 */
export function prepareLondonClock(): void {
  clockFormat.prepare();
}

/** The London date and wall-clock time at an instant. */
export function londonWallClock(at: Date): { date: LocalDate; time: WallTime } {
  const parts = clockFormat.parts(at);
  return {
    date: `${parts['year'] ?? ''}-${parts['month'] ?? ''}-${parts['day'] ?? ''}`,
    time: `${parts['hour'] ?? ''}:${parts['minute'] ?? ''}`,
  };
}

/** London is never more than an hour from UTC, and never behind it: the offsets to try, in minutes. */
const LONDON_OFFSETS = [60, 0] as const;

/**
 * The instants at which London's clocks show `time` on `date`, earliest first: one on most days, none in the hour
 * the clocks skip, two in the hour they repeat.
 */
export function londonInstants(date: LocalDate, time: WallTime): Date[] {
  const day = partsOf(date);
  const minutes = minutesOf(time);
  if (!day || minutes === undefined) throw new RangeError(`Not a London date and time: ${date} ${time}`);
  const asIfUtc = Date.UTC(day.year, day.month - 1, day.day) + minutes * 60_000;
  return LONDON_OFFSETS.map((offset) => new Date(asIfUtc - offset * 60_000)).filter((at) => {
    const shown = londonWallClock(at);
    return shown.date === date && shown.time === time;
  });
}

/** The instant as ISO 8601 with London's offset then (`2026-10-25T01:30:00+01:00`): a time that says which one. */
export function londonIso(at: Date): string {
  const { date, time } = londonWallClock(at);
  const asIfUtc = Date.parse(`${date}T${time}:00Z`);
  // The wall clock shows whole minutes: the offset is from the instant's own minute, whatever its seconds.
  const offset = (asIfUtc - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000;
  const sign = offset < 0 ? '-' : '+';
  return `${date}T${time}:${String(at.getUTCSeconds()).padStart(2, '0')}${sign}${wallTimeOf(Math.abs(offset))}`;
}
