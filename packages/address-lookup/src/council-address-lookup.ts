import { html, nothing, type TemplateResult } from 'lit-html';
import type { PropertyDeclarations } from '@lit/reactive-element';
import { addressLabel, toFormFields, type Address } from '@council-components/addresses/address.js';
import { checkPostcode } from '@council-components/addresses/postcode.js';
import { CouncilElement } from '@council-components/core/base-element.js';
import { elementById } from '@council-components/core/dom/element-by-id.js';
import { AnswerFields, type AnswerMode } from '@council-components/core/form/answer-fields.js';
import { formMembership } from '@council-components/core/form/form-membership.js';
import { reportInvalid, type FieldError } from '@council-components/core/form/invalid.js';
import type { MessageParams } from '@council-components/core/i18n/catalogue.js';
import { LocalizeController } from '@council-components/core/i18n/localize-controller.js';
import { Announcer } from '@council-components/core/live/announcer.js';
import { KeptTextFields, type KeptTextFieldList } from '@council-components/core/render/kept-text-fields.js';
import { AddressSearch } from '@council-components/core/search/address-search.js';
import { ADDRESS_FIELDS, TYPED_FIELDS, type AddressFieldName } from './address-fields.js';
import type { AddressSelectedDetail } from './address-lookup.events.js';
import {
  CHECKED_FIELDS,
  checked,
  chosen,
  manualEntry,
  outsideGreatBritain,
  START,
  type AddressLookupStep,
  type LookupState,
  type Message,
} from './address-lookup.state.js';
import { addressLookupStrings, type AddressLookupMessageKey } from './address-lookup.strings.js';
import { styles } from './address-lookup.styles.generated.js';
import {
  DEFAULT_TIMEOUT_MS,
  endpointSource,
  type AddressSource,
  type AddressSourceFactory,
} from '@council-components/core/search/address-sources.js';
import { packageName, packageVersion } from './package-version.generated.js';

// The package root's types, where TypeScript users found them before the kit; each lives in the module named.
export type { AddressInvalidDetail, AddressSelectedDetail } from './address-lookup.events.js';
export type { AddressLookupStep } from './address-lookup.state.js';
export type {
  AddressSource,
  AddressSourceFactory,
  AddressSourceOptions,
} from '@council-components/core/search/address-sources.js';
export type { AnswerMode as AddressFieldsMode } from '@council-components/core/form/answer-fields.js';

/** The manual fields the component draws, in page order: the UPRN is a hidden field. */
const OWN_FIELDS: KeptTextFieldList<AddressFieldName, (typeof TYPED_FIELDS)[number]> = {
  typed: TYPED_FIELDS,
  hidden: ['uprn'],
};

/** Named sources beyond the council's endpoint; the vendor add-on registers its own. */
const sourceFactories = new Map<string, AddressSourceFactory>();

/**
 * `<council-address-lookup>`: find an address by postcode, or enter it by
 * hand — the GOV.UK "Addresses" pattern.
 *
 * @customElement council-address-lookup
 * @attr {string} strings - JSON replacing any of its text, per language: `{"cy":{"findAddress":"Chwilio"}}`.
 * @attr {string} telemetry - `off`: this element is left out of the adoption beacon (core's README, "Adoption telemetry").
 * @attr {string} fill-line-1 - Fill this field of the host form (its name, or an element id) instead of rendering one.
 * @attr {string} fill-line-2 - As `fill-line-1`, for address line 2.
 * @attr {string} fill-town - As `fill-line-1`, for the town or city.
 * @attr {string} fill-county - As `fill-line-1`, for the county.
 * @attr {string} fill-postcode - As `fill-line-1`, for the postcode.
 * @attr {string} fill-uprn - As `fill-line-1`, for the UPRN.
 * @attr {string} form - The id of the form the answer belongs to, when the element is outside it.
 * @attr {string} submit-buttons - Ids (space-separated) of the submit buttons whose submission checks the answer; others send the form unchecked. Default: every button.
 * @fires {CustomEvent<AddressSelectedDetail>} council-address-selected - An address was chosen from the list. `detail`: `{ address, fields }`, UPRN included.
 * @fires {CustomEvent<InvalidDetail>} council-invalid - The answer was checked and has problems. `detail.errors`: `{ fieldId, message }[]` in page order, for the page's error summary. Every component fires it.
 * @fires {CustomEvent<AddressInvalidDetail>} council-address-invalid - The same as `council-invalid`, under this component's own name.
 */
