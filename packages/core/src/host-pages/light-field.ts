import { html, type PropertyDeclarations } from 'lit';
import { CouncilElement } from '../base-element.js';
import { defineElement } from '../define.js';

/**
 * ADR 0001, option A: the field is rendered into the element's light DOM and
 * shielded by the shared, layered, important stylesheet. The smallest element
 * that exercises everything the real components will: a labelled, hinted
 * input with an error message, named for the host form.
 */
export class AdrLightField extends CouncilElement {
  static override properties: PropertyDeclarations = {
    name: { reflect: true },
    label: {},
    hint: {},
    error: {},
    autocomplete: {},
  };

  declare name: string;
  declare label: string;
  declare hint: string;
  declare error: string;
  declare autocomplete: string;

  constructor() {
    super();
    this.name = 'field';
    this.label = 'Postcode';
    this.hint = 'For example, SW1A 2AA';
    this.error = '';
    this.autocomplete = 'postal-code';
  }

  override render(): unknown {
    const id = this.name;
    const describedBy = [`${id}-hint`, this.error ? `${id}-error` : ''].filter(Boolean).join(' ');
    return html`<div class="ccuk-root">
      <div class="ccuk-form-group ${this.error ? 'ccuk-form-group--error' : ''}">
        <label class="ccuk-label" for=${id}>${this.label}</label>
        <div class="ccuk-hint" id="${id}-hint">${this.hint}</div>
        ${
          this.error
            ? html`<p class="ccuk-error-message" id="${id}-error">
                <span class="ccuk-visually-hidden">Error:</span> ${this.error}
              </p>`
            : null
        }
        <input
          class="ccuk-input ccuk-input--width-10 ${this.error ? 'ccuk-input--error' : ''}"
          id=${id}
          name=${this.name}
          type="text"
          autocomplete=${this.autocomplete}
          aria-describedby=${describedBy}
        />
        <button class="ccuk-button" type="button">Find address</button>
      </div>
    </div>`;
  }
}
defineElement('council-adr-light-field', AdrLightField);
