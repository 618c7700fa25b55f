import type { PropertyDeclarations, PropertyValues } from '@lit/reactive-element';
import { html, nothing, type TemplateResult } from 'lit-html';
import { CouncilElement } from '@council-components/core/base-element.js';
import { elementById } from '@council-components/core/dom/element-by-id.js';
import { reportInvalid, type FieldError } from '@council-components/core/form/invalid.js';
import { LocalizeController } from '@council-components/core/i18n/localize-controller.js';
import { formGroup } from '@council-components/core/render/form-group.js';
import { PageContent } from '@council-components/core/render/page-content.js';
import { referenceProblem, type ReferenceProblem } from '@council-components/http/payment-reference.js';
import { amountInPence, inPounds, paymentLinkOf, type AmountProblem } from './amount-in-pence.js';
import { paymentStrings, type PaymentMessageKey } from './payment.strings.js';
import { styles } from './payment.styles.generated.js';
import { packageVersion } from './package-version.generated.js';

/** Where a resident is: filling in the payment, or on their way to GOV.UK Pay. */
export type PaymentStep = 'details' | 'redirecting' | 'unavailable';

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
 * `<council-payment>`: pay the council through GOV.UK Pay. With a payment link the council made in GOV.UK Pay's
 * admin (no back end), it shows what is being paid, takes the resident's reference (and the amount, where the link
 * lets them choose it), checks both, and sends them to the link with both filled in.
 *
 * @customElement council-payment
 * @attr {string} strings - JSON replacing any of its text, per language: `{"cy":{"continue":"…"}}`.
 * @fires {CustomEvent<PaymentStartDetail>} council-payment-start - The resident is about to go to GOV.UK Pay; cancel it to send them yourself.
 * @fires {CustomEvent<InvalidDetail>} council-invalid - What they gave has problems: `{ fieldId, message }[]`, for the page's error summary.
 * @slot - The page author's content, kept without JavaScript: a plain link to the payment, other ways to pay.
 */
export class CouncilPayment extends CouncilElement {
  static override version = packageVersion;
  static override componentCss = styles;

  static override properties: PropertyDeclarations = {
    name: { reflect: true },
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
  /** The GOV.UK Pay payment link (`https://www.gov.uk/payments/{service}/{link}`). Anything else is refused. */
  declare paymentLink: string | undefined;
  /** The link's Welsh version, for Welsh pages. */
  declare paymentLinkCy: string | undefined;
  /** What is being paid for ("Parking fine"), in any language; `description-cy` on a Welsh page. */
  declare description: string | undefined;
  declare descriptionEn: string | undefined;
  declare descriptionCy: string | undefined;
  /** The amount the link asks, in pence, to show (a link with a fixed amount). */
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

  readonly i18n = new LocalizeController<PaymentMessageKey>(this, paymentStrings, () => this.strings);
  readonly #pageContent = new PageContent(this);

  constructor() {
    super();
    this.name = 'payment';
    this.amountEditable = false;
    this.step = 'details';
    this.problems = {};
  }

  /** The step the resident is on. */
  get currentStep(): PaymentStep {
    return this.#link() ? this.step : 'unavailable';
  }

  /**
   * "Continue to payment", with `reference` and `amount` typed first when given: checks them, then sends the
   * resident to GOV.UK Pay (after `council-payment-start`, unless that is cancelled). False when there are problems.
   */
  async pay(typed: { reference?: string; amount?: string } = {}): Promise<boolean> {
    await this.updateComplete;
    const fields = this.#fields();
    if (typed.reference !== undefined && fields.reference) fields.reference.value = typed.reference;
    if (typed.amount !== undefined && fields.amount) fields.amount.value = typed.amount;
    return this.#continue();
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

  async #continue(): Promise<boolean> {
    const link = this.#link();
    const fields = this.#fields();
    if (!link || !fields.reference) return false;
    const reference = fields.reference.value.trim();
    const referenceIssue = referenceProblem(reference);
    const amount = this.amountEditable ? amountInPence(fields.amount?.value ?? '') : undefined;
    const problems: typeof this.problems = {};
    if (referenceIssue) problems.reference = REFERENCE_ERRORS[referenceIssue];
    if (amount && 'problem' in amount) problems.amount = AMOUNT_ERRORS[amount.problem];
    this.problems = problems;
    await this.updateComplete;
    const errors: FieldError[] = (['reference', 'amount'] as const).flatMap((part) => {
      const key = problems[part];
      return key ? [{ fieldId: this.#id(part), message: this.i18n.t(key) }] : [];
    });
    if (!reportInvalid(this, errors, true)) return false;
    const url = new URL(link);
    url.searchParams.set('reference', reference);
    if (amount && 'pence' in amount) url.searchParams.set('amount', String(amount.pence));
    this.step = 'redirecting';
    await this.updateComplete;
    // Focus on where the resident is going, which a screen reader then reads: the fields are gone.
    elementById(this, this.#id('status'))?.focus();
    const start = new CustomEvent<PaymentStartDetail>('council-payment-start', {
      detail: { url: url.href },
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    if (this.dispatchEvent(start)) this.ownerDocument.defaultView?.location.assign(url.href);
    return true;
  }

  override render(): TemplateResult {
    const link = this.#link();
    const description = this.i18n.pageText('description') ?? this.i18n.t('heading');
    return html`<div class="ccuk-root ccuk-payment">
      <h2 class="ccuk-heading-m">${description}</h2>
      ${
        link
          ? this.step === 'redirecting'
            ? html`<p class="ccuk-body" id=${this.#id('status')} tabindex="-1">${this.i18n.t('redirecting')}</p>`
            : this.#renderDetails()
          : html`<p class="ccuk-body">${this.i18n.t('unavailable')}</p>
              ${
                this.contactHref
                  ? html`<p class="ccuk-body">
                      <a class="ccuk-link" href=${this.contactHref}>${this.i18n.t('contactCouncil')}</a>
                    </p>`
                  : nothing
              }`
      }
      <div data-ccuk-page ?hidden=${!this.#pageContent.found}></div>
    </div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    const link = this.paymentLink;
    // For the page author, once per address given: the resident is told paying online is not available here.
    if (changed.has('paymentLink') && link !== undefined && !paymentLinkOf(link))
      console.error(
        `[council-components] <council-payment> takes GOV.UK Pay payment links only (https://www.gov.uk/payments/{service}/{link}), not ${link}`,
      );
  }

  #renderDetails(): TemplateResult {
    const { amount, problems } = this;
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
    return html`${
        !this.amountEditable && amount !== undefined && amount > 0
          ? html`<p class="ccuk-body">${this.i18n.t('amountToPay', { amount: inPounds(amount) })}</p>`
          : nothing
      }
      ${field('reference', this.i18n.pageText('label') ?? this.i18n.t('referenceLabel'), this.i18n.pageText('hint'), 'ccuk-input--width-20')}
      ${this.amountEditable ? field('amount', this.i18n.t('amountLabel'), this.i18n.t('amountHint'), 'ccuk-input--width-10') : nothing}
      <button class="ccuk-button" type="button" @click=${() => void this.#continue()}>
        ${this.i18n.t('continue')}
      </button>`;
  }
}
