import { html, nothing, type TemplateResult } from 'lit-html';
import { dateInWords, dateNames } from '@council-components/collections/date-words.js';
import { addDays, weekday, type LocalDate } from '@council-components/collections/local-date.js';
import { addMonths, monthStart } from './typed-date.js';

/**
 * Where a key moves the calendar's focus, as MOJ's date picker does: a day (arrows left and right), a week (up and
 * down), the week's first and last days (Home, End), a month (Page Up, Page Down), a year (with Shift). Undefined:
 * not a key the calendar takes.
 */
export function dateAfterKey(date: LocalDate, key: string, shift: boolean): LocalDate | undefined {
  const day = weekday(date);
  const moves: Record<string, () => LocalDate> = {
    ArrowLeft: () => addDays(date, -1),
    ArrowRight: () => addDays(date, 1),
    ArrowUp: () => addDays(date, -7),
    ArrowDown: () => addDays(date, 7),
    Home: () => addDays(date, 1 - day),
    End: () => addDays(date, 7 - day),
    PageUp: () => addMonths(date, shift ? -12 : -1),
    PageDown: () => addMonths(date, shift ? 12 : 1),
  };
  return moves[key]?.();
}

export interface CalendarParts {
  id: string;
  lang: 'en' | 'cy';
  /** The date with focus (the one tab stop), whose month is shown. */
  focus: LocalDate;
  /** The date chosen, if any. */
  chosen: LocalDate | undefined;
  /** Whether a date can be chosen; the others are `aria-disabled`, still reached, as MOJ's are. */
  open: (date: LocalDate) => boolean;
  words: { title: string; previous: string; next: string; close: string };
  onKey: (event: KeyboardEvent) => void;
  onPick: (date: LocalDate) => void;
  onMonth: (months: number) => void;
  onClose: () => void;
}

/**
 * The calendar dialog of MOJ's date picker: the month's weeks, Monday first, each day a button named by its date in
 * words; the month's name said when it changes; previous and next month buttons; "Close" (and Esc).
 */
export function calendarGrid(parts: CalendarParts): TemplateResult {
  const { id, lang, focus, chosen, open, words } = parts;
  const { days, months } = dateNames(lang);
  const first = monthStart(focus, 0);
  const start = addDays(first, 1 - weekday(first));
  const weeks = Array.from({ length: 6 }, (_, week) =>
    Array.from({ length: 7 }, (_, day) => addDays(start, week * 7 + day)),
  )
    // A week wholly in the next month is not drawn.
    .filter((week) => (week[0] ?? '') < monthStart(focus, 1));
  const month = `${months[Number(focus.slice(5, 7)) - 1] ?? ''} ${focus.slice(0, 4)}`;
  const short = (name: string): string => name.replace(/^Dydd /, '').slice(0, 2);
  return html`<div
    class="ccuk-booking__calendar"
    id=${`${id}-calendar`}
    role="dialog"
    aria-modal="false"
    aria-labelledby=${`${id}-calendar-title`}
    @keydown=${(event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      parts.onClose();
    }}
  >
    <h3 class="ccuk-heading-s" id=${`${id}-calendar-title`}>${words.title}</h3>
    <div class="ccuk-booking__calendar-nav">
      <button class="ccuk-button ccuk-button--secondary" type="button" @click=${() => parts.onMonth(-1)}>
        ${words.previous}
      </button>
      <div class="ccuk-booking__month" id=${`${id}-calendar-month`} aria-live="polite">${month}</div>
      <button class="ccuk-button ccuk-button--secondary" type="button" @click=${() => parts.onMonth(1)}>
        ${words.next}
      </button>
    </div>
    <table class="ccuk-booking__calendar-days" role="grid" aria-labelledby=${`${id}-calendar-month`}>
      <thead>
        <tr>
          ${days.map((name) => html`<th scope="col" abbr=${name}>${short(name)}</th>`)}
        </tr>
      </thead>
      <tbody @keydown=${parts.onKey}>
        ${weeks.map(
          (week) =>
            html`<tr>
              ${week.map((date) =>
                date.slice(0, 7) === first.slice(0, 7)
                  ? html`<td>
                      <button
                        type="button"
                        class="ccuk-booking__day"
                        data-date=${date}
                        tabindex=${date === focus ? '0' : '-1'}
                        aria-label=${`${dateInWords(date, lang)} ${date.slice(0, 4)}`}
                        aria-disabled=${open(date) ? nothing : 'true'}
                        aria-pressed=${date === chosen ? 'true' : nothing}
                        @click=${() => {
                          if (open(date)) parts.onPick(date);
                        }}
                      >
                        ${Number(date.slice(8))}
                      </button>
                    </td>`
                  : html`<td></td>`,
              )}
            </tr>`,
        )}
      </tbody>
    </table>
    <button class="ccuk-button ccuk-button--secondary" type="button" @click=${parts.onClose}>${words.close}</button>
  </div>`;
}
