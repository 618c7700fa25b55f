import { html, LitElement, unsafeCSS, type PropertyDeclarations } from 'lit';
import { councilCss } from '../styles/govuk-css.generated.js';
import { defineElement } from '../define.js';

/**
 * ADR 0001, option B, kept for comparison: the field lives in a shadow root
 * and joins the host form as a form-associated custom element through
 * ElementInternals. Not used by any component.
 */
export class AdrShadowField extends LitElement {
  static formAssociated = true;
  static override styles = unsafeCSS(councilCss);
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override properties: PropertyDeclarations = { name: { reflect: true }, label: {}, hint: {} };

  declare name: string;
  declare label: string;
  declare hint: string;
  readonly #internals: ElementInternals;

  constructor() {
    super();
    this.name = 'field';
    this.label = 'Postcode';
    this.hint = 'For example, SW1A 2AA';
    this.#internals = this.attachInternals();
  }

  get input(): HTMLInputElement | null {
    return this.renderRoot.querySelector('input');
  }

  formResetCallback(): void {
    if (this.input) this.input.value = '';
    this.#internals.setFormValue('');
  }

  override render(): unknown {
    const id = this.name;
    return html`<div>
      <div class="ccuk-form-group">
        <label class="ccuk-label" for=${id}>${this.label}</label>
        <div class="ccuk-hint" id="${id}-hint">${this.hint}</div>
        <input
          class="ccuk-input ccuk-input--width-10"
          id=${id}
          type="text"
          autocomplete="postal-code"
          aria-describedby="${id}-hint"
          @input=${(event: Event) => this.#internals.setFormValue((event.target as HTMLInputElement).value)}
        />
        <button class="ccuk-button" type="button">Find address</button>
      </div>
    </div>`;
  }
}
defineElement('council-adr-shadow-field', AdrShadowField);
