import type { PropertyDeclarations, PropertyValues } from '@lit/reactive-element';
import { html, nothing, type TemplateResult } from 'lit-html';
import { CouncilElement } from '@council-components/core/base-element.js';
import { elementById } from '@council-components/core/dom/element-by-id.js';
import { reportInvalid, type FieldError } from '@council-components/core/form/invalid.js';
import { LocalizeController } from '@council-components/core/i18n/localize-controller.js';
import { Announcer } from '@council-components/core/live/announcer.js';
import type { ProviderError } from '@council-components/core/provider/provider-error.js';
import { formGroup } from '@council-components/core/render/form-group.js';
import { PageContent } from '@council-components/core/render/page-content.js';
import { RequestController } from '@council-components/core/request/request-controller.js';
import { referenceProblem, type ReferenceProblem } from '@council-components/http/payment-reference.js';
import type { PaymentOutcome, PaymentStatus } from '@council-components/http/payment-status.js';
import { amountInPence, inPounds, paymentLinkOf, type AmountProblem } from './amount-in-pence.js';
import { sleep } from '@council-components/core/provider/provider-client.js';
import { newAttemptKey } from '@council-components/core/provider/send-once.js';
import { createPayment, paymentStatus } from './payments-endpoint.js';
import { paymentStrings, type PaymentMessageKey } from './payment.strings.js';
import { styles } from './payment.styles.generated.js';
import { packageName, packageVersion } from './package-version.generated.js';

/**
 * Where a resident is: filling in the payment (`creating` while the council's back end sets it up), on their way to
 * GOV.UK Pay, or back from it: `checking`, then its outcome; `not-found` when this browser made no payment the back
 * end knows of, `check-failed` when the back end could not be asked. `unavailable`: paying online is not set up here.
 */
export type PaymentStep =
  'details' | 'creating' | 'redirecting' | 'unavailable' | 'checking' | PaymentOutcome | 'not-found' | 'check-failed';

/** Outcomes after which the resident may start again: no money was taken. */
const NOT_PAID: ReadonlySet<PaymentStep> = new Set(['declined', 'expired', 'cancelled', 'error', 'not-found']);

/** The words of each outcome: its heading and what to do next. */
const OUTCOME_WORDS: Readonly<Partial<Record<PaymentStep, readonly PaymentMessageKey[]>>> = {
  declined: ['declinedTitle', 'notTaken', 'declinedBody'],
  expired: ['expiredTitle', 'expiredBody', 'notTaken'],
  cancelled: ['cancelledTitle', 'notTaken'],
  error: ['errorTitle', 'notTaken', 'errorBody'],
  'in-progress': ['inProgressTitle', 'inProgressBody'],
  'not-found': ['notFoundTitle', 'notFoundBody'],
  'check-failed': ['checkFailedTitle', 'checkFailedBody'],
  unavailable: ['unavailable'],
};

/** The detail of `council-payment-start`: where the resident is about to be sent. */
export interface PaymentStartDetail {
  url: string;
}

const REFERENCE_ERRORS: Readonly<Record<ReferenceProblem, PaymentMessageKey>> = {
  empty: 'errorReferenceEmpty',
  'too-long': 'errorReferenceTooLong',
  characters: 'errorReferenceCharacters',
  'card-number': 'errorReferenceCard',
};

const AMOUNT_ERRORS: Readonly<Record<AmountProblem, PaymentMessageKey>> = {
  empty: 'errorAmountEmpty',
  invalid: 'errorAmountInvalid',
  'too-small': 'errorAmountTooSmall',
  'too-large': 'errorAmountTooLarge',
};

