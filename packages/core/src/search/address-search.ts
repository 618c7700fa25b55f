import type { ReactiveControllerHost } from '@lit/reactive-element';
import { html, nothing, render, type TemplateResult } from 'lit-html';
import { addressLabel, type Address } from '@council-components/addresses/address.js';
import { elementById } from '../dom/element-by-id.js';
import type { MessageParams } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/lang.js';
import type { Announcer } from '../live/announcer.js';
import { errorMessage } from '../render/form-group.js';
import { RequestController } from '../request/request-controller.js';
import type { AddressSource } from './address-sources.js';
import {
  afterFailure,
  afterSearch,
  beforeSearch,
  SEARCH_START,
  type SearchMessage,
  type SearchState,
} from './address-search.state.js';
import type { AddressSearchMessageKey } from './address-search.strings.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Whether the list's template has been prepared on this page. Lit parses a template's HTML the first time it is
 * drawn; the list is first drawn by the first search, between the answer and the list shown. It is drawn once, out of
 * the page, in a task of its own just after the first postcode step: the first search only fills it in.
 */
let listPrepared = false;

const optionsByList = new WeakMap<readonly Address[], readonly HTMLOptionElement[]>();

/**
 * The list's options for the addresses a search found: plain `<option>` nodes, made once for each answer (a render
 * again, for a problem by the list, reuses them), with no template work per address, so that a thousand addresses
 * cost little more than ten. Their text is set as text, never parsed as HTML.
 */
function addressOptions(addresses: readonly Address[]): readonly HTMLOptionElement[] {
  let options = optionsByList.get(addresses);
  if (!options) {
    options = addresses.map((address, index) => new Option(addressLabel(address), String(index)));
    optionsByList.set(addresses, options);
  }
  return options;
}

export interface AddressSearchOptions<Key extends string> {
  /** The component's live region. */
  announcer: Announcer;
  /** A string of the component's catalogue, in the resident's language (it holds `addressSearchStrings`). */
  t: (key: Key | AddressSearchMessageKey, params?: MessageParams) => string;
  /** The id of one of the search's parts (`lookup-postcode`, `lookup-select`), unique on the page. */
  id: (part: string) => string;
  lang: () => Lang;
  source: () => AddressSource;
  /** The component's state, while it is searching; undefined once the resident has moved on. */
  state: () => SearchState<Key | AddressSearchMessageKey> | undefined;
  setState: (state: SearchState<Key | AddressSearchMessageKey>) => void;
  /** A new search begins: what an earlier one gave is no longer the answer. */
  started?: () => void;
  /** A postcode no dataset covers (BFPO, Jersey, Guernsey, the Isle of Man), tidied. */
  outside: (postcode: string) => Promise<void>;
  /** "Use this address", with an address picked. */
  use: (address: Address) => Promise<void>;
  /** "Use this address" with nothing picked; by default "Select an address" by the list. */
  nothingPicked?: () => void;
  /** The other way forward beside each step's button ("Enter the address manually"), if any. */
  otherWay: (step: SearchState['step']) => TemplateResult | typeof nothing;
}

/**
 * The address search of the GOV.UK address pattern, for every component that needs a property: the postcode
 * field, "Find address", the list of addresses found and "Use this address", with their errors, the busy state
 * and what a screen reader hears. The component keeps the state (`options.state`), and its own steps beside it;
 * this does the searching and draws the two steps.
 */
export class AddressSearch<Key extends string> {
  readonly #host: Host;
  readonly #options: AddressSearchOptions<Key>;
  readonly #request: RequestController<Address[]>;
  #postcode = '';

