import type { PropertyDeclarations } from '@lit/reactive-element';
import { html, nothing, type TemplateResult } from 'lit-html';
import { dateInWords } from '@council-components/collections/date-words.js';
import { londonDate, type LocalDate } from '@council-components/collections/local-date.js';
import { prepareLondonClock } from '@council-components/collections/london-time.js';
import { londonTimeInWords, londonTimeRangeInWords, TIME_WORDS } from '@council-components/collections/time-words.js';
import { CouncilElement } from '@council-components/core/base-element.js';
import { elementById } from '@council-components/core/dom/element-by-id.js';
import { reportInvalid } from '@council-components/core/form/invalid.js';
import type { MessageParams } from '@council-components/core/i18n/catalogue.js';
import { LocalizeController } from '@council-components/core/i18n/localize-controller.js';
import { Announcer } from '@council-components/core/live/announcer.js';
import { newAttemptKey } from '@council-components/core/provider/send-once.js';
import { formGroup } from '@council-components/core/render/form-group.js';
import { PageContent } from '@council-components/core/render/page-content.js';
import { radios, type RadioItem } from '@council-components/core/render/radios.js';
import { RequestController } from '@council-components/core/request/request-controller.js';
import type { Booked, BookingServices, Hold, Slot } from '@council-components/http/booking-api.js';
import {
  availability,
  bookHeld,
  bookingServices,
  bookingUrl,
  holdSlot,
  type BookingDetails,
} from './booking-endpoint.js';
import { calendarGrid, dateAfterKey } from './calendar-grid.js';
import { typedDateOf, type TypedDate, type TypedDateProblem } from './typed-date.js';
import { bookingStrings, type BookingMessageKey } from './booking.strings.js';
import { styles } from './booking.styles.generated.js';
import { packageName, packageVersion } from './package-version.generated.js';

/**
 * Where the resident is: `loading` what can be booked, then choosing the `service` (when there is more than one),
 * the `date`, the `time`, giving their `details`, checking their answers (`check`), and `confirmed`. `unavailable`:
 * the council's back end could not be reached.
 */
export type BookingStep = 'loading' | 'unavailable' | 'service' | 'date' | 'time' | 'details' | 'check' | 'confirmed';

/** The answers the resident gives, by the question that asks them. */
type Question = 'service' | 'date' | 'time' | 'name' | 'email' | 'phone';

/** A question's problem: its message, and what the message names. */
type Problem = { key: BookingMessageKey; params?: MessageParams };

/** The detail of `council-booking-confirmed`: the booking, and the token that changes or cancels it. */
export type BookingConfirmedDetail = Booked & { service: string };

/** When a hold has this long left, the resident is told when it ends. */
const WARN_BEFORE_MS = 2 * 60_000;

/** With this many dates or fewer, they are radios; with more, a calendar (MOJ's date picker) and a typed date. */
const FEW_DATES = 8;

const DATE_ERRORS: Readonly<Record<TypedDateProblem, BookingMessageKey>> = {
  empty: 'errorDateEmpty',
  incomplete: 'errorDateIncomplete',
  real: 'errorDateReal',
  past: 'errorDatePast',
  between: 'errorDateBetween',
};

/**
 * `<council-booking>`: book an appointment or a slot with the council's back end (`@council-components/server`'s
 * booking handlers, or an adapter to the council's booking system): what to book, a date, a time with the places
 * left, the resident's details, a check of their answers, and the confirmation with its reference and a calendar
 * file. The place chosen is held while the resident gives their details; when it would be lost they are told, and
 * when someone else takes it first they choose another time with their answers kept.
 *
 * @customElement council-booking
 * @attr {string} strings - JSON replacing any of its text, per language: `{"cy":{"heading":"…"}}`.
 * @attr {string} telemetry - `off`: this element is left out of the adoption beacon (core's README, "Adoption telemetry").
 * @fires {CustomEvent<BookingConfirmedDetail>} council-booking-confirmed - Booked: its reference, time, and the token that changes or cancels it (for the council's confirmation email).
 * @fires {CustomEvent<InvalidDetail>} council-invalid - An answer has problems: `{ fieldId, message }[]`, for the page's error summary.
 * @slot - The page author's content, kept without JavaScript: another way to book (a telephone number, a form).
 */
export class CouncilBooking extends CouncilElement {
  static override packageName = packageName;
  static override version = packageVersion;
  static override componentCss = styles;

  static override properties: PropertyDeclarations = {
    name: { reflect: true },
    endpoint: {},
    service: {},
    heading: {},
    headingEn: { attribute: 'heading-en' },
    headingCy: { attribute: 'heading-cy' },
    contactHref: { attribute: 'contact-href' },
    step: { state: true },
    problems: { state: true },
  };

