import type { PropertyDeclarations, PropertyValues } from '@lit/reactive-element';
import { html, nothing, type TemplateResult } from 'lit-html';
import { addressLabel, type Address } from '@council-components/addresses/address.js';
import type { CollectionDay, CollectionService } from '@council-components/collections/collections.js';
import { dayHeading, movedFromDate } from '@council-components/collections/date-words.js';
import { londonDate, prepareLondonDate } from '@council-components/collections/local-date.js';
import { CouncilElement } from '@council-components/core/base-element.js';
import { elementById } from '@council-components/core/dom/element-by-id.js';
import type { MessageParams } from '@council-components/core/i18n/catalogue.js';
import { LocalizeController } from '@council-components/core/i18n/localize-controller.js';
import { Announcer } from '@council-components/core/live/announcer.js';
import { PageContent } from '@council-components/core/render/page-content.js';
import { RequestController } from '@council-components/core/request/request-controller.js';
import { AddressSearch } from '@council-components/core/search/address-search.js';
import { SEARCH_START } from '@council-components/core/search/address-search.state.js';
import { endpointSource } from '@council-components/core/search/address-sources.js';
import type { PropertyCollections } from '@council-components/collections/collections.js';
import {
  afterCollections,
  type BinCollectionsState,
  type BinCollectionsStep,
  type Property,
} from './bin-collections.state.js';
import { binCollectionsStrings, type BinCollectionsMessageKey } from './bin-collections.strings.js';
import { styles } from './bin-collections.styles.generated.js';
import { calendarUrls, DEFAULT_TIMEOUT_MS, fetchCollections } from './collections-endpoint.js';
import { packageName, packageVersion } from './package-version.generated.js';
import { forgetProperty, rememberedProperty, rememberProperty } from './remembered-property.js';

export type { BinCollectionsStep, Property } from './bin-collections.state.js';

/** GOV.UK's service that tells a resident which council looks after an address. */
const FIND_YOUR_COUNCIL = 'https://www.gov.uk/find-local-council';

