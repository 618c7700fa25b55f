import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import {
  addressLabel,
  toFormFields,
  type Address,
  type AddressFormFields,
} from '@council-components/addresses/address.js';
import { checkPostcode, isBfpo, isCrownDependency } from '@council-components/addresses/postcode.js';
import { CouncilElement } from '@council-components/core/base-element.js';
import { hostFormOf } from '@council-components/core/form/host-form.js';
import { joinForm } from '@council-components/core/form/form-guard.js';
import type { MessageParams } from '@council-components/core/i18n/catalogue.js';
import { LocalizeController } from '@council-components/core/i18n/localize-controller.js';
import { isProviderError } from '@council-components/core/provider/provider-error.js';
import {
  ADDRESS_FIELD_NAMES,
  fieldPart,
  fillFields,
  findAuthorFields,
  findHostFields,
  readFields,
  type AddressFieldMap,
  type AddressFieldName,
} from './address-fields.js';
import { DEFAULT_TIMEOUT_MS, endpointSource, type AddressSource } from './address-sources.js';
import { addressLookupStrings, type AddressLookupMessageKey } from './address-lookup.strings.js';
import { packageVersion } from './package-version.generated.js';

export type AddressLookupStep = 'postcode' | 'select' | 'manual';

/** Where the manual fields live: rendered by the component, written by the page author inside it, or the host form's own. */
export type AddressFieldsMode = 'own' | 'author' | 'host';

export interface AddressSelectedDetail {
  address: Address;
  fields: AddressFormFields;
}

export interface AddressInvalidDetail {
  /** In page order: link each from the page's error summary to `#fieldId`. */
  errors: { fieldId: string; message: string }[];
}

interface Message {
  key: AddressLookupMessageKey;
  params?: MessageParams;
}

type ManualError = Partial<Record<'line1' | 'town' | 'postcode', Message>>;

/** What a named source (`source="…"`) is built from. */
export interface AddressSourceOptions {
  apiKey: string | undefined;
  apiBase: string | undefined;
  timeoutMs: number;
}
export type AddressSourceFactory = (options: AddressSourceOptions) => AddressSource;

/** Named sources beyond the council's endpoint; the vendor add-on registers its own. */
const sourceFactories = new Map<string, AddressSourceFactory>();

/**
 * `<council-address-lookup>`: find an address by postcode, or enter it by
 * hand — the GOV.UK "Addresses" pattern.
 *
 * @customElement council-address-lookup
 * @attr {string} strings - JSON replacing any of its text, per language: `{"cy":{"findAddress":"Chwilio"}}`.
 * @attr {string} fill-line-1 - Fill this field of the host form (its name, or an element id) instead of rendering one.
 * @attr {string} fill-line-2 - As `fill-line-1`, for address line 2.
 * @attr {string} fill-town - As `fill-line-1`, for the town or city.
 * @attr {string} fill-county - As `fill-line-1`, for the county.
 * @attr {string} fill-postcode - As `fill-line-1`, for the postcode.
 * @attr {string} fill-uprn - As `fill-line-1`, for the UPRN.
 * @fires {CustomEvent<AddressSelectedDetail>} council-address-selected - An address was chosen from the list. `detail`: `{ address, fields }`, UPRN included.
 * @fires {CustomEvent<AddressInvalidDetail>} council-address-invalid - The answer was checked and has problems. `detail.errors`: `{ fieldId, message }[]`, for the page's error summary.
 */
export class CouncilAddressLookup extends CouncilElement {
  static override version = packageVersion;

  /**
   * Makes `source="name"` available to every element of this copy of the
   * component. The vendor add-on (`register-vendor-sources.js`) registers
   * `ideal-postcodes` and `getaddress` this way.
   */
  static registerSource(name: string, factory: AddressSourceFactory): void {
    sourceFactories.set(name, factory);
  }