  constructor(host: Host, options: AddressSearchOptions<Key>) {
    this.#host = host;
    this.#options = options;
    this.#request = new RequestController<Address[]>(host, {
      announcer: options.announcer,
      loading: () => options.t('searching'),
      failure: (error) => this.#text(afterFailure(error).failure),
      busyShown: 'when-slow',
    });
  }

  /** What is in the postcode field, as typed (tidied by a search). */
  get postcode(): string {
    return this.#postcode;
  }

  set postcode(value: string) {
    this.#postcode = value;
    this.#host.requestUpdate();
  }

  /** Whether a search is waiting for its answer. */
  get busy(): boolean {
    return this.#request.busy;
  }

  /** Stops a search still waiting: its answer will not be shown. */
  cancel(): void {
    this.#request.cancel();
  }

  /** Looks up what is in the postcode field, and shows where it leads. */
  async find(): Promise<void> {
    const options = this.#options;
    const { postcode, next } = beforeSearch(this.#postcode);
    if (next) {
      this.cancel();
      // An outside-GB postcode is carried on, tidied; a faulty one stays as typed.
      if (next === 'outside') {
        this.postcode = postcode;
        await options.outside(postcode);
      } else await this.#show(next);
      return;
    }
    // What is already so is not set again: a search from a clean start renders once, with its answer.
    if (postcode !== this.#postcode) this.postcode = postcode;
    const state = options.state();
    if (state?.step !== 'postcode' || state.error || state.failure) options.setState(SEARCH_START);
    options.started?.();
    const found = await this.#request.run((signal) =>
      options.source().find(postcode, { language: options.lang(), signal }),
    );
    // Replaced by a newer search, or the resident moved on: this answer is no longer wanted.
    if (options.state()?.step !== 'postcode') return;
    const { error } = this.#request;
    if (found) {
      const outcome = afterSearch(postcode, found);
      if (outcome === 'outside') await options.outside(postcode);
      else await this.#show(outcome);
    } else if (error) await this.#show(afterFailure(error));
  }

  /** Back to the postcode, as typed, with a clean slate: "Change", "Search for a different address". */
  async startAgain(): Promise<void> {
    // "Address selected: …" no longer says where the resident is.
    this.#options.announcer.clear();
    this.#options.setState(SEARCH_START);
    await this.#host.updateComplete;
    this.focus('lookup-postcode');
  }

  /** The address picked in the list, if any (not yet confirmed with "Use this address"). */
  picked(): Address | undefined {
    const state = this.#options.state();
    const index = (elementById(this.#host, this.#options.id('lookup-select')) as HTMLSelectElement | null)?.value ?? '';
    return state?.step === 'select' && index !== '' ? state.addresses[Number(index)] : undefined;
  }

  /** Moves focus to one of the search's parts (`lookup-postcode`, `lookup-select`). */
  focus(part: 'lookup-postcode' | 'lookup-select'): void {
    elementById(this.#host, this.#options.id(part))?.focus();
  }

  /** Shows a state the search led to, and moves focus and the live region with it. */
  async #show(next: SearchState<Key | AddressSearchMessageKey>): Promise<void> {
    const options = this.#options;
    if (next.step !== 'postcode') this.cancel();
    options.setState(next);
    // Said in the same update as what it describes: one render, one style and layout, before focus moves.
    if (next.step === 'select')
      options.announcer.announce(options.t('found', { count: next.addresses.length, postcode: next.postcode }));
    // Focus is already on the field, or goes back to it: its description alone would not be read again.
    else if (next.error) options.announcer.announce(`${options.t('errorPrefix')} ${this.#text(next.error)}`);
    await this.#host.updateComplete;
    if (next.step === 'select') this.focus('lookup-select');
    else if (next.error) this.focus('lookup-postcode');
  }

  #text(message: SearchMessage<Key | AddressSearchMessageKey> | undefined): string {
    return message ? this.#options.t(message.key, message.params) : '';
  }

  /** The step the state is on: the postcode field, or the list. */
  render(state: SearchState<Key | AddressSearchMessageKey>): TemplateResult {
    if (!listPrepared) {
      listPrepared = true;
      setTimeout(() => {
        // Drawn with the host's ids: an element already gone would work them out away from its page. The next does it.
        if (this.#host.isConnected)
          render(
            this.#renderSelectStep({ step: 'select', postcode: '', addresses: [] }),
            document.createDocumentFragment(),
          );
        else listPrepared = false;
      });
    }
    return state.step === 'postcode' ? this.#renderPostcodeStep(state) : this.#renderSelectStep(state);
  }

  /**
   * The postcode step: one template, with no template of its own for the form group, the hint, the input or the
   * buttons, and listeners that stay the same between renders. Every lookup on a page draws it at start-up, so its
   * template parts are most of a page's start-up work (issue 17). The same GOV.UK markup as `formGroup`, with its
   * `errorMessage`.
   */
  #renderPostcodeStep({
    error,
    failure,
  }: Extract<SearchState<Key | AddressSearchMessageKey>, { step: 'postcode' }>): TemplateResult {
    const { t, id } = this.#options;
    const fieldId = id('lookup-postcode');
    const message = this.#text(error);
    const errorId = `${fieldId}-error`;
    const failureId = id('lookup-postcode-failure');
    const describedBy = [`${fieldId}-hint`, message && errorId, failure && failureId].filter(Boolean).join(' ');
    return html`<div class="ccuk-form-group ${message ? 'ccuk-form-group--error' : ''}">
        <label class="ccuk-label" for=${fieldId}>${t('postcodeLabel')}</label>
        <div class="ccuk-hint" id="${fieldId}-hint">${t('postcodeHint')}</div>
        ${errorMessage(errorId, t('errorPrefix'), message)}
        <input
          class="ccuk-input ccuk-input--width-10 ${message ? 'ccuk-input--error' : ''}"
          id=${fieldId}
          type="text"
          autocomplete="postal-code"
          spellcheck="false"
          enterkeyhint="search"
          aria-describedby=${describedBy}
          .value=${this.#postcode}
          @input=${this.#typed}
          @keydown=${this.#keyDown}
        />
      </div>
      ${
        failure
          ? html`<div class="ccuk-inset-text" id=${failureId}><p class="ccuk-body">${this.#text(failure)}</p></div>`
          : nothing
      }
      ${this.#request.slow ? html`<p class="ccuk-body">${t('searching')}</p>` : nothing}
      <div class="ccuk-button-group">
        <button
          class="ccuk-button ${failure ? 'ccuk-button--secondary' : ''}"
          type="button"
          @click=${this.#findClicked}
        >
          ${t(failure ? 'tryAgain' : 'findAddress')}
        </button>
        ${this.#options.otherWay('postcode')}
      </div>`;
  }

  readonly #typed = (event: Event): void => {
    this.#postcode = (event.target as HTMLInputElement).value;
  };

  readonly #keyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void this.find();
    }
  };

  readonly #findClicked = (): void => {
    void this.find();
  };

  /** The list of addresses found: one template too, as the first search draws it for the first time. */
  #renderSelectStep({
    addresses,
    postcode,
    error,
  }: Extract<SearchState<Key | AddressSearchMessageKey>, { step: 'select' }>): TemplateResult {
    const { t, id } = this.#options;
    const count = addresses.length;
    const fieldId = id('lookup-select');
    const message = this.#text(error);
    const errorId = `${fieldId}-error`;
    // The list is full width: addresses are long, and a list with a width of its own makes the browser measure every
    // address before showing it (a third of the time to show a thousand).
    return html`<p class="ccuk-body">
        ${t('found', { count, postcode })}
        <a class="ccuk-link" href="#${id('lookup-postcode')}" @click=${this.#changeClicked}
          >${t('change')}<span class="ccuk-visually-hidden"> ${t('changeHidden')}</span></a
        >
      </p>
      <div class="ccuk-form-group ${message ? 'ccuk-form-group--error' : ''}">
        <label class="ccuk-label" for=${fieldId}>${t('selectLabel')}</label>
        ${errorMessage(errorId, t('errorPrefix'), message)}
        <select
          class="ccuk-select ccuk-!-width-full ${message ? 'ccuk-select--error' : ''}"
          id=${fieldId}
          aria-describedby=${message ? errorId : nothing}
        >
          <option value="">${t('selectPlaceholder', { count })}</option>
          ${addressOptions(addresses)}
        </select>
      </div>
      <div class="ccuk-button-group">
        <button class="ccuk-button" type="button" @click=${this.#useClicked}>${t('useAddress')}</button>
        ${this.#options.otherWay('select')}
      </div>`;
  }

  readonly #changeClicked = (event: Event): void => {
    event.preventDefault();
    void this.startAgain();
  };

  readonly #useClicked = (): void => {
    const picked = this.picked();
    const state = this.#options.state();
    if (picked) void this.#options.use(picked);
    else if (this.#options.nothingPicked) this.#options.nothingPicked();
    else if (state?.step === 'select') void this.#show({ ...state, error: { key: 'errorSelect' } });
  };
}
