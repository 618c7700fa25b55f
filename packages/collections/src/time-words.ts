import { londonInstants, londonWallClock, minutesOf, type WallTime } from './london-time.js';

/**
 * The words a time of day is written with, per language. Written out, not taken from `Intl`: browsers and Node give
 * Welsh "AM"/"PM", where government services write "yb"/"yh" (GOV.UK's own Welsh times, HMRC). A council's
 * translator may choose otherwise (many hand-written Welsh strings keep "am"/"pm"): the component takes these as
 * strings it can replace.
 */
export interface TimeWords {
  am: string;
  pm: string;
  midday: string;
  /** Midday after "i" (to) in a range: Welsh mutates it ("10yb i ganol dydd"). */
  middayAfterTo: string;
  midnight: string;
  /** Between the two times of a range: "10am to 11am", "10yb i 11yb". */
  to: string;
  /** After a time the clocks show twice that day (the last Sunday of October): British Summer Time, then GMT. */
  summerTime: string;
  winterTime: string;
}

export const TIME_WORDS: Readonly<Record<'en' | 'cy', TimeWords>> = {
  en: {
    am: 'am',
    pm: 'pm',
    midday: 'midday',
    middayAfterTo: 'midday',
    midnight: 'midnight',
    to: 'to',
    summerTime: 'BST',
    winterTime: 'GMT',
  },
  cy: {
    am: 'yb',
    pm: 'yh',
    midday: 'canol dydd',
    middayAfterTo: 'ganol dydd',
    midnight: 'hanner nos',
    to: 'i',
    summerTime: 'BST',
    winterTime: 'GMT',
  },
};

/**
 * A wall-clock time as the GOV.UK style guide writes it: "9am", "5:30pm", "midday", "midnight" (no leading zero, no
 * ":00", no 24-hour clock); in Welsh "9yb", "5:30yh", "canol dydd", "hanner nos".
 */
export function timeInWords(time: WallTime, words: TimeWords, afterTo = false): string {
  const minutes = minutesOf(time);
  if (minutes === undefined) throw new RangeError(`Not a time of day: ${time}`);
  if (minutes === 0) return words.midnight;
  if (minutes === 12 * 60) return afterTo ? words.middayAfterTo : words.midday;
  const hour = Math.floor(minutes / 60) % 12 || 12;
  const minute = minutes % 60;
  return `${String(hour)}${minute === 0 ? '' : `:${String(minute).padStart(2, '0')}`}${minutes < 12 * 60 ? words.am : words.pm}`;
}

/**
 * An instant's time in London, in words; followed by "(BST)" or "(GMT)" when the clocks show it twice that day, so
 * that the two slots at 1:30am on the last Sunday of October are told apart.
 */
export function londonTimeInWords(at: Date, words: TimeWords, afterTo = false): string {
  const { date, time } = londonWallClock(at);
  const shown = timeInWords(time, words, afterTo);
  const instants = londonInstants(date, time);
  if (instants.length < 2) return shown;
  return `${shown} (${instants[0]?.getTime() === at.getTime() ? words.summerTime : words.winterTime})`;
}

/** A slot's time as a range: "10am to 10:30am", "11:30yb i ganol dydd". */
export function londonTimeRangeInWords(start: Date, end: Date, words: TimeWords): string {
  return `${londonTimeInWords(start, words)} ${words.to} ${londonTimeInWords(end, words, true)}`;
}