export class CouncilAddressLookup extends CouncilElement {
  static override packageName = packageName;
  static override version = packageVersion;
  static override componentCss = styles;
  static override formMembership = formMembership;

  /**
   * Makes `source="name"` available to every element of this copy of the
   * component. The vendor add-on (`register-vendor-sources.js`) registers
   * `ideal-postcodes` and `getaddress` this way.
   */
  static registerSource(name: string, factory: AddressSourceFactory): void {
    sourceFactories.set(name, factory);
  }

  static override properties: PropertyDeclarations = {
    name: { reflect: true },
    endpoint: {},
    source: {},
    apiKey: { attribute: 'api-key' },
    apiBase: { attribute: 'api-base' },
    label: {},
    labelEn: { attribute: 'label-en' },
    labelCy: { attribute: 'label-cy' },
    hint: {},
    hintEn: { attribute: 'hint-en' },
    hintCy: { attribute: 'hint-cy' },
    required: { type: Boolean, reflect: true },
    pageHeading: { type: Boolean, attribute: 'page-heading' },
    timeout: { type: Number },
    addressSource: { attribute: false },
    state: { state: true },
  };

  /** Prefix of every field's name and id: `address` gives `address-line-1`, `address-postcode`, `address-uprn`… */
  declare name: string;
  /** The council back end's address endpoint (the normalised contract). Default `/api/addresses`. */
  declare endpoint: string;
  /**
   * `endpoint` (default: the council's back end), or a registered source: with the vendor add-on loaded,
   * `ideal-postcodes` or `getaddress`, which need `api-key`, locked to the council's domain.
   */
  declare source: string;
  declare apiKey: string | undefined;
  /** Overrides a vendor's base URL (a proxy, a sandbox). */
  declare apiBase: string | undefined;
  /** The question, as the fieldset's legend, in any language. Default "Address" ("Cyfeiriad"). */
  declare label: string | undefined;
  /** The question on an English page, before `label`. */
  declare labelEn: string | undefined;
  /** The question on a Welsh page, before `label`. */
  declare labelCy: string | undefined;
  /** A hint under the question, in any language. */
  declare hint: string | undefined;
  /** The hint on an English page, before `hint`. */
  declare hintEn: string | undefined;
  /** The hint on a Welsh page, before `hint`. */
  declare hintCy: string | undefined;
  /** An address must be given before the host form submits. */
  declare required: boolean;
  /** The question is the page's heading: the legend holds an `<h1>`, as on a one-question page. */
  declare pageHeading: boolean;
  /** Seconds to wait for each attempt of a search (two attempts at most). Default 8. */
  declare timeout: number | undefined;
  /** Any source of addresses; takes precedence over `endpoint` and `source`. */
  declare addressSource: AddressSource | undefined;

  /** Where the resident is: the step, and what it shows (`address-lookup.state.ts`). */
  declare protected state: LookupState;

  /** @internal Not for pages: for the component, its tests and the kit. */
  readonly i18n = new LocalizeController<AddressLookupMessageKey>(this, addressLookupStrings, () => this.strings);

  readonly #announcer = new Announcer(this);