/** A container colour the page may paint: a CSS colour word or a hex colour, nothing that could carry other CSS. */
const paintable = (colour: string | null): colour is string =>
  colour !== null && /^(?:[a-z]{3,20}|#[0-9a-f]{3}|#[0-9a-f]{6})$/i.test(colour);

/**
 * `<council-bin-collections>`: when are my bins collected? A resident finds their property with the kit's address
 * search (or the page names it with `uprn`), and sees their next collections by date, with the calendar to add
 * them to and the council's links.
 *
 * @customElement council-bin-collections
 * @attr {string} strings - JSON replacing any of its text, per language: `{"cy":{"heading":"…"}}`.
 * @attr {string} telemetry - `off`: this element is left out of the adoption beacon (core's README, "Adoption telemetry").
 * @slot - The page author's content, shown under the collections and kept without JavaScript: the council's own bin
 * day page, contact details, other links.
 */
export class CouncilBinCollections extends CouncilElement {
  static override packageName = packageName;
  static override version = packageVersion;
  static override componentCss = styles;

  static override properties: PropertyDeclarations = {
    name: { reflect: true },
    uprn: {},
    address: {},
    endpoint: {},
    addressEndpoint: { attribute: 'address-endpoint' },
    remember: { type: Boolean },
    missedHref: { attribute: 'missed-href' },
    contactHref: { attribute: 'contact-href' },
    timeout: { type: Number },
    state: { state: true },
  };

  /** The start of every id it gives its parts: `bins` gives `bins-lookup-postcode`. */
  declare name: string;
  /** The property to show, when the page knows it: no address search. */
  declare uprn: string | undefined;
  /** The address of `uprn`, to name it in the heading. */
  declare address: string | undefined;
  /** The council back end's collections endpoint (the normalised contract). Default `/api/collections`. */
  declare endpoint: string;
  /** The council back end's address endpoint, for the address search. Default `/api/addresses`. */
  declare addressEndpoint: string;
  /** Remembers the property the resident chose, in this browser, for their next visit ("Not your address? Change"). */
  declare remember: boolean;
  /** The council's "Report a missed collection" page. */
  declare missedHref: string | undefined;
  /** The council's contact page: the way forward when no dates can be shown, or an address is not in the list. */
  declare contactHref: string | undefined;
  /** Seconds to wait for each attempt of a request (two attempts at most). Default 8. */
  declare timeout: number | undefined;

  declare protected state: BinCollectionsState;

  /** @internal Not for pages: for the component, its tests and the kit. */
  readonly i18n = new LocalizeController<BinCollectionsMessageKey>(this, binCollectionsStrings, () => this.strings);

  readonly #announcer = new Announcer(this);

  readonly #search = new AddressSearch<BinCollectionsMessageKey>(this, {
    announcer: this.#announcer,
    t: (key, params) => this.#t(key, params),
    id: (part) => this.#id(part),
    lang: () => this.i18n.lang,
    source: () => endpointSource(this.addressEndpoint, this.#timeoutMs()),
    state: () => (this.state.step === 'postcode' || this.state.step === 'select' ? this.state : undefined),
    setState: (state) => {
      this.state = state;
    },
    // BFPO, Jersey, Guernsey, the Isle of Man: no council here collects there.
    outside: (postcode) =>
      this.#show(
        { step: 'not-collected', property: { uprn: null, address: postcode, chosen: true }, reason: 'outside-area' },
        true,
      ),
    use: (address) => this.#choose(address),
    otherWay: (step) => this.#contactLink(step === 'select' ? 'cantFind' : 'contactCouncil'),
  });

  readonly #collections = new RequestController<PropertyCollections>(this, {
    announcer: this.#announcer,
    loading: () => this.#t('loading'),
    // Said once the state is shown, whether the back end failed or answered "unavailable" (`#showProperty`).
    failure: () => '',
  });

  readonly #pageContent = new PageContent(this);

  constructor() {
    super();
    this.name = 'bins';
    this.endpoint = '/api/collections';
    this.addressEndpoint = '/api/addresses';
    this.remember = false;
    this.state = SEARCH_START;
  }

  /**
   * The step the resident is on.
   * @internal Not for pages: for the component, its tests and the kit.
   */
  get currentStep(): BinCollectionsStep {
    return this.state.step;
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
    if (!address) throw new RangeError(`No address at ${String(index)}`);
    await this.#choose(address);
  }

  /** Asks again for the collections of the property shown ("Try again"); resolves once they are shown. */
  async refresh(): Promise<void> {
    const { uprn } = this;
    const property =
      'property' in this.state
        ? this.state.property
        : uprn
          ? { uprn, address: this.address ?? null, chosen: false }
          : undefined;
    if (property) await this.#showProperty(property, false);
  }

  /** "Not your address? Change": forgets the property, back to the address search. */
  async changeAddress(): Promise<void> {
    this.#collections.cancel();
    forgetProperty();
    await this.#search.startAgain();
  }

  // ── Behaviour ──

  protected override firstUpdated(): void {
    if (this.uprn) return;
    const remembered = this.remember ? rememberedProperty(this.endpoint) : undefined;
    if (remembered) void this.#showProperty(remembered, false);
  }

  protected override updated(changed: PropertyValues<this>): void {
    const { uprn } = this;
    if (changed.has('uprn') && uprn)
      void this.#showProperty({ uprn, address: this.address ?? null, chosen: false }, false);
  }

  /** The resident chose an address: its collections, with focus on their heading. */
  #choose(address: Address): Promise<void> {
    return this.#showProperty({ uprn: address.uprn, address: addressLabel(address), chosen: true }, true);
  }

  #timeoutMs(): number {
    return this.timeout && this.timeout > 0 ? this.timeout * 1000 : DEFAULT_TIMEOUT_MS;
  }

  /** Asks the back end for a property's collections and shows them; `focus` when the resident asked. */
  async #showProperty(property: Property, focus: boolean): Promise<void> {
    this.#search.cancel();
    const { uprn } = property;
    // An address a vendor gave without its UPRN: no collections can be asked for.
    if (uprn === null) return this.#show({ step: 'unavailable', property }, focus);
    const loading: BinCollectionsState = { step: 'loading', property };
    this.state = loading;
    const answered = this.#collections.run((signal) =>
      fetchCollections(this.endpoint, uprn, { signal, timeoutMs: this.#timeoutMs() }),
    );
    // While the back end answers: the formatter for today's date in London, which the answer is drawn with.
    prepareLondonDate();
    const found = await answered;
    // Replaced by a newer request, or the resident moved on.
    if (this.state !== loading) return;
    const answer = found ?? this.#collections.error;
    if (!answer) return;
    const next = afterCollections(property, answer);
    if (property.chosen && this.remember && next.step === 'collections') rememberProperty(this.endpoint, property);
    await this.#show(next, focus);
  }

  /** Shows a property's state: what is wrong said in the live region, and focus on the heading when asked for. */
  async #show(next: BinCollectionsState, focus: boolean): Promise<void> {
    this.state = next;
    const problem = this.#problemText(next);
    if (problem) this.#announcer.announce(problem);
    await this.updateComplete;
    if (focus) elementById(this, this.#id('heading'))?.focus();
  }

  #id(part: string): string {
    return `${this.idBase(this.name)}-${part}`;
  }

  /** A string in the resident's language. */
  #t(key: BinCollectionsMessageKey, params?: MessageParams): string {
    return this.i18n.t(key, params);
  }

  /** What a state with no dates to show says, for the live region: '' for others. */
  #problemText(state: BinCollectionsState): string {
    if (state.step === 'unavailable') return this.#t('unavailable');
    if (state.step === 'not-collected')
      return this.#t(state.reason === 'outside-area' ? 'outsideArea' : 'notAProperty');
    return '';
  }

  // ── Rendering ──

  override render(): TemplateResult {
    const { state } = this;
    const property = 'property' in state ? state.property : undefined;
    const heading = property
      ? property.address
        ? this.#t('headingFor', { address: property.address })
        : this.#t('heading')
      : this.#t('heading');
    return html`<div class="ccuk-root ccuk-bin-collections">
      <h2 class="ccuk-heading-m" id=${this.#id('heading')} tabindex="-1">${heading}</h2>
      ${this.#announcer.render()} ${property?.chosen && state.step !== 'not-collected' ? this.#renderChange() : nothing}
      ${state.step === 'postcode' || state.step === 'select' ? this.#search.render(state) : this.#renderProperty(state)}
      <div data-ccuk-page ?hidden=${!this.#pageContent.found}></div>
    </div>`;
  }

  #renderChange(): TemplateResult {
    return html`<p class="ccuk-body">
      ${this.#t('notYourAddress')}
      <a class="ccuk-link" href="#${this.#id('lookup-postcode')}" @click=${this.#change}
        >${this.#t('change')}<span class="ccuk-visually-hidden"> ${this.#t('changeAddressHidden')}</span></a
      >
    </p>`;
  }

  readonly #change = (event: Event): void => {
    event.preventDefault();
    void this.changeAddress();
  };

  /** The council's contact page, where it gave one: beside a search's buttons, and where no dates can be shown. */
  #contactLink(text: BinCollectionsMessageKey): TemplateResult | typeof nothing {
    return this.contactHref ? html`<a class="ccuk-link" href=${this.contactHref}>${this.#t(text)}</a>` : nothing;
  }

  #renderProperty(state: Exclude<BinCollectionsState, { step: 'postcode' | 'select' }>): TemplateResult {
    switch (state.step) {
      case 'loading':
        return html`<p class="ccuk-body">${this.#t('loading')}</p>`;
      case 'unavailable':
        return html`<div class="ccuk-inset-text"><p class="ccuk-body">${this.#t('unavailable')}</p></div>
          <div class="ccuk-button-group">
            <button
              class="ccuk-button ccuk-button--secondary"
              type="button"
              @click=${() => void this.#showProperty(state.property, true)}
            >
              ${this.#t('tryAgain')}
            </button>
            ${this.#contactLink('contactCouncil')}
          </div>`;
      case 'not-collected':
        // Each way forward in a paragraph of its own: links a finger can tell apart (2.5.8).
        return html`<p class="ccuk-body">${this.#problemText(state)}</p>
          ${
            state.reason === 'outside-area'
              ? html`<p class="ccuk-body">
                  <a class="ccuk-link" href=${FIND_YOUR_COUNCIL}>${this.#t('findCouncil')}</a>
                </p>`
              : nothing
          }
          ${
            state.property.chosen
              ? html`<p class="ccuk-body">
                  <a class="ccuk-link" href="#${this.#id('lookup-postcode')}" @click=${this.#change}
                    >${this.#t('searchAgain')}</a
                  >
                </p>`
              : nothing
          }
          ${this.contactHref ? html`<p class="ccuk-body">${this.#contactLink('contactCouncil')}</p>` : nothing}`;
      case 'collections':
        return this.#renderCollections(state.property, state.collections);
    }
  }

  #renderCollections(property: Property, { status, days }: PropertyCollections): TemplateResult {
    const today = londonDate(new Date());
    const { download, subscribe } = calendarUrls(this.endpoint, property.uprn ?? '', this.i18n.lang);
    return html`${status === 'partial' ? html`<div class="ccuk-inset-text"><p class="ccuk-body">${this.#t('partial')}</p></div>` : nothing}
    ${
      days.length === 0
        ? html`<p class="ccuk-body">${this.#t('noCollections')}</p>
            ${this.contactHref ? html`<p class="ccuk-body">${this.#contactLink('contactCouncil')}</p>` : nothing}`
        : html`${days.map((day) => this.#renderDay(day, today))}
            <h3 class="ccuk-heading-s">${this.#t('calendarHeading')}</h3>
            <p class="ccuk-body"><a class="ccuk-link" href=${download} download>${this.#t('calendarDownload')}</a></p>
            <p class="ccuk-body"><a class="ccuk-link" href=${subscribe}>${this.#t('calendarSubscribe')}</a></p>`
    }
    ${
      this.missedHref
        ? html`<p class="ccuk-body"><a class="ccuk-link" href=${this.missedHref}>${this.#t('reportMissed')}</a></p>`
        : nothing
    }`;
  }

  #renderDay({ date, originalDate, services }: CollectionDay, today: string): TemplateResult {
    const lang = this.i18n.lang;
    return html`<h3 class="ccuk-heading-s ccuk-bin-collections__day">${dayHeading(date, today, lang)}</h3>
      ${
        originalDate
          ? html`<p class="ccuk-body-s">${this.#t('movedFrom', { date: movedFromDate(originalDate, lang) })}</p>`
          : nothing
      }
      <ul class="ccuk-list ccuk-bin-collections__services">
        ${services.map((service) => this.#renderService(service))}
      </ul>`;
  }

  /** A service by its name, which says its colour; the swatch beside it is decoration, never the only sign. */
  #renderService({ label, labelCy, container }: CollectionService): TemplateResult {
    const { colour } = container;
    return html`<li>
      ${
        paintable(colour)
          ? // Given through the CSSOM (`.style`), which a page's strict CSP allows, unlike a style attribute; as a custom
            // property, which the shield's `all: revert` leaves alone, for the component's stylesheet to paint.
            html`<span
              class="ccuk-bin-collections__swatch"
              .style=${`--ccuk-swatch:${colour}`}
              aria-hidden="true"
            ></span>`
          : nothing
      }${this.i18n.lang === 'cy' ? labelCy : label}
    </li>`;
  }
}