  static override properties: PropertyDeclarations = {
    ...CouncilElement.properties,
    name: { reflect: true },
    endpoint: {},
    source: {},
    apiKey: { attribute: 'api-key' },
    apiBase: { attribute: 'api-base' },
    label: {},
    hint: {},
    required: { type: Boolean, reflect: true },
    pageHeading: { type: Boolean, attribute: 'page-heading' },
    timeout: { type: Number },
    addressSource: { attribute: false },
    step: { state: true },
    searching: { state: true },
    addresses: { state: true },
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
  /** The question, as the fieldset's legend. Default "Address". */
  declare label: string | undefined;
  declare hint: string | undefined;
  /** An address must be given before the host form submits. */
  declare required: boolean;
  /** The question is the page's heading: the legend holds an `<h1>`, as on a one-question page. */
  declare pageHeading: boolean;
  /** Seconds to wait for each attempt of a search (two attempts at most). Default 8. */
  declare timeout: number | undefined;
  /** Any source of addresses; takes precedence over `endpoint` and `source`. */
  declare addressSource: AddressSource | undefined;

  declare protected step: AddressLookupStep;
  declare protected searching: boolean;
  declare protected addresses: readonly Address[];

  readonly i18n = new LocalizeController<AddressLookupMessageKey>(this, addressLookupStrings, () => this.strings);

  #postcodeValue = '';
  #searchedPostcode = '';
  #postcodeError: Message | null = null;
  #lookupFailure: Message | null = null;
  #selectError: Message | null = null;
  #manualErrors: ManualError = {};
  #chosen: Address | null = null;
  #announcement = '';
  #search: AbortController | null = null;
  #authorFields: AddressFieldMap = {};
  #authorElements: HTMLElement[] = [];
  #form: HTMLFormElement | null = null;
  #leaveForm: (() => void) | undefined;

  constructor() {
    super();
    this.name = 'address';
    this.endpoint = '/api/addresses';
    this.source = 'endpoint';
    this.required = false;
    this.pageHeading = false;
    this.step = 'postcode';
    this.searching = false;
    this.addresses = [];
    this.addEventListener('input', this.#onFieldInput);
  }

  /** Where the manual fields live. */
  get fieldsMode(): AddressFieldsMode {
    if (ADDRESS_FIELD_NAMES.some((name) => this.hasAttribute(`fill-${fieldPart(name)}`))) return 'host';
    return Object.keys(this.#authorFields).length > 0 ? 'author' : 'own';
  }

  /** The step the resident is on. */
  get currentStep(): AddressLookupStep {
    return this.step;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#findAuthorContent();
    // Defined before its children were parsed (a script in the head): look again once they are.
    if (this.ownerDocument.readyState === 'loading') {
      this.ownerDocument.addEventListener(
        'DOMContentLoaded',
        () => {
          this.#findAuthorContent();
          // A `form` attribute may name a form further down the page.
          this.#joinHostForm();
          this.requestUpdate();
        },
        { once: true },
      );
    }
    this.#joinHostForm();
    // After a move in the page, hide the author's fields again.
    this.requestUpdate();
  }

  /** Joins the guard of the form the answer belongs to now (its `form` attribute, else its ancestor), leaving any other. */
  #joinHostForm(): void {
    const form = hostFormOf(this);
    if (form === this.#form) return;
    this.#leaveHostForm();
    this.#form = form;
    form?.addEventListener('input', this.#onFieldInput);
    this.#leaveForm = form
      ? joinForm(form, this, {
          check: (focus) => this.#check(focus),
          reset: () => {
            this.#restart();
            // The author's fields are back to the page's own values: an address the server filled in stays shown.
            this.#findAuthorContent();
            this.requestUpdate();
          },
        })
      : undefined;
  }

  #leaveHostForm(): void {
    this.#leaveForm?.();
    this.#form?.removeEventListener('input', this.#onFieldInput);
    this.#form = null;
  }

  #findAuthorContent(): void {
    this.#authorElements = [...this.children].filter(
      (child): child is HTMLElement => child instanceof HTMLElement && !child.classList.contains('ccuk-address-lookup'),
    );
    this.#authorFields = findAuthorFields(this, this.querySelector('.ccuk-address-lookup'));
    // A page that comes back with the answer filled in (a server-side error, the back button) shows it, never hides it.
    if (this.fieldsMode === 'author' && Object.values(this.#authorFields).some((field) => field.value.trim() !== '')) {
      this.step = 'manual';
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#search?.abort();
    this.#leaveHostForm();
    for (const element of this.#authorElements) element.hidden = false;
    for (const field of Object.values(this.#authorFields)) field.disabled = false;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The postcode field shows the postcode as the component holds it (tidied by a search, emptied by a reset);
    // the resident's typing reaches #postcodeValue on every input, so nothing typed is lost.
    const postcode = this.#postcodeInput();
    if (postcode && postcode.value !== this.#postcodeValue) postcode.value = this.#postcodeValue;
    if (this.fieldsMode === 'author') {
      const showing = this.step === 'manual';
      for (const element of this.#authorElements) element.hidden = !showing;
      for (const field of Object.values(this.#authorFields)) field.disabled = !showing;
    }
  }

  // ── Public API: what a page (or a test, or a story) can ask of the element ──

  /** Looks up `postcode` as if the resident typed it and pressed "Find address". */
  async search(postcode: string): Promise<void> {
    this.#postcodeValue = postcode;
    await this.#goTo('postcode');
    await this.#find();
  }

  /** Chooses the address at `index` in the list, as if the resident selected it and pressed "Use this address". */
  async chooseAddress(index: number): Promise<void> {
    const address = this.addresses[index];
    if (!address) throw new RangeError(`No address at ${index}`);
    await this.#choose(address);
  }

  /** Goes to manual entry. */
  async enterManually(): Promise<void> {
    this.#cancelSearch();
    await this.#goTo('manual');
    this.#focus(this.#manualFields().line1);
  }

  /** Checks the answer, shows GOV.UK error messages, and focuses the first problem. True when there is none. */
  validate(): boolean {
    return this.#check(true);
  }

  #check(focus: boolean): boolean {
    this.#postcodeError = null;
    this.#selectError = null;
    this.#manualErrors = {};
    let first: HTMLElement | null | undefined = null;
    const fields = this.#manualFields();
    const values = readFields(fields);
    const answeredInHostFields = this.fieldsMode === 'host' && values.line1.trim() !== '';

    if (this.step === 'manual') {
      const started = [values.line1, values.line2, values.town, values.county, values.postcode].some((v) => v.trim());
      // An optional address left empty is fine; a started or required one must be whole.
      if (this.required || started) {
        if (values.line1.trim() === '') this.#manualErrors.line1 = { key: 'errorLine1' };
        if (values.town.trim() === '') this.#manualErrors.town = { key: 'errorTown' };
        const { postcode, problem } = checkPostcode(values.postcode);
        if (problem === 'empty') this.#manualErrors.postcode = { key: 'errorPostcodeEmpty' };
        else if (problem === 'invalid') this.#manualErrors.postcode = { key: 'errorPostcodeInvalid' };
        else if (fields.postcode) fields.postcode.value = postcode;
        const firstError = (['line1', 'town', 'postcode'] as const).find((name) => this.#manualErrors[name]);
        first = firstError ? fields[firstError] : null;
      }
    } else if (
      !answeredInHostFields &&
      (this.required || this.step === 'select' || this.#postcodeValue.trim() !== '')
    ) {
      // A search started and not finished would lose the resident's answer without a word: say so instead.
      if (this.step === 'select') {
        this.#selectError = { key: 'errorSelect' };
        first = this.#select();
      } else {
        this.#postcodeError = { key: 'errorRequired' };
        first = this.#postcodeInput();
      }
    }

    this.requestUpdate();
    const errors = this.#errorList(fields);
    for (const name of ['line1', 'town', 'postcode'] as const) {
      const field = fields[name];
      if (this.fieldsMode !== 'own' && field) field.toggleAttribute('aria-invalid', !!this.#manualErrors[name]);
    }
    if (errors.length > 0) {
      this.dispatchEvent(
        new CustomEvent<AddressInvalidDetail>('council-address-invalid', {
          detail: { errors },
          bubbles: true,
          composed: true,
        }),
      );
    }
    if (first) {
      if (focus) {
        void this.updateComplete.then(() => {
          this.#focus(first);
        });
      }
      return false;
    }
    return true;
  }

  /** Every message shown, with the id of its field: what a page needs for its error summary. */
  #errorList(fields: AddressFieldMap): AddressInvalidDetail['errors'] {
    const list: AddressInvalidDetail['errors'] = [];
    if (this.#postcodeError)
      list.push({ fieldId: this.#id('lookup-postcode'), message: this.#text(this.#postcodeError) });
    if (this.#selectError) list.push({ fieldId: this.#id('lookup-select'), message: this.#text(this.#selectError) });
    for (const name of ['line1', 'town', 'postcode'] as const) {
      const message = this.#manualErrors[name];
      const id = fields[name]?.id;
      if (message && id) list.push({ fieldId: id, message: this.#text(message) });
    }
    return list;
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

  async #find(): Promise<void> {
    this.#lookupFailure = null;
    this.#postcodeError = null;
    const { postcode, problem } = checkPostcode(this.#postcodeValue);
    if (problem) {
      this.#showPostcodeError({ key: problem === 'empty' ? 'errorPostcodeEmpty' : 'errorPostcodeInvalid' });
      return;
    }
    this.#postcodeValue = postcode;
    if (isBfpo(postcode)) {
      this.#showPostcodeError({ key: 'errorOutsideGb' });
      return;
    }

    this.#search?.abort();
    const search = new AbortController();
    this.#search = search;
    this.searching = true;
    this.#announce(this.i18n.t('searching'));
    try {
      const found = await this.#source().find(postcode, { language: this.i18n.lang, signal: search.signal });
      // The resident moved on (manual entry, another search): this answer is no longer wanted.
      if (search.signal.aborted || this.step !== 'postcode') return;
      this.searching = false;
      if (found.length === 0) {
        // Jersey, Guernsey and the Isle of Man are often missing from the datasets: say so, and offer manual entry.
        this.#showPostcodeError(
          isCrownDependency(postcode) ? { key: 'errorOutsideGb' } : { key: 'errorNotFound', params: { postcode } },
        );
        return;
      }
      this.addresses = found;
      this.#searchedPostcode = postcode;
      this.#selectError = null;
      await this.#goTo('select');
      this.#announce(this.i18n.t('found', { count: found.length, postcode }));
      this.#focus(this.#select());
    } catch (error) {
      if (search.signal.aborted || this.step !== 'postcode') return;
      this.searching = false;
      this.#showFailure(error);
    } finally {
      if (this.#search === search) this.#search = null;
    }
  }

  #showFailure(error: unknown): void {
    if (!isProviderError(error)) {
      console.error('[council-address-lookup]', error);
      this.#lookupFailure = { key: 'errorLookupFailed' };
    } else if (error.code === 'postcode-invalid' || error.code === 'postcode-missing') {
      this.#showPostcodeError({ key: 'errorPostcodeInvalid' });
      return;
    } else if (
      (error.kind === 'rate-limited' || error.code === 'provider-rate-limited') &&
      error.retryAfterSeconds !== undefined &&
      error.retryAfterSeconds <= 120
    ) {
      this.#lookupFailure = { key: 'errorRateLimited', params: { count: error.retryAfterSeconds } };
    } else if (error.kind === 'aborted') {
      return;
    } else {
      this.#lookupFailure = { key: 'errorLookupFailed' };
    }
    this.requestUpdate();
    this.#announce(this.#text(this.#lookupFailure));
  }

  #showPostcodeError(message: Message): void {
    this.#postcodeError = message;
    this.searching = false;
    this.requestUpdate();
    // Not announced: focus moves to the field, whose description is the message.
    void this.updateComplete.then(() => {
      this.#focus(this.#postcodeInput());
    });
  }

  async #choose(address: Address): Promise<void> {
    this.#chosen = address;
    const fields = toFormFields(address);
    this.#manualErrors = {};
    await this.#goTo('manual');
    fillFields(this.#manualFields(), fields);
    this.#announce(this.i18n.t('selectedAnnouncement', { address: addressLabel(address) }));
    this.dispatchEvent(
      new CustomEvent<AddressSelectedDetail>('council-address-selected', {
        detail: { address, fields },
        bubbles: true,
        composed: true,
      }),
    );
    this.#focus(this.fieldsMode === 'host' ? this.#searchAgainLink() : this.#manualFields().line1);
  }

  async #goTo(step: AddressLookupStep): Promise<void> {
    this.step = step;
    this.requestUpdate();
    await this.updateComplete;
  }

  #cancelSearch(): void {
    this.#search?.abort();
    this.#search = null;
    this.searching = false;
  }

  #restart(): void {
    // The UPRN field keeps a value set by script through a reset: clear it by hand.
    const uprn = this.#manualFields().uprn;
    if (this.#chosen && uprn) uprn.value = '';
    this.#search?.abort();
    this.searching = false;
    this.#postcodeValue = '';
    this.#postcodeError = null;
    this.#lookupFailure = null;
    this.#selectError = null;
    this.#manualErrors = {};
    this.#chosen = null;
    this.addresses = [];
    this.#announcement = '';
    this.step = 'postcode';
  }

  #announce(text: string): void {
    // Cleared first, and filled a moment later, so the same message twice is still read out.
    this.#announcement = '';
    this.requestUpdate();
    setTimeout(() => {
      this.#announcement = text;
      this.requestUpdate();
    }, 150);
  }

  #focus(element: HTMLElement | null | undefined): void {
    element?.focus();
  }

  #text(message: Message | null): string {
    return message ? this.i18n.t(message.key, message.params) : '';
  }

  // ── The fields ──

  #id(part: string): string {
    return `${this.name}-${part}`;
  }

  #postcodeInput(): HTMLInputElement | null {
    return this.querySelector<HTMLInputElement>(`#${CSS.escape(this.#id('lookup-postcode'))}`);
  }

  #select(): HTMLSelectElement | null {
    return this.querySelector<HTMLSelectElement>(`#${CSS.escape(this.#id('lookup-select'))}`);
  }

  #searchAgainLink(): HTMLElement | null {
    return this.querySelector<HTMLElement>('.ccuk-address-lookup__search-again');
  }

  #manualFields(): AddressFieldMap {
    const mode = this.fieldsMode;
    if (mode === 'author') return this.#authorFields;
    if (mode === 'host') {
      const references = Object.fromEntries(
        ADDRESS_FIELD_NAMES.map((name) => [name, this.getAttribute(`fill-${fieldPart(name)}`)]),
      ) as Record<AddressFieldName, string | null>;
      return findHostFields(hostFormOf(this), this.getRootNode() as Document | ShadowRoot, references);
    }
    const own: AddressFieldMap = {};
    for (const name of ADDRESS_FIELD_NAMES) {
      const field = this.querySelector<HTMLInputElement>(`#${CSS.escape(this.#id(fieldPart(name)))}`);
      if (field) own[name] = field;
    }
    return own;
  }

  // ── Rendering ──

  override render(): TemplateResult {
    const mode = this.fieldsMode;
    const body = html`
      <div class="ccuk-visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.#announcement}</div>
      ${this.step === 'postcode' ? this.#renderPostcodeStep() : nothing}
      ${this.step === 'select' ? this.#renderSelectStep() : nothing}
      ${mode === 'own' ? this.#renderOwnFields() : nothing}
      ${this.step === 'manual' ? this.#renderSearchAgain(mode) : nothing}
    `;
    const hintId = this.#id('lookup-hint');
    const question = this.label ?? this.i18n.t('legend');
    return html`<div class="ccuk-root ccuk-address-lookup">
      <fieldset class="ccuk-fieldset" aria-describedby=${this.hint ? hintId : nothing}>
        <legend
          class="ccuk-fieldset__legend ${this.pageHeading ? 'ccuk-fieldset__legend--l' : 'ccuk-fieldset__legend--m'}"
        >
          ${this.pageHeading ? html`<h1 class="ccuk-fieldset__heading">${question}</h1>` : question}
        </legend>
        ${this.hint ? html`<div class="ccuk-hint" id=${hintId}>${this.hint}</div>` : nothing} ${body}
      </fieldset>
    </div>`;
  }

  #renderError(id: string, message: Message | null): TemplateResult | typeof nothing {
    if (!message) return nothing;
    return html`<p class="ccuk-error-message" id=${id}>
      <span class="ccuk-visually-hidden">${this.i18n.t('errorPrefix')}</span> ${this.#text(message)}
    </p>`;
  }

  #manualLink(text: string): TemplateResult {
    return html`<a
      class="ccuk-link ccuk-address-lookup__manual"
      href="#${this.#id('line-1')}"
      @click=${(event: Event) => {
        event.preventDefault();
        void this.enterManually();
      }}
      >${text}</a
    >`;
  }

  #renderPostcodeStep(): TemplateResult {
    const inputId = this.#id('lookup-postcode');
    const errorId = `${inputId}-error`;
    const failureId = `${inputId}-failure`;
    const describedBy = [this.#postcodeError ? errorId : '', this.#lookupFailure ? failureId : '']
      .filter(Boolean)
      .join(' ');
    return html`
      <div class="ccuk-form-group ${this.#postcodeError ? 'ccuk-form-group--error' : ''}">
        <label class="ccuk-label" for=${inputId}>${this.i18n.t('postcodeLabel')}</label>
        ${this.#renderError(errorId, this.#postcodeError)}
        <input
          class="ccuk-input ccuk-input--width-10 ${this.#postcodeError ? 'ccuk-input--error' : ''}"
          id=${inputId}
          type="text"
          autocomplete="postal-code"
          spellcheck="false"
          enterkeyhint="search"
          aria-describedby=${describedBy || nothing}
          @input=${(event: Event) => {
            this.#postcodeValue = (event.target as HTMLInputElement).value;
          }}
          @keydown=${(event: KeyboardEvent) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              void this.#find();
            }
          }}
        />
      </div>
      ${
        this.#lookupFailure
          ? html`<div class="ccuk-inset-text" id=${failureId}>
              <p class="ccuk-body">${this.#text(this.#lookupFailure)}</p>
            </div>`
          : nothing
      }
      ${this.searching ? html`<p class="ccuk-body ccuk-address-lookup__searching">${this.i18n.t('searching')}</p>` : nothing}
      <div class="ccuk-button-group">
        <button
          class="ccuk-button ${this.#lookupFailure ? 'ccuk-button--secondary' : ''}"
          type="button"
          @click=${() => void this.#find()}
        >
          ${this.#lookupFailure ? this.i18n.t('tryAgain') : this.i18n.t('findAddress')}
        </button>
        ${this.#manualLink(this.i18n.t('enterManually'))}
      </div>
    `;
  }

  #renderSelectStep(): TemplateResult {
    const selectId = this.#id('lookup-select');
    const errorId = `${selectId}-error`;
    const count = this.addresses.length;
    return html`
      <p class="ccuk-body">
        ${this.i18n.t('found', { count, postcode: this.#searchedPostcode })}
        <a class="ccuk-link" href="#${this.#id('lookup-postcode')}" @click=${this.#backToSearch}
          >${this.i18n.t('change')}<span class="ccuk-visually-hidden"> ${this.i18n.t('changeHidden')}</span></a
        >
      </p>
      <div class="ccuk-form-group ${this.#selectError ? 'ccuk-form-group--error' : ''}">
        <label class="ccuk-label" for=${selectId}>${this.i18n.t('selectLabel')}</label>
        ${this.#renderError(errorId, this.#selectError)}
        <select
          class="ccuk-select ${this.#selectError ? 'ccuk-select--error' : ''}"
          id=${selectId}
          aria-describedby=${this.#selectError ? errorId : nothing}
        >
          <option value="">${this.i18n.t('selectPlaceholder', { count })}</option>
          ${this.addresses.map((address, index) => html`<option value=${index}>${addressLabel(address)}</option>`)}
        </select>
      </div>
      <div class="ccuk-button-group">
        <button
          class="ccuk-button"
          type="button"
          @click=${() => {
            const index = this.#select()?.value ?? '';
            const address = index === '' ? undefined : this.addresses[Number(index)];
            // Nothing chosen: the same check as on submit ("Select an address", focus on the list).
            if (address) void this.#choose(address);
            else this.validate();
          }}
        >
          ${this.i18n.t('useAddress')}
        </button>
        ${this.#manualLink(this.i18n.t('cantFind'))}
      </div>
    `;
  }

  #renderOwnFields(): TemplateResult {
    const hidden = this.step !== 'manual';
    const field = (
      part: string,
      label: AddressLookupMessageKey,
      autocomplete: string,
      width: string,
      error?: Message,
    ): TemplateResult => {
      const id = this.#id(part);
      return html`<div class="ccuk-form-group ${error ? 'ccuk-form-group--error' : ''}">
        <label class="ccuk-label" for=${id}>${this.i18n.t(label)}</label>
        ${this.#renderError(`${id}-error`, error ?? null)}
        <input
          class="ccuk-input ${width} ${error ? 'ccuk-input--error' : ''}"
          id=${id}
          name=${id}
          type="text"
          autocomplete=${autocomplete}
          aria-describedby=${error ? `${id}-error` : nothing}
          ?disabled=${hidden}
        />
      </div>`;
    };
    return html`<div class="ccuk-address-lookup__manual-fields" ?hidden=${hidden}>
      ${this.#chosen ? html`<p class="ccuk-body">${this.i18n.t('checkAddress')}</p>` : nothing}
      ${field('line-1', 'line1Label', 'address-line1', '', this.#manualErrors.line1)}
      ${field('line-2', 'line2Label', 'address-line2', '')}
      ${field('town', 'townLabel', 'address-level2', 'ccuk-!-width-two-thirds', this.#manualErrors.town)}
      ${field('county', 'countyLabel', 'address-level1', 'ccuk-!-width-two-thirds')}
      ${field('postcode', 'postcodeLabel', 'postal-code', 'ccuk-input--width-10', this.#manualErrors.postcode)}
      <input type="hidden" id=${this.#id('uprn')} name=${this.#id('uprn')} ?disabled=${hidden} />
    </div>`;
  }

  /** A chosen address edited into another (line 1 or postcode changed) is no longer that property: forget its UPRN. */
  readonly #onFieldInput = (event: Event): void => {
    if (!this.#chosen) return;
    const fields = this.#manualFields();
    if (!fields.uprn || (event.target !== fields.line1 && event.target !== fields.postcode)) return;
    const chosen = toFormFields(this.#chosen);
    const now = readFields(fields);
    if (now.line1.trim() !== chosen.line1 || checkPostcode(now.postcode).postcode !== chosen.postcode) {
      fields.uprn.value = '';
    }
  };

  /** "Change" and "Search for a different address": back to the postcode, as typed, with a clean slate. */
  readonly #backToSearch = async (event: Event): Promise<void> => {
    event.preventDefault();
    this.#postcodeError = null;
    this.#lookupFailure = null;
    await this.#goTo('postcode');
    this.#focus(this.#postcodeInput());
  };

  #renderSearchAgain(mode: AddressFieldsMode): TemplateResult {
    return html`<p class="ccuk-body">
      ${mode === 'host' && this.#chosen ? html`${addressLabel(this.#chosen)}<br />` : nothing}
      <a
        class="ccuk-link ccuk-address-lookup__search-again"
        href="#${this.#id('lookup-postcode')}"
        @click=${this.#backToSearch}
        >${this.i18n.t('searchAgain')}</a
      >
    </p>`;
  }
}