  readonly #search = new AddressSearch<AddressLookupMessageKey>(this, {
    announcer: this.#announcer,
    t: (key, params) => this.#t(key, params),
    id: (part) => this.#id(part),
    lang: () => this.i18n.lang,
    source: () => this.#source(),
    state: () => (this.state.step === 'manual' ? undefined : this.state),
    setState: (state) => {
      this.state = state;
    },
    // A new search starts a new answer: what an earlier one put in the fields (its UPRN too) goes.
    started: () => {
      this.#clearAnswer();
    },
    outside: () => this.#showManual(outsideGreatBritain()),
    use: (address) => this.chooseAddress(this.state.step === 'select' ? this.state.addresses.indexOf(address) : -1),
    // Nothing chosen: the same check as on submit ("Select an address", focus on the list).
    nothingPicked: () => {
      this.validate();
    },
    otherWay: (step) => this.#manualLink(step === 'postcode' ? 'enterManually' : 'cantFind'),
  });

  readonly #fields = new AnswerFields(this, {
    specs: ADDRESS_FIELDS,
    ownId: (part) => this.#id(part),
    own: () => this.#ownFields?.inputs,
    showing: () => this.state.step === 'manual',
    // A page that comes back with the answer in the author's fields (a server-side error, the back button) shows it.
    found: () => {
      if (this.#fields.authorAnswered) this.state = manualEntry();
    },
  });

  #root: Node | undefined;
  /** The manual fields the component draws itself (mode `own`), made when first needed (`#showOwnFields`). */
  #ownFields: KeptTextFields<AddressFieldName, (typeof TYPED_FIELDS)[number]> | undefined;
  /** The address whose details (UPRN included) were put in the fields, until they are edited into another. */
  #filled: Address | null = null;

  constructor() {
    super();
    this.name = 'address';
    this.endpoint = '/api/addresses';
    this.source = 'endpoint';
    this.required = false;
    this.pageHeading = false;
    this.state = START;
  }

  /**
   * Where the manual fields live: rendered by the component, written by the page author inside it, or the host form's own.
   * @internal Not for pages: for the component, its tests and the kit.
   */
  get fieldsMode(): AnswerMode {
    return this.#fields.mode;
  }

  /**
   * The step the resident is on.
   * @internal Not for pages: for the component, its tests and the kit.
   */
  get currentStep(): AddressLookupStep {
    return this.state.step;
  }

  /**
   * Whether a search is waiting for its answer.
   * @internal Not for pages: for the component, its tests and the kit.
   */
  get searching(): boolean {
    return this.#search.busy;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#root = this.getRootNode();
    this.#root.addEventListener('input', this.#onFieldInput, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#root?.removeEventListener('input', this.#onFieldInput, true);
  }

  // ── Public API: what a page (or a test, or a story) can ask of the element ──

  /** Looks up `postcode` as if the resident typed it and pressed "Find address". */
  async search(postcode: string): Promise<void> {
    this.#search.postcode = postcode;
    await this.#search.find();
  }

  /** Chooses the address at `index` in the list, as if the resident selected it and pressed "Use this address". */
  async chooseAddress(index: number): Promise<void> {
    const address = this.state.step === 'select' ? this.state.addresses[index] : undefined;
    if (!address) throw new RangeError(`No address at ${index}`);
    this.#choose(address);
    this.#announcer.announce(this.#t('selectedAnnouncement', { address: addressLabel(address) }));
    await this.updateComplete;
    if (this.#fields.mode === 'host') elementById(this, this.#id('search-again'))?.focus();
    else this.#fields.fields.line1?.focus();
  }

  /** Goes to manual entry. */
  async enterManually(): Promise<void> {
    this.#search.cancel();
    this.#announcer.clear();
    this.state = manualEntry();
    // Rendered now: the component's own fields are made when first shown.
    this.performUpdate();
    // The postcode already typed is not asked for twice (WCAG 3.3.7): it is carried into the manual fields.
    const typed = this.#search.postcode;
    if (typed.trim() && !this.#fields.read().postcode.trim())
      this.#fields.fill({ postcode: checkPostcode(typed).postcode });
    await this.updateComplete;
    this.#fields.fields.line1?.focus();
  }

  // ── Behaviour ──

  #source(): AddressSource {
    if (this.addressSource) return this.addressSource;
    const timeoutMs = this.timeout && this.timeout > 0 ? this.timeout * 1000 : DEFAULT_TIMEOUT_MS;
    if (this.source === 'endpoint') return endpointSource(this.endpoint, timeoutMs);
    const factory = sourceFactories.get(this.source);
    // Shown to the resident as "could not look up addresses", with manual entry; the console says why.
    if (!factory) throw new Error(`source="${this.source}" is not registered: load the vendor sources add-on`);
    return factory({ apiKey: this.apiKey, apiBase: this.apiBase, timeoutMs });
  }

  /** Manual entry where no lookup is possible: the postcode already in, and the reason said. */
  async #showManual(next: LookupState): Promise<void> {
    this.#search.cancel();
    this.state = next;
    await this.updateComplete;
    this.#fields.fill({ postcode: this.#search.postcode });
    if (next.step === 'manual') this.#announcer.announce(this.#text(next.notice));
    this.#fields.fields.line1?.focus();
  }

  /** Empties the answer's fields, and forgets the address they held. */
  #clearAnswer(): void {
    if (!Object.values(this.#fields.read()).some((value) => value !== '')) return;
    this.#fields.fill({ line1: '', line2: '', town: '', county: '', postcode: '', uprn: '' });
    this.#filled = null;
  }

  /** The address chosen: its fields filled at once (a form sent now sends it), and the page told. */
  #choose(address: Address): void {
    this.state = chosen(address);
    // Rendered now, not at the next frame: the fields must be on show and enabled before the form reads them.
    this.performUpdate();
    const fields = toFormFields(address);
    this.#fields.fill(fields);
    // Only now: the fields' own input events, while they are filled one by one, are not edits.
    this.#filled = address;
    this.dispatchEvent(
      new CustomEvent<AddressSelectedDetail>('council-address-selected', {
        detail: { address, fields },
        bubbles: true,
        composed: true,
      }),
    );
  }

  /** Brings the answer up to date before the form reads it: an address picked in the list, or put in by the page. */
  #settle(): void {
    // An address picked in the list and the form sent: the resident did choose.
    const picked = this.#search.picked();
    if (picked) this.#choose(picked);
    this.#fields.lookAgain();
    // Rendered now: the fields must be on show and enabled before the form reads them.
    if (this.isUpdatePending) this.performUpdate();
  }

  /** However the form is sent (a script's `form.submit()` skips the check), the answer's fields all have their keys. */
  protected override answerEntries(data: FormData): void {
    this.#settle();
    // The component's own fields, not yet made (never shown), send their keys, empty.
    if (this.#fields.mode === 'own') this.#showOwnFields();
    this.#fields.entries(data);
  }

  protected override checkAnswer(focus: boolean): boolean {
    this.#settle();
    const values = this.#fields.read();
    const { state, postcode } = checked(this.state, {
      required: this.required || this.#fields.authorRequired,
      typed: this.#search.postcode,
      values,
      answeredElsewhere: this.#fields.mode === 'host' && values.line1.trim() !== '',
    });
    this.state = state;
    if (postcode !== undefined) this.#fields.fill({ postcode });
    return reportInvalid(this, this.#errors(), focus, 'council-address-invalid');
  }

  /**
   * The manual fields' problems, on the fields themselves, after every render: a check (its new state renders), a
   * reset, a new step, the language.
   */
  protected override updated(): void {
    // The component's own fields not yet made: nothing to mark (a page of lookups, each on its first render).
    if (!this.#ownFields && this.#fields.mode === 'own') return;
    const { state } = this;
    const problems = state.step === 'manual' ? state.errors : {};
    this.#fields.markInvalid(
      Object.fromEntries(CHECKED_FIELDS.map((name) => [name, this.#text(problems[name])])),
      this.#t('errorPrefix'),
    );
  }

  /** Every message shown, with the id of its field: what a page needs for its error summary. */
  #errors(): FieldError[] {
    const { state } = this;
    if (state.step !== 'manual') {
      const fieldId = this.#id(state.step === 'select' ? 'lookup-select' : 'lookup-postcode');
      return state.error ? [{ fieldId, message: this.#text(state.error) }] : [];
    }
    const fields = this.#fields.fields;
    // Every field has an id (AnswerFields gives one where the page did not); a field the page does not have
    // (no `fill-town`) cannot be asked for, and is not a problem.
    return CHECKED_FIELDS.flatMap((name) => {
      const message = state.errors[name];
      const fieldId = fields[name]?.id;
      return message && fieldId ? [{ fieldId, message: this.#text(message) }] : [];
    });
  }

  /** The host form was reset: back to the start, with the fields the page's own values. */
  protected override resetAnswer(): void {
    // A UPRN field keeps a value set by script through a reset: clear it by hand.
    const uprn = this.#fields.fields.uprn;
    if (uprn && this.#filled) uprn.value = '';
    this.#filled = null;
    this.#search.cancel();
    this.#announcer.clear();
    this.#search.postcode = '';
    this.state = START;
    // The author's fields are back to the page's own values: an address the server filled in stays shown.
    this.#fields.findAuthorContent();
  }

  /** "Search for a different address": back to the postcode, as typed, with a clean slate. */
  readonly #backToSearch = (event: Event): void => {
    event.preventDefault();
    void this.#search.startAgain();
  };

  /**
   * A chosen address edited into another (line 1 or postcode changed) is no longer that property: forget its
   * UPRN. Whatever the step: after "Search for a different address" and manual entry, the fields still hold it.
   */
  readonly #onFieldInput = (event: Event): void => {
    const filled = this.#filled;
    const { uprn, line1, postcode } = this.#fields.fields;
    if (!filled || !uprn || (event.target !== line1 && event.target !== postcode)) return;
    const was = toFormFields(filled);
    const now = this.#fields.read();
    if (now.line1.trim() !== was.line1 || checkPostcode(now.postcode).postcode !== was.postcode) {
      uprn.value = '';
      this.#filled = null;
    }
  };

  #text(message: Message | undefined): string {
    return message ? this.#t(message.key, message.params) : '';
  }

  /** A string in the resident's language. */
  #t(key: AddressLookupMessageKey, params?: MessageParams): string {
    return this.i18n.t(key, params);
  }

  /**
   * Ids derive from `name` (`idBase` adds a number when another component has it), so every field is unique on the
   * page and an error summary can link to it.
   */
  #id(part: string): string {
    return `${this.idBase(this.name)}-${part}`;
  }

  /** The name a field of the answer is sent by: `{name}-{part}`. */
  #name(part: string): string {
    return `${this.name}-${part}`;
  }

  // ── Rendering ──

  override render(): TemplateResult {
    const { state } = this;
    const mode = this.#fields.mode;
    const hintId = this.#id('lookup-hint');
    const question = this.i18n.pageText('label') ?? this.#t('legend');
    const hint = this.i18n.pageText('hint');
    return html`<div class="ccuk-root ccuk-address-lookup">
      <fieldset class="ccuk-fieldset" aria-describedby=${hint ? hintId : nothing}>
        <legend
          class="ccuk-fieldset__legend ${this.pageHeading ? 'ccuk-fieldset__legend--l' : 'ccuk-fieldset__legend--m'}"
        >
          ${this.pageHeading ? html`<h1 class="ccuk-fieldset__heading">${question}</h1>` : question}
        </legend>
        ${hint ? html`<div class="ccuk-hint" id=${hintId}>${hint}</div>` : nothing} ${this.#announcer.render()}
        ${state.step === 'manual' ? this.#inset(state.notice) : this.#search.render(state)}
        ${mode === 'own' && (state.step === 'manual' || this.#ownFields) ? this.#showOwnFields() : nothing}
        <div data-ccuk-page></div>
        ${state.step === 'manual' ? this.#renderSearchAgain(state.chosen, mode) : nothing}
      </fieldset>
    </div>`;
  }

  #inset(message: Message | undefined): TemplateResult | typeof nothing {
    return message ? html`<div class="ccuk-inset-text"><p class="ccuk-body">${this.#text(message)}</p></div>` : nothing;
  }

  /** Beside each step's button of the search: manual entry. */
  #manualLink(text: AddressLookupMessageKey): TemplateResult {
    return html`<a class="ccuk-link" href="#${this.#id('line-1')}" @click=${this.#manualClicked}>${this.#t(text)}</a>`;
  }

  /** The same listener at every render: Lit leaves it be. */
  readonly #manualClicked = (event: Event): void => {
    event.preventDefault();
    void this.enterManually();
  };

  /**
   * The manual fields, drawn once and kept up to date (`KeptTextFields`), made when first shown (manual entry, an
   * address chosen) or when the form asks for their keys: most residents find their address, and a page of many
   * lookups starts without them. Once made, they stay, hidden and disabled at the other steps.
   */
  #showOwnFields(): HTMLDivElement {
    const { state } = this;
    const hidden = state.step !== 'manual';
    const errors: Partial<Record<AddressFieldName, Message>> = hidden ? {} : state.errors;
    this.#ownFields ??= new KeptTextFields(this.ownerDocument, ADDRESS_FIELDS, OWN_FIELDS);
    return this.#ownFields.show({
      hidden,
      intro: !hidden && state.chosen ? this.#t('checkAddress') : '',
      id: (part) => this.#id(part),
      name: (part) => this.#name(part),
      label: (name) => this.#t(`${name}Label`),
      error: (name) => this.#text(errors[name]),
      errorPrefix: this.#t('errorPrefix'),
    });
  }

  #renderSearchAgain(address: Address | null, mode: AnswerMode): TemplateResult {
    return html`<p class="ccuk-body">
      ${mode === 'host' && address ? html`${addressLabel(address)}<br />` : nothing}
      <a
        class="ccuk-link"
        id=${this.#id('search-again')}
        href="#${this.#id('lookup-postcode')}"
        @click=${this.#backToSearch}
        >${this.#t('searchAgain')}</a
      >
    </p>`;
  }
}