/**
 * `<council-payment>`: pay the council through GOV.UK Pay, in one of two ways.
 *
 * - **With the council's back end** (`endpoint`, `@council-components/server`'s payment handlers): the resident
 *   gives their reference; the back end prices the payment (`item`, or the reference) and sets it up on GOV.UK Pay;
 *   the resident pays there and comes back to the page, which then shows how it went.
 * - **With a payment link** made in GOV.UK Pay's admin (`payment-link`, no back end): it takes the reference (and the
 *   amount, where the link lets the resident choose it), checks them, and sends the resident to the link with both.
 *
 * @customElement council-payment
 * @attr {string} strings - JSON replacing any of its text, per language: `{"cy":{"continue":"…"}}`.
 * @attr {string} telemetry - `off`: this element is left out of the adoption beacon (core's README, "Adoption telemetry").
 * @fires {CustomEvent<PaymentStartDetail>} council-payment-start - The resident is about to go to GOV.UK Pay; cancel it to send them yourself.
 * @fires {CustomEvent<InvalidDetail>} council-invalid - What they gave has problems: `{ fieldId, message }[]`, for the page's error summary.
 * @slot - The page author's content, kept without JavaScript: a plain link to the payment, other ways to pay.
 */
export class CouncilPayment extends CouncilElement {
  static override packageName = packageName;
  static override version = packageVersion;
  static override componentCss = styles;

  static override properties: PropertyDeclarations = {
    name: { reflect: true },
    endpoint: {},
    item: {},
    checkFor: { type: Number, attribute: 'check-for' },
    paymentLink: { attribute: 'payment-link' },
    paymentLinkCy: { attribute: 'payment-link-cy' },
    description: {},
    descriptionEn: { attribute: 'description-en' },
    descriptionCy: { attribute: 'description-cy' },
    amount: { type: Number },
    amountEditable: { type: Boolean, attribute: 'amount-editable' },
    label: {},
    labelEn: { attribute: 'label-en' },
    labelCy: { attribute: 'label-cy' },
    hint: {},
    hintEn: { attribute: 'hint-en' },
    hintCy: { attribute: 'hint-cy' },
    contactHref: { attribute: 'contact-href' },
    step: { state: true },
    problems: { state: true },
  };

  /** The start of every id it gives its parts: `payment` gives `payment-reference`. */
  declare name: string;
  /**
   * The council's payments back end (`/api/payments`): the payment is priced and set up there, and how it went is
   * read from there when the resident comes back (the page's address then has `payment=returned`).
   */
  declare endpoint: string | undefined;
  /** What is being paid for, as the back end's price list names it (`garden-waste`). None: the reference is looked up. */
  declare item: string | undefined;
  /** Seconds to keep checking a payment GOV.UK Pay has not finished, before saying so. Default 30. */
  declare checkFor: number;
  /** The GOV.UK Pay payment link (`https://www.gov.uk/payments/{service}/{link}`), without a back end. Anything else is refused. */
  declare paymentLink: string | undefined;
  /** The link's Welsh version, for Welsh pages. */
  declare paymentLinkCy: string | undefined;
  /** What is being paid for ("Parking fine"), in any language; `description-cy` on a Welsh page. */
  declare description: string | undefined;
  declare descriptionEn: string | undefined;
  declare descriptionCy: string | undefined;
  /** The amount, in pence, to show before paying. With a back end, the back end's price is what is taken. */
  declare amount: number | undefined;
  /** The link lets the resident choose the amount: it is asked for, checked and sent, in pence. */
  declare amountEditable: boolean;
  /** The reference's label, in any language ("Penalty charge notice number"). Default "Payment reference". */
  declare label: string | undefined;
  declare labelEn: string | undefined;
  declare labelCy: string | undefined;
  /** A hint under the reference ("It starts with 2 letters"). */
  declare hint: string | undefined;
  declare hintEn: string | undefined;
  declare hintCy: string | undefined;
  /** The council's page for other ways to pay. */
  declare contactHref: string | undefined;

  declare protected step: PaymentStep;
  declare protected problems: Partial<Record<'reference' | 'amount', PaymentMessageKey>>;

