import { html } from 'lit';
import { CouncilElement } from '@council-components/core/base-element.js';
import { defineElement } from '@council-components/core/define.js';

/**
 * A specimen of the shared styles for the Foundations pages: a question in
 * error, a hint, a button and a link, rendered the way every component
 * renders (light DOM, shielded scope).
 */
export class StyleSample extends CouncilElement {
  override render(): unknown {
    return html`<div class="ccuk-root">
      <div class="ccuk-form-group ccuk-form-group--error">
        <label class="ccuk-label ccuk-label--s" for="sample-postcode">Postcode</label>
        <div class="ccuk-hint" id="sample-postcode-hint">For example, SO16 0AS</div>
        <p class="ccuk-error-message" id="sample-postcode-error">
          <span class="ccuk-visually-hidden">Error:</span> Enter a full UK postcode
        </p>
        <input
          class="ccuk-input ccuk-input--width-10 ccuk-input--error"
          id="sample-postcode"
          name="sample-postcode"
          autocomplete="postal-code"
          aria-describedby="sample-postcode-hint sample-postcode-error"
        />
      </div>
      <div class="ccuk-button-group">
        <button class="ccuk-button" type="button">Find address</button>
        <a class="ccuk-link" href="#sample-postcode">Enter the address manually</a>
      </div>
    </div>`;
  }
}
defineElement('council-docs-style-sample', StyleSample);