  /** The start of every id it gives its parts: `booking` gives `booking-name`. */
  declare name: string;
  /** The council's booking back end (`/api/booking`), as `openapi/booking.openapi.json` describes it. */
  declare endpoint: string | undefined;
  /** The one thing this page books (`tip-visit`), by its id on the back end: the resident is not asked. */
  declare service: string | undefined;
  /** The component's heading, in any language; `heading-cy` on a Welsh page. Default "Book an appointment". */
  declare heading: string | undefined;
  declare headingEn: string | undefined;
  declare headingCy: string | undefined;
  /** The council's page for other ways to book, and to change or cancel a booking. */
  declare contactHref: string | undefined;

  declare protected step: BookingStep;
  declare protected problems: Partial<Record<Question, Problem>>;

  /** @internal Not for pages: for the component, its tests and the kit. */
  readonly i18n = new LocalizeController<BookingMessageKey>(this, bookingStrings, () => this.strings);
  readonly #pageContent = new PageContent(this);
  readonly #announcer = new Announcer(this);
  /** What it asks the back end, one request at a time; a failure the resident puts right at a question says nothing. */
  readonly #request = new RequestController<unknown>(this, {
    announcer: this.#announcer,
    loading: () => this.i18n.t(this.#busy),
    failure: (error) =>
      this.step === 'loading' || error.code?.startsWith('booking-slot') ? '' : this.i18n.t('bookFailed'),
  });
  #busy: BookingMessageKey = 'loading';
  #loaded: Promise<void> | undefined;
  #services: BookingServices | undefined;
  #serviceId: string | undefined;
  #days = new Map<LocalDate, Slot[]>();
  /** The date radio chosen: a date, or `other` for a typed one. */
  #dateChoice: string | undefined;
  #typed: TypedDate = { day: '', month: '', year: '' };
  #calendar: LocalDate | undefined;
  #date: LocalDate | undefined;
  #start: string | undefined;
  #hold: Hold | undefined;
  #holdState: 'held' | 'ending' | 'lapsed' = 'held';
  #timers: ReturnType<typeof setTimeout>[] = [];
  #details: BookingDetails = { name: '', email: '', phone: '' };
  #attempt: { key: string; hold: string; body: string } | undefined;
  #booked: Booked | undefined;
  /** A Change link was followed: the resident goes back to check their answers once that one is answered. */
  #backToCheck = false;

  constructor() {
    super();
    this.name = 'booking';
    this.step = 'loading';
    this.problems = {};
  }

  /**
   * The step the resident is on.
   * @internal Not for pages: for the component, its tests and the kit.
   */
  get currentStep(): BookingStep {
    return this.#endpoint() ? this.step : 'unavailable';
  }

  /** Resolves once what can be booked has been asked (and its dates, when there is one thing to book). */
  async ready(): Promise<BookingStep> {
    await this.updateComplete;
    await (this.#loaded ??= this.#load());
    return this.step;
  }

  /** "What do you want to book?": chooses `id`, and continues. */
  async chooseService(id: string): Promise<boolean> {
    await this.ready();
    this.#serviceId = id;
    return this.#continue();
  }

  /** "Choose a date": a date among the radios or in the calendar (`YYYY-MM-DD`), or one typed; then continues. */
  async chooseDate(date: LocalDate | TypedDate): Promise<boolean> {
    await this.ready();
    const radios = this.#fewDates();
    if (typeof date === 'string' && radios) this.#dateChoice = date;
    else {
      if (radios) this.#dateChoice = 'other';
      this.#typed =
        typeof date === 'string'
          ? { day: String(Number(date.slice(8))), month: String(Number(date.slice(5, 7))), year: date.slice(0, 4) }
          : date;
    }
    return this.#continue();
  }

  /** "Choose a time": the slot starting at `start` (as the back end gave it, with its offset); then holds it. */
  async chooseTime(start: string): Promise<boolean> {
    await this.ready();
    this.#start = start;
    return this.#continue();
  }

  /** "Your details": name, email and telephone (optional); then continues to check them. */
  async giveDetails(details: Partial<BookingDetails>): Promise<boolean> {
    await this.ready();
    this.#details = { ...this.#details, ...details };
    return this.#continue();
  }

  /** "Confirm booking", on the check page. */
  async confirm(): Promise<boolean> {
    await this.ready();
    return this.#continue();
  }

  /** A "Change" link of the check page: back to that question, every answer kept. */
  async change(question: 'service' | 'date' | 'time' | 'details'): Promise<void> {
    this.#backToCheck = true;
    await this.#go(question);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after its first asking was stopped by leaving it: asked again.
    if (this.hasUpdated && !this.#loaded) this.#loaded = this.#load();
    // Moved in the page while holding: the hold's warnings are set again.
    if (this.#hold) this.#watchHold(this.#hold);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#timers.forEach(clearTimeout);
  }

  override firstUpdated(): void {
    this.#loaded ??= this.#load();
  }

  #endpoint(): URL | undefined {
    try {
      return this.endpoint ? new URL(this.endpoint, this.ownerDocument.baseURI) : undefined;
    } catch {
      return undefined;
    }
  }

  #id(part: string): string {
    return `${this.idBase(this.name)}-${part}`;
  }

  #lang(): 'en' | 'cy' {
    return this.i18n.lang === 'cy' ? 'cy' : 'en';
  }

  /** What can be booked; then the dates, when there is one thing (or the page says which). */
  async #load(): Promise<void> {
    const endpoint = this.#endpoint();
    // No back end: the resident is told to book another way (`currentStep` is `unavailable`).
    if (!endpoint) return;
    this.#busy = 'loading';
    const services = await this.#request.run((signal) => bookingServices(endpoint, signal));
    if (!services) return this.#notLoaded();
    this.#services = services as BookingServices;
    const only = this.#services.services.length === 1 ? this.#services.services[0]?.id : this.service;
    if (only && this.#services.services.some(({ id }) => id === only)) {
      this.#serviceId = only;
      await this.#loadDays();
    } else this.step = 'service';
  }

  /** Every bookable day's slots for the service chosen; the date step once they are in. */
  async #loadDays(): Promise<boolean> {
    const endpoint = this.#endpoint();
    const service = this.#serviceId;
    const window = this.#services?.bookable;
    if (!endpoint || !service || !window) return false;
    this.#busy = 'loading';
    const answered = this.#request.run((signal) => availability(endpoint, service, window, signal));
    // While the back end answers: the formatter for London's clock, which the slots' times are drawn with.
    prepareLondonClock();
    const days = await answered;
    if (!days) {
      this.#notLoaded();
      return false;
    }
    this.#days = days as Map<LocalDate, Slot[]>;
    this.#daysFor = service;
    this.step = 'date';
    return true;
  }

  /**
   * Asking failed: the resident is told, with a way to try again. Stopped instead (the element left the page while
   * asking; a script moved or copied it): asked again when it is back.
   */
  #notLoaded(): void {
    if (this.#request.status === 'failed') this.step = 'unavailable';
    // Moved in one go (disconnected and connected before the stopped request ended): asked again now.
    else if (this.#request.status === 'idle') this.#loaded = this.isConnected ? this.#load() : undefined;
  }

  /** "Try again" once asking failed: one asking at a time, and focus on where the resident then is. */
  async #loadAgain(): Promise<void> {
    if (this.#request.busy) return;
    this.step = 'loading';
    await (this.#loaded = this.#load());
    await this.#go(this.step);
  }

  #freeSlots(date: LocalDate | undefined): Slot[] {
    return (date && this.#days.get(date)?.filter((slot) => slot.status === 'free')) || [];
  }

  #freeDates(): LocalDate[] {
    return [...this.#days.keys()].filter((date) => this.#freeSlots(date).length > 0);
  }

  #fewDates(): boolean {
    return this.#freeDates().length <= FEW_DATES;
  }

  #serviceName(): string {
    const service = this.#services?.services.find(({ id }) => id === this.#serviceId);
    return service ? service.name[this.#lang()] : '';
  }

  /**
   * A date in words with its year: "Tuesday 8 December 2026". In a Welsh sentence "dydd" is lower case, and softens
   * after "ar" ("ar ddydd Mawrth"), as GOV.UK writes it; `after` says which.
   */
  #dateWords(date: LocalDate, after?: 'ar' | 'within'): string {
    const words = `${dateInWords(date, this.#lang())} ${date.slice(0, 4)}`;
    return after ? words.replace(/^Dydd/, after === 'ar' ? 'ddydd' : 'dydd') : words;
  }

  #slotWords(slot: { start: string; end: string }): string {
    return londonTimeRangeInWords(new Date(slot.start), new Date(slot.end), TIME_WORDS[this.#lang()]);
  }

  /** To another step, its heading focused (the resident's screen reader reads where they are). */
  async #go(step: BookingStep): Promise<void> {
    this.step = step;
    if (step === 'check') this.#backToCheck = false;
    this.problems = {};
    this.#calendar = undefined;
    await this.updateComplete;
    elementById(this, this.#id('step'))?.focus();
  }

  /** Shows the problems (`council-invalid` for the page's error summary); true when there are none. */
  #report(problems: Partial<Record<Question, Problem>>, fieldIds: Partial<Record<Question, string>>): boolean {
    this.problems = problems;
    this.performUpdate();
    const errors = (Object.keys(problems) as Question[]).map((question) => ({
      fieldId: fieldIds[question] ?? '',
      message: this.#problemText(question),
    }));
    return reportInvalid(this, errors, true);
  }

  #problemText(question: Question): string {
    const problem = this.problems[question];
    return problem ? this.i18n.t(problem.key, problem.params) : '';
  }

  /** "Continue" (or "Confirm booking") on the step the resident is on. */
  async #continue(): Promise<boolean> {
    if (this.#request.busy) return false;
    switch (this.step) {
      case 'service':
        return this.#continueFromService();
      case 'date':
        return this.#continueFromDate();
      case 'time':
        return this.#continueFromTime();
      case 'details':
        return this.#continueFromDetails();
      case 'check':
        return this.#book();
      default:
        return false;
    }
  }

  async #continueFromService(): Promise<boolean> {
    const chosen = this.#services?.services.find(({ id }) => id === this.#serviceId);
    if (
      !this.#report(chosen ? {} : { service: { key: 'errorService' } }, { service: this.#id('service-0') }) ||
      !chosen
    )
      return false;
    if (chosen.id === this.#daysFor) {
      // The same service (a Change link followed, nothing changed): its dates as they were, the time still held.
      await this.#go(this.#backToCheck && this.#hold && this.#detailsProblems() === undefined ? 'check' : 'date');
      return true;
    }
    // Another service: its own dates and times.
    this.#date = this.#start = this.#dateChoice = this.#hold = undefined;
    const loaded = await this.#loadDays();
    if (loaded) await this.#go('date');
    return loaded;
  }

  /** The service whose days are loaded. */
  #daysFor: string | undefined;

  /** The service the live hold is for. */
  #heldService: string | undefined;

  async #continueFromDate(): Promise<boolean> {
    const choice = this.#fewDates() ? this.#dateChoice : 'other';
    let problem: Problem | undefined;
    let date: LocalDate | undefined;
    const window = this.#services?.bookable ?? { from: '', to: '' };
    if (!choice) problem = { key: 'errorDateSelect' };
    else if (choice !== 'other') date = choice;
    else {
      const typed = typedDateOf(this.#typed, londonDate(new Date()), window);
      if ('problem' in typed)
        problem = {
          key: DATE_ERRORS[typed.problem],
          params: { from: this.#dateWords(window.from, 'within'), to: this.#dateWords(window.to, 'within') },
        };
      else date = typed.date;
    }
    if (date && this.#freeSlots(date).length === 0)
      problem = { key: 'errorDateFull', params: { date: this.#dateWords(date, 'ar') } };
    const fieldId = choice === 'other' ? this.#id('day') : this.#id('date-0');
    if (!this.#report(problem ? { date: problem } : {}, { date: fieldId }) || !date) return false;
    if (date !== this.#date) this.#start = undefined;
    this.#date = date;
    await this.#go('time');
    return true;
  }

  async #continueFromTime(): Promise<boolean> {
    const slot = this.#freeSlots(this.#date).find(({ start }) => start === this.#start);
    if (!this.#report(slot ? {} : { time: { key: 'errorTime' } }, { time: this.#id('time-0') }) || !slot) return false;
    const held = this.#hold;
    const live = held?.start === slot.start && this.#holdState !== 'lapsed' && this.#heldService === this.#serviceId;
    if (!live && !(await this.#holdChosen())) return false;
    await this.#go(this.#backToCheck && this.#detailsProblems() === undefined ? 'check' : 'details');
    return true;
  }

  /** Holds the time chosen. When someone else has taken its last place: back to the times, told kindly. */
  async #holdChosen(atConfirm = false): Promise<boolean> {
    const endpoint = this.#endpoint();
    const service = this.#serviceId;
    const start = this.#start;
    if (!endpoint || !service || !start) return false;
    this.#busy = 'holding';
    const hold = (await this.#request.run((signal) => holdSlot(endpoint, service, start, signal))) as Hold | undefined;
    if (hold) {
      this.#hold = hold;
      this.#heldService = service;
      this.#attempt = undefined;
      this.#watchHold(hold);
      return true;
    }
    if (this.#request.error?.code?.startsWith('booking-slot')) {
      // Taken while the resident checked their answers: once they choose another time, back to check them.
      if (atConfirm) this.#backToCheck = true;
      await this.#placeTaken();
    }
    return false;
  }

  /** The time chosen is gone: its day's places asked again, and the resident back at the times, with a kind word. */
  async #placeTaken(): Promise<void> {
    const endpoint = this.#endpoint();
    const date = this.#date;
    const service = this.#serviceId;
    this.#request.cancel();
    this.#start = undefined;
    this.#hold = undefined;
    if (endpoint && service && date) {
      const fresh = await this.#request.run((signal) =>
        availability(endpoint, service, { from: date, to: date }, signal),
      );
      for (const [day, slots] of (fresh as Map<LocalDate, Slot[]> | undefined) ?? []) this.#days.set(day, slots);
    }
    this.step = this.#freeSlots(date).length ? 'time' : 'date';
    if (this.step === 'date')
      this.#report(
        { date: { key: 'errorDateFull', params: { date: this.#dateWords(date ?? '', 'ar') } } },
        {
          date: this.#fewDates() ? this.#id('date-0') : this.#id('day'),
        },
      );
    else this.#report({ time: { key: 'slotTaken' } }, { time: this.#id('time-0') });
  }

  /** The hold's end, said two minutes before, and when it has passed. */
  #watchHold(hold: Hold): void {
    this.#timers.forEach(clearTimeout);
    const ends = Date.parse(hold.expiresAt);
    const left = ends - Date.now();
    this.#holdState = left <= 0 ? 'lapsed' : left <= WARN_BEFORE_MS ? 'ending' : 'held';
    const tell = (state: 'ending' | 'lapsed'): void => {
      this.#holdState = state;
      this.requestUpdate();
      if (this.step === 'details' || this.step === 'check')
        this.#announcer.announce(
          this.i18n.t(state === 'ending' ? 'holdEnding' : 'holdLapsed', { time: this.#holdEnd() }),
        );
    };
    this.#timers = [
      ...(this.#holdState === 'held' ? [setTimeout(() => tell('ending'), left - WARN_BEFORE_MS)] : []),
      ...(left > 0 ? [setTimeout(() => tell('lapsed'), left)] : []),
    ];
  }

  #holdEnd(): string {
    return this.#hold ? londonTimeInWords(new Date(this.#hold.expiresAt), TIME_WORDS[this.#lang()]) : '';
  }

  /** The details' problems, as GOV.UK words them; undefined when there are none. */
  #detailsProblems(): Partial<Record<Question, Problem>> | undefined {
    const { name, email, phone } = this.#details;
    const problems: Partial<Record<Question, Problem>> = {};
    if (!name.trim()) problems.name = { key: 'errorName' };
    if (!email.trim()) problems.email = { key: 'errorEmail' };
    else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) problems.email = { key: 'errorEmailFormat' };
    if (phone.trim() && !/^\+?[\d\s()-]{7,25}$/.test(phone.trim())) problems.phone = { key: 'errorPhone' };
    return Object.keys(problems).length ? problems : undefined;
  }

  async #continueFromDetails(): Promise<boolean> {
    const problems = this.#detailsProblems() ?? {};
    if (!this.#report(problems, { name: this.#id('name'), email: this.#id('email'), phone: this.#id('phone') }))
      return false;
    await this.#go('check');
    return true;
  }

  /**
   * "Confirm booking": books the hold, once whatever the retries. A hold the back end let go is held again once (the
   * same time, if it is still free), then booked; if it is not free, the resident chooses another time.
   */
  async #book(holdAgain = true): Promise<boolean> {
    const endpoint = this.#endpoint();
    if (!endpoint || !this.#hold) return false;
    const hold = this.#hold.hold;
    const asked = { ...this.#details, hold, language: this.#lang() };
    const body = JSON.stringify(asked);
    this.#busy = 'booking';
    const earlier = this.#attempt;
    let booked: Booked | undefined;
    if (earlier?.hold === hold && earlier.body !== body) {
      // The details changed after an attempt whose answer never came: that attempt is asked for first, as it was
      // sent (its key and details), so that it is never made twice; a new attempt only when it did not book.
      booked = (await this.#request.run((signal) =>
        bookHeld(endpoint, JSON.parse(earlier.body) as typeof asked, earlier.key, signal),
      )) as Booked | undefined;
    }
    if (!booked) {
      if (this.#attempt?.hold !== hold || this.#attempt.body !== body)
        this.#attempt = { key: newAttemptKey(), hold, body };
      const { key } = this.#attempt;
      booked = (await this.#request.run((signal) => bookHeld(endpoint, asked, key, signal))) as Booked | undefined;
    }
    if (!booked) {
      if (this.#request.error?.code !== 'booking-hold-expired' || !holdAgain) return false;
      this.#request.cancel();
      this.#start = this.#hold.start;
      return (await this.#holdChosen(true)) && this.#book(false);
    }
    this.#booked = booked;
    this.#hold = undefined;
    this.#timers.forEach(clearTimeout);
    await this.#go('confirmed');
    this.#announcer.announce(this.i18n.t('confirmedTitle'));
    this.dispatchEvent(
      new CustomEvent<BookingConfirmedDetail>('council-booking-confirmed', {
        detail: { ...booked, service: this.#serviceId ?? '' },
        bubbles: true,
        composed: true,
      }),
    );
    return true;
  }

  override render(): TemplateResult {
    const step = this.currentStep;
    return html`<div
      class="ccuk-root ccuk-booking"
      @keydown=${(event: KeyboardEvent) => {
        const target = event.target as HTMLElement;
        // Enter in a field continues, as the step's button does; never the host form's submit.
        if (event.key === 'Enter' && target.localName === 'input') {
          event.preventDefault();
          void this.#continue();
        }
      }}
    >
      <h2 class="ccuk-heading-m">${this.i18n.pageText('heading') ?? this.i18n.t('heading')}</h2>
      ${this.#renderStep(step)} ${this.#announcer.render()}
      <div data-ccuk-page ?hidden=${!this.#pageContent.found}></div>
    </div>`;
  }

  #renderStep(step: BookingStep): TemplateResult {
    switch (step) {
      case 'loading':
        return html`<p class="ccuk-body" id=${this.#id('step')} tabindex="-1">${this.i18n.t('loading')}</p>`;
      case 'unavailable':
        return html`<p class="ccuk-body" id=${this.#id('step')} tabindex="-1">${this.i18n.t('unavailable')}</p>
          <button class="ccuk-button" type="button" @click=${() => void this.#loadAgain()}>
            ${this.i18n.t('tryAgain')}
          </button>
          ${this.#renderContact()}`;
      case 'service':
        return this.#renderQuestion(
          'service',
          'serviceLegend',
          radios({
            name: this.#id('service'),
            items: (this.#services?.services ?? []).map(({ id, name }) => ({ value: id, label: name[this.#lang()] })),
            checked: this.#serviceId,
            onChange: (value) => (this.#serviceId = value),
          }),
        );
      case 'date':
        return this.#renderDate();
      case 'time':
        return this.#renderTime();
      case 'details':
        return this.#renderDetails();
      case 'check':
        return this.#renderCheck();
      default:
        return this.#renderConfirmed();
    }
  }

  #renderContact(): TemplateResult | typeof nothing {
    return this.contactHref
      ? html`<p class="ccuk-body"><a class="ccuk-link" href=${this.contactHref}>${this.i18n.t('contactUs')}</a></p>`
      : nothing;
  }

  /** A question's fieldset: its legend (the step's heading), hint, error message, its answers, and "Continue". */
  #renderQuestion(
    question: Question,
    legend: BookingMessageKey,
    body: TemplateResult,
    options: { params?: MessageParams; hint?: string; after?: TemplateResult } = {},
  ): TemplateResult {
    const error = this.#problemText(question);
    const errorId = this.#id(`${question}-error`);
    const hintId = this.#id(`${question}-hint`);
    return html`<div class="ccuk-form-group ${error ? 'ccuk-form-group--error' : ''}">
        <fieldset
          class="ccuk-fieldset"
          aria-describedby=${[options.hint ? hintId : '', error ? errorId : ''].join(' ').trim() || nothing}
        >
          <legend class="ccuk-fieldset__legend ccuk-fieldset__legend--s">
            <h3 class="ccuk-fieldset__heading" id=${this.#id('step')} tabindex="-1">
              ${this.i18n.t(legend, options.params)}
            </h3>
          </legend>
          ${options.hint ? html`<div class="ccuk-hint" id=${hintId}>${options.hint}</div>` : nothing}
          ${
            error
              ? html`<p class="ccuk-error-message" id=${errorId}>
                  <span class="ccuk-visually-hidden">${this.i18n.t('errorPrefix')}</span> ${error}
                </p>`
              : nothing
          }
          ${body}
        </fieldset>
      </div>
      ${options.after ?? nothing} ${this.#renderContinue('continue')}`;
  }

  #renderContinue(label: BookingMessageKey): TemplateResult {
    const failed = this.#request.status === 'failed' ? this.#request.error : undefined;
    const failure = failed && !failed.code?.startsWith('booking-slot') ? this.i18n.t('bookFailed') : '';
    return html`${
        failure
          ? html`<p class="ccuk-error-message" id=${this.#id('problem')}>${failure}</p>
              ${this.#renderContact()}`
          : nothing
      }
      <button
        class="ccuk-button"
        type="button"
        aria-disabled=${this.#request.busy ? 'true' : nothing}
        aria-describedby=${failure ? this.#id('problem') : nothing}
        @click=${() => void this.#continue()}
      >
        ${this.i18n.t(label)}
      </button>
      ${this.#request.busy ? html`<p class="ccuk-body">${this.i18n.t(this.#busy)}</p>` : nothing}`;
  }

  #renderDate(): TemplateResult {
    const free = this.#freeDates();
    if (!free.length)
      return html`<p class="ccuk-body" id=${this.#id('step')} tabindex="-1">${this.i18n.t('noDates')}</p>
        ${this.#renderContact()}`;
    const typed = this.#renderTypedDate();
    if (free.length <= FEW_DATES) {
      const items: RadioItem[] = free.map((date) => ({ value: date, label: dateInWords(date, this.#lang()) }));
      items.push({ value: 'other', label: this.i18n.t('anotherDate'), divider: this.i18n.t('or'), reveals: typed });
      return this.#renderQuestion(
        'date',
        'dateLegend',
        radios({
          name: this.#id('date'),
          items,
          checked: this.#dateChoice,
          onChange: (value) => {
            this.#dateChoice = value;
            this.requestUpdate();
          },
        }),
      );
    }
    const open = this.#calendar;
    return this.#renderQuestion('date', 'dateLegend', typed, {
      hint: this.i18n.t('dateHint', { example: this.#example(free) }),
      after: html`<div class="ccuk-booking__picker">
        <button
          class="ccuk-button ccuk-button--secondary"
          id=${this.#id('open-calendar')}
          type="button"
          aria-expanded=${open ? 'true' : 'false'}
          @click=${() => void this.#openCalendar(free)}
        >
          ${this.i18n.t('openCalendar')}
        </button>
        ${open ? this.#renderCalendar(open) : nothing}
      </div>`,
    });
  }

  /** The hint's example: the first date there are times on, as the resident would type it. */
  #example(free: LocalDate[]): string {
    const date = free[0] ?? '';
    return `${String(Number(date.slice(8)))} ${String(Number(date.slice(5, 7)))} ${date.slice(0, 4)}`;
  }

  async #openCalendar(free: LocalDate[]): Promise<void> {
    // The date typed, when it is one that can be booked; otherwise the first with times.
    const typed = this.#typedDate();
    this.#calendar = typed && this.#freeSlots(typed).length ? typed : (free[0] ?? '');
    this.requestUpdate();
    await this.#focusDay();
  }

  /** The date in the date input, if it is a real one. */
  #typedDate(): LocalDate | undefined {
    const typed = typedDateOf(this.#typed, '0000-01-01', { from: '0000-01-01', to: '9999-12-31' });
    return 'date' in typed ? typed.date : undefined;
  }

  async #focusDay(): Promise<void> {
    await this.updateComplete;
    this.querySelector<HTMLElement>(`#${this.#id('date-calendar')} [tabindex="0"]`)?.focus();
  }

  async #closeCalendar(): Promise<void> {
    this.#calendar = undefined;
    this.requestUpdate();
    await this.updateComplete;
    elementById(this, this.#id('open-calendar'))?.focus();
  }

  #renderCalendar(focus: LocalDate): TemplateResult {
    const window = this.#services?.bookable ?? { from: '', to: '' };
    const within = (date: LocalDate): LocalDate =>
      date < window.from ? window.from : date > window.to ? window.to : date;
    const move = (date: LocalDate): void => {
      this.#calendar = within(date);
      this.requestUpdate();
      void this.#focusDay();
    };
    return calendarGrid({
      id: this.#id('date'),
      lang: this.#lang(),
      focus,
      chosen: this.#typedDate(),
      open: (date) => this.#freeSlots(date).length > 0,
      words: {
        title: this.i18n.t('dateLegend'),
        previous: this.i18n.t('previousMonth'),
        next: this.i18n.t('nextMonth'),
        close: this.i18n.t('closeCalendar'),
      },
      onKey: (event) => {
        const next = dateAfterKey(focus, event.key, event.shiftKey);
        if (!next) return;
        event.preventDefault();
        move(next);
      },
      onPick: (date) => {
        this.#typed = {
          day: String(Number(date.slice(8))),
          month: String(Number(date.slice(5, 7))),
          year: date.slice(0, 4),
        };
        void this.#closeCalendar();
      },
      onMonth: (months) => {
        this.#calendar = within(dateAfterKey(focus, months < 0 ? 'PageUp' : 'PageDown', false) ?? focus);
        this.requestUpdate();
      },
      onClose: () => void this.#closeCalendar(),
    });
  }

  /** The GOV.UK date input: day, month and year. */
  #renderTypedDate(): TemplateResult {
    const error = !!this.problems.date && (this.#fewDates() ? this.#dateChoice === 'other' : true);
    const field = (part: keyof TypedDate, label: BookingMessageKey, width: string) =>
      html`<div class="ccuk-date-input__item">
        <div class="ccuk-form-group">
          <label class="ccuk-label ccuk-date-input__label" for=${this.#id(part)}>${this.i18n.t(label)}</label>
          <input
            class="ccuk-input ccuk-date-input__input ${width} ${error ? 'ccuk-input--error' : ''}"
            id=${this.#id(part)}
            type="text"
            inputmode="numeric"
            .value=${this.#typed[part]}
            @input=${(event: InputEvent) => {
              this.#typed = { ...this.#typed, [part]: (event.target as HTMLInputElement).value };
            }}
          />
        </div>
      </div>`;
    return html`<div class="ccuk-date-input">
      ${field('day', 'day', 'ccuk-input--width-2')} ${field('month', 'month', 'ccuk-input--width-2')}
      ${field('year', 'year', 'ccuk-input--width-4')}
    </div>`;
  }

  #renderTime(): TemplateResult {
    const slots = this.#freeSlots(this.#date);
    const item = (slot: Slot): RadioItem => ({
      value: slot.start,
      label: this.#slotWords(slot),
      hint: this.i18n.t('placesLeft', { count: slot.placesLeft }),
    });
    // London's wall-clock hour is in the time as the back end writes it, with its offset.
    const morning = slots.filter(({ start }) => start.slice(11, 13) < '12');
    const afternoon = slots.filter(({ start }) => start.slice(11, 13) >= '12');
    const group = (part: 'morning' | 'afternoon', list: Slot[], from: number) =>
      list.length
        ? html`<div role="group" aria-labelledby=${this.#id(part)}>
            <div class="ccuk-booking__group" id=${this.#id(part)}>${this.i18n.t(part)}</div>
            ${radios({
              name: this.#id('time'),
              items: list.map(item),
              checked: this.#start,
              onChange: (value) => (this.#start = value),
              from,
            })}
          </div>`
        : nothing;
    return this.#renderQuestion(
      'time',
      'timeLegend',
      html`${group('morning', morning, 0)} ${group('afternoon', afternoon, morning.length)}`,
      { params: { date: this.#dateWords(this.#date ?? '', 'ar') } },
    );
  }

  /** How long the place is held: until when, then that it will soon end, then that it has. */
  #renderHold(): TemplateResult | typeof nothing {
    if (!this.#hold) return nothing;
    const key = this.#holdState === 'held' ? 'heldUntil' : this.#holdState === 'ending' ? 'holdEnding' : 'holdLapsed';
    return html`<div class="ccuk-inset-text" id=${this.#id('hold')}>
      ${this.i18n.t(key, { time: this.#holdEnd() })}
    </div>`;
  }

  #renderDetails(): TemplateResult {
    const field = (part: 'name' | 'email' | 'phone', label: BookingMessageKey, type: string, autocomplete: string) =>
      formGroup({
        id: this.#id(part),
        label: this.i18n.t(label),
        error: this.#problemText(part),
        errorPrefix: this.i18n.t('errorPrefix'),
        control: (errorId, describedBy) =>
          html`<input
            class="ccuk-input ${part === 'name' ? 'ccuk-input--width-20' : ''} ${errorId ? 'ccuk-input--error' : ''}"
            id=${this.#id(part)}
            type=${type}
            autocomplete=${autocomplete}
            spellcheck=${part === 'name' ? nothing : 'false'}
            .value=${this.#details[part]}
            aria-describedby=${describedBy ?? nothing}
            @input=${(event: InputEvent) => {
              this.#details = { ...this.#details, [part]: (event.target as HTMLInputElement).value };
            }}
          />`,
      });
    return html`<h3 class="ccuk-heading-s" id=${this.#id('step')} tabindex="-1">${this.i18n.t('detailsHeading')}</h3>
      ${this.#renderHold()} ${field('name', 'nameLabel', 'text', 'name')}
      ${field('email', 'emailLabel', 'email', 'email')} ${field('phone', 'phoneLabel', 'tel', 'tel')}
      ${this.#renderContinue('continue')}`;
  }

  #renderCheck(): TemplateResult {
    // No hold for a moment (it was let go and someone took the place): no time shown until one is chosen again.
    const hold = this.#hold;
    const rows: [BookingMessageKey, string, 'service' | 'date' | 'time' | 'details' | undefined][] = [
      [
        'rowService',
        this.#serviceName(),
        (this.#services?.services.length ?? 0) > 1 && !this.service ? 'service' : undefined,
      ],
      ['rowDate', this.#dateWords(this.#date ?? ''), 'date'],
      ['rowTime', hold ? this.#slotWords(hold) : '', 'time'],
      ['rowName', this.#details.name, 'details'],
      ['rowEmail', this.#details.email, 'details'],
      ['rowPhone', this.#details.phone, 'details'],
    ];
    return html`<h3 class="ccuk-heading-s" id=${this.#id('step')} tabindex="-1">${this.i18n.t('checkHeading')}</h3>
      <dl class="ccuk-summary-list">
        ${rows.map(
          ([key, value, question]) =>
            html`<div class="ccuk-summary-list__row">
              <dt class="ccuk-summary-list__key">${this.i18n.t(key)}</dt>
              <dd class="ccuk-summary-list__value">${value}</dd>
              <dd class="ccuk-summary-list__actions">
                ${
                  question
                    ? html`<a
                        class="ccuk-link"
                        href=${`#${this.#id('step')}`}
                        @click=${(event: Event) => {
                          event.preventDefault();
                          void this.change(question);
                        }}
                        >${this.i18n.t('change')}<span class="ccuk-visually-hidden"> ${this.i18n.t(key)}</span></a
                      >`
                    : nothing
                }
              </dd>
            </div>`,
        )}
      </dl>
      ${this.#renderHold()} ${this.#renderContinue('confirm')}`;
  }

  #renderConfirmed(): TemplateResult {
    const booked = this.#booked;
    const endpoint = this.#endpoint();
    if (!booked || !endpoint) return html``;
    const calendar = bookingUrl(endpoint, 'calendar', { reference: booked.reference, key: booked.calendarKey });
    return html`<div class="ccuk-panel ccuk-panel--confirmation">
        <h3 class="ccuk-panel__title" id=${this.#id('step')} tabindex="-1">${this.i18n.t('confirmedTitle')}</h3>
        <div class="ccuk-panel__body">
          ${this.i18n.t('confirmedReference')}<br /><strong>${booked.reference}</strong>
        </div>
      </div>
      <p class="ccuk-body">
        ${this.i18n.t('confirmedWhat', {
          service: this.#serviceName(),
          date: this.#dateWords(booked.start.slice(0, 10)),
          time: this.#slotWords(booked),
        })}
      </p>
      <p class="ccuk-body">
        <a class="ccuk-link" href=${calendar.href} download=${`${booked.reference}.ics`}
          >${this.i18n.t('addToCalendar')}</a
        >
      </p>
      <p class="ccuk-body">${this.i18n.t('changeOrCancel')}</p>
      ${this.#renderContact()}`;
  }
}