  /** @internal Not for pages: for the component, its tests and the kit. */
  readonly i18n = new LocalizeController<PaymentMessageKey>(this, paymentStrings, () => this.strings);
  readonly #pageContent = new PageContent(this);
  readonly #announcer = new Announcer(this);
  /** Setting up the payment: one request at a time, its failure said in the resident's language. */
  readonly #creating = new RequestController<URL>(this, {
    announcer: this.#announcer,
    loading: () => this.i18n.t('settingUp'),
    // Problems the resident puts right at the field (or the council's price list) are said there, not as a failure.
    failure: (error) =>
      error.code === 'payment-reference-invalid' || error.code === 'payment-item-unknown'
        ? ''
        : this.i18n.t('setUpFailed'),
  });
  /**
   * This attempt's key and what it asked (item, reference, language: what the back end compares): the key is sent
   * again after a failure, so that a retry never makes a second payment, and never with anything else asked.
   */
  #attempt: { key: string; asked: string } | undefined;
  /** What the back end said of the payment, once back from GOV.UK Pay. */
  #status: PaymentStatus | undefined;
  #checking: AbortController | undefined;

  constructor() {
    super();
    this.name = 'payment';
    this.amountEditable = false;
    this.checkFor = 30;
    this.step = 'details';
    this.problems = {};
  }

  /**
   * The step the resident is on.
   * @internal Not for pages: for the component, its tests and the kit.
   */
  get currentStep(): PaymentStep {
    if (this.#endpoint()) return this.#creating.busy ? 'creating' : this.step;
    return this.#link() ? this.step : 'unavailable';
  }

  /**
   * "Continue to payment", with `reference` and `amount` typed first when given: checks them, then sends the
   * resident to GOV.UK Pay (after `council-payment-start`, unless that is cancelled), through the back end when
   * there is one. False when there are problems, or the payment could not be set up.
   */
  async pay(typed: { reference?: string; amount?: string } = {}): Promise<boolean> {
    await this.updateComplete;
    const fields = this.#fields();
    if (typed.reference !== undefined && fields.reference) fields.reference.value = typed.reference;
    if (typed.amount !== undefined && fields.amount) fields.amount.value = typed.amount;
    return this.#continue();
  }

  /**
   * Asks the back end how this browser's payment went, and shows it; done on its own when the page's address has
   * `payment=returned` (where GOV.UK Pay sends the resident back). A payment GOV.UK Pay has not finished is asked
   * about again, less and less often, for `check-for` seconds. Resolves with the step shown.
   */
  checkPayment(): Promise<PaymentStep> {
    return this.#check(false);
  }

  async #check(focus: boolean): Promise<PaymentStep> {
    const endpoint = this.#endpoint();
    if (!endpoint) return this.currentStep;
    this.#checking?.abort();
    const checking = new AbortController();
    this.#checking = checking;
    this.step = 'checking';
    this.#announcer.announce(this.i18n.t('checking'));
    if (focus) void this.#focusStatus();
    let waited = 0;
    for (let delay = 2; ; delay *= 2) {
      let status: PaymentStatus | undefined;
      let failure: ProviderError | undefined;
      try {
        status = await paymentStatus(endpoint, checking.signal);
      } catch (error) {
        failure = error as ProviderError;
      }
      if (failure?.kind === 'aborted') return this.currentStep;
      if (status?.outcome !== 'in-progress' || !(waited + delay <= this.checkFor)) {
        this.#status = status;
        // "No payment" only when the back end says so: any other failure (a proxy's 404 too) may hide a payment made.
        this.#show(status?.outcome ?? (failure?.code === 'payment-not-found' ? 'not-found' : 'check-failed'), focus);
        return this.step;
      }
      // Said once: GOV.UK Pay has not finished; the page goes on checking.
      if (waited === 0) this.#announcer.announce(this.i18n.t('inProgressTitle'));
      try {
        await sleep(delay * 1000, checking.signal);
      } catch {
        return this.currentStep;
      }
      waited += delay;
    }
  }

  override firstUpdated(): void {
    // Back from GOV.UK Pay: the server's return address says so. Nothing else in the address is read.
    const returned = new URLSearchParams(this.ownerDocument.defaultView?.location.search).get('payment');
    if (returned === 'returned' && this.#endpoint()) queueMicrotask(() => void this.checkPayment());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.ownerDocument.defaultView?.addEventListener('pageshow', this.#onPageShow);
    // Moved in the page while checking: the check stopped with the move, and starts again.
    if (this.step === 'checking') void this.#check(false);
  }

  /**
   * Back on this page from the browser's back-forward cache (the Back button on GOV.UK Pay's page): not "Taking you
   * to GOV.UK Pay" for ever. Through the back end, the payment it set up is checked; with a link, the details again.
   */
  readonly #onPageShow = (event: PageTransitionEvent): void => {
    if (!event.persisted || this.step !== 'redirecting') return;
    if (this.#endpoint()) void this.checkPayment();
    else this.step = 'details';
  };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ownerDocument.defaultView?.removeEventListener('pageshow', this.#onPageShow);
    this.#checking?.abort();
  }

  #endpoint(): URL | undefined {
    try {
      return this.endpoint ? new URL(this.endpoint, this.ownerDocument.baseURI) : undefined;
    } catch {
      return undefined;
    }
  }

  /** Focus on the step's status or outcome heading, once it is drawn. */
  async #focusStatus(): Promise<void> {
    await this.updateComplete;
    elementById(this, this.#id('status'))?.focus();
  }

  #link(): URL | undefined {
    return paymentLinkOf((this.i18n.lang === 'cy' && this.paymentLinkCy) || this.paymentLink);
  }

  #id(part: string): string {
    return `${this.idBase(this.name)}-${part}`;
  }

  #fields(): { reference: HTMLInputElement | null; amount: HTMLInputElement | null } {
    return {
      reference: elementById(this, this.#id('reference')) as HTMLInputElement | null,
      amount: elementById(this, this.#id('amount')) as HTMLInputElement | null,
    };
  }

  /** An outcome shown, and said; focus moves to it only when the resident asked (a button), never on arrival. */
  #show(step: PaymentStep, focus = false): void {
    this.step = step;
    const words = step === 'paid' ? 'paidTitle' : OUTCOME_WORDS[step]?.[0];
    if (words) this.#announcer.announce(this.i18n.t(words));
    if (focus) void this.#focusStatus();
  }

  async #continue(): Promise<boolean> {
    const endpoint = this.#endpoint();
    const link = this.#link();
    const fields = this.#fields();
    // One request in flight: a second click while the first is being answered does nothing.
    if ((!endpoint && !link) || !fields.reference || this.#creating.busy) return false;
    const reference = fields.reference.value.trim();
    const referenceIssue = referenceProblem(reference);
    const amount = this.amountEditable && !endpoint ? amountInPence(fields.amount?.value ?? '') : undefined;
    const problems: typeof this.problems = {};
    if (referenceIssue) problems.reference = REFERENCE_ERRORS[referenceIssue];
    if (amount && 'problem' in amount) problems.amount = AMOUNT_ERRORS[amount.problem];
    if (!this.#reportProblems(problems)) return false;
    let url: URL;
    if (endpoint) {
      const made = await this.#create(endpoint, reference);
      if (!made) return false;
      url = made;
    } else {
      url = new URL(link ?? '');
      url.searchParams.set('reference', reference);
      if (amount && 'pence' in amount) url.searchParams.set('amount', String(amount.pence));
    }
    this.step = 'redirecting';
    // Focus on where the resident is going, which a screen reader then reads: the fields are gone.
    await this.#focusStatus();
    const start = new CustomEvent<PaymentStartDetail>('council-payment-start', {
      detail: { url: url.href },
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    if (this.dispatchEvent(start)) this.ownerDocument.defaultView?.location.assign(url.href);
    return true;
  }

  /** Shows the fields' problems and tells the page (`council-invalid`); true when there are none. */
  #reportProblems(problems: typeof this.problems): boolean {
    this.problems = problems;
    this.performUpdate();
    const errors: FieldError[] = (['reference', 'amount'] as const).flatMap((part) => {
      const key = problems[part];
      return key ? [{ fieldId: this.#id(part), message: this.i18n.t(key) }] : [];
    });
    return reportInvalid(this, errors, true);
  }

  /** The payment set up by the back end, or undefined when it could not be (the resident is told why). */
  async #create(endpoint: URL, reference: string): Promise<URL | undefined> {
    const asked = { item: this.item, reference, language: this.i18n.lang === 'cy' ? 'cy' : 'en' } as const;
    // The same attempt (the same key) when the last one, asking the same, failed along the way; otherwise a new one.
    if (this.#attempt?.asked !== JSON.stringify(asked))
      this.#attempt = { key: newAttemptKey(), asked: JSON.stringify(asked) };
    const { key } = this.#attempt;
    const made = await this.#creating.run((signal) => createPayment(endpoint, asked, key, signal));
    const code = this.#creating.error?.code;
    if (code === 'idempotency-key-reused') this.#attempt = undefined;
    if (code === 'payment-reference-invalid' || (code === 'payment-item-unknown' && this.item === undefined)) {
      // The resident can put it right (the council's lookup found no payment for that reference): at the field.
      this.#creating.cancel();
      this.#reportProblems({
        reference: code === 'payment-item-unknown' ? 'errorReferenceNotFound' : 'errorReferenceCharacters',
      });
    } else if (code === 'payment-item-unknown') {
      // The page's item is not on the back end's price list: the council's to put right; the resident pays another way.
      this.#creating.cancel();
      this.#show('unavailable', true);
      console.error(`[council-components] <council-payment>: the back end has no item "${String(this.item)}"`);
    }
    if (made) this.#attempt = undefined;
    return made;
  }

  /** "Try again" after a payment that took no money: the details again, the reference kept, a new attempt. */
  async #startAgain(): Promise<void> {
    const reference = this.#status?.reference ?? '';
    this.#status = undefined;
    this.#attempt = undefined;
    this.step = 'details';
    this.#announcer.clear();
    await this.updateComplete;
    const field = this.#fields().reference;
    if (field) {
      field.value = reference;
      field.focus();
    }
  }

  override render(): TemplateResult {
    const description = this.i18n.pageText('description') ?? this.i18n.t('heading');
    const step = this.currentStep;
    return html`<div class="ccuk-root ccuk-payment">
      <h2 class="ccuk-heading-m">${description}</h2>
      ${this.#renderStep(step)} ${this.#announcer.render()}
      <div data-ccuk-page ?hidden=${!this.#pageContent.found}></div>
    </div>`;
  }

  #renderStep(step: PaymentStep): TemplateResult {
    switch (step) {
      case 'details':
      case 'creating':
        return this.#renderDetails(step === 'creating');
      case 'redirecting':
      case 'checking':
      case 'unavailable':
        return html`<p class="ccuk-body" id=${this.#id('status')} tabindex="-1">${this.i18n.t(step)}</p>
          ${step === 'unavailable' ? this.#renderContact() : nothing}`;
      case 'paid':
        return this.#renderPaid();
      default:
        return this.#renderOutcome(step);
    }
  }

  #renderContact(): TemplateResult | typeof nothing {
    return this.contactHref
      ? html`<p class="ccuk-body">
          <a class="ccuk-link" href=${this.contactHref}>${this.i18n.t('contactCouncil')}</a>
        </p>`
      : nothing;
  }

  #renderPaid(): TemplateResult {
    const status = this.#status;
    return html`<div class="ccuk-panel ccuk-panel--confirmation">
        <h3 class="ccuk-panel__title" id=${this.#id('status')} tabindex="-1">${this.i18n.t('paidTitle')}</h3>
        <div class="ccuk-panel__body">${this.i18n.t('paidReference')}<br /><strong>${status?.reference}</strong></div>
      </div>
      ${
        status
          ? html`<p class="ccuk-body">
              ${this.i18n.t('paidSummary', { amount: inPounds(status.amount), description: status.description })}
            </p>`
          : nothing
      }`;
  }

  #renderOutcome(step: PaymentStep): TemplateResult {
    const [title = 'errorTitle', ...paragraphs] = OUTCOME_WORDS[step] ?? [];
    const again = NOT_PAID.has(step);
    return html`<h3 class="ccuk-heading-m" id=${this.#id('status')} tabindex="-1">${this.i18n.t(title)}</h3>
      ${paragraphs.map((key) => html`<p class="ccuk-body">${this.i18n.t(key)}</p>`)}
      <button class="ccuk-button" type="button" @click=${() => void (again ? this.#startAgain() : this.#check(true))}>
        ${this.i18n.t(again ? (step === 'not-found' ? 'startAgain' : 'tryAgain') : 'checkAgain')}
      </button>
      ${this.#renderContact()}`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    const link = this.paymentLink;
    // For the page author, once per address given: the resident is told paying online is not available here.
    if (changed.has('paymentLink') && link !== undefined && !paymentLinkOf(link) && !this.endpoint)
      console.error(
        `[council-components] <council-payment>: not a GOV.UK Pay payment link (https://www.gov.uk/payments/…): ${link}`,
      );
  }

  #renderDetails(busy: boolean): TemplateResult {
    const { amount, problems } = this;
    const backEnd = this.endpoint !== undefined;
    const error = (part: 'reference' | 'amount'): string => {
      const key = problems[part];
      return key ? this.i18n.t(key) : '';
    };
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Enter') {
        // Never the host form's submit: Enter here means "continue to payment".
        event.preventDefault();
        void this.#continue();
      }
    };
    const field = (part: 'reference' | 'amount', label: string, hint: string | undefined, width: string) =>
      formGroup({
        id: this.#id(part),
        label,
        hint,
        error: error(part),
        errorPrefix: this.i18n.t('errorPrefix'),
        control: (errorId, describedBy) =>
          html`<input
            class="ccuk-input ${width} ${errorId ? 'ccuk-input--error' : ''}"
            id=${this.#id(part)}
            type="text"
            spellcheck="false"
            autocomplete="off"
            inputmode=${part === 'amount' ? 'decimal' : nothing}
            aria-describedby=${describedBy ?? nothing}
            @keydown=${onKey}
          />`,
      });
    // Setting up failed on the way (no connection, no answer, the back end or GOV.UK Pay down): try again, the same
    // attempt, or pay another way.
    const failureText = this.#creating.status === 'failed' ? this.i18n.t('setUpFailed') : '';
    return html`${
        (!this.amountEditable || backEnd) && amount !== undefined && amount > 0
          ? html`<p class="ccuk-body">${this.i18n.t('amountToPay', { amount: inPounds(amount) })}</p>`
          : nothing
      }
      ${field('reference', this.i18n.pageText('label') ?? this.i18n.t('referenceLabel'), this.i18n.pageText('hint'), 'ccuk-input--width-20')}
      ${this.amountEditable && !backEnd ? field('amount', this.i18n.t('amountLabel'), this.i18n.t('amountHint'), 'ccuk-input--width-10') : nothing}
      ${
        failureText
          ? html`<p class="ccuk-error-message" id=${this.#id('problem')}>${failureText}</p>
              ${this.#renderContact()}`
          : nothing
      }
      <button
        class="ccuk-button"
        type="button"
        aria-disabled=${busy ? 'true' : nothing}
        aria-describedby=${failureText ? this.#id('problem') : nothing}
        @click=${() => void this.#continue()}
      >
        ${this.i18n.t('continue')}
      </button>
      ${busy ? html`<p class="ccuk-body" id=${this.#id('status')}>${this.i18n.t('settingUp')}</p>` : nothing}`;
  }
}
