import { html } from 'lit';
import {
  addressLookupStrings,
  type AddressLookupMessageKey,
} from '@council-components/address-lookup/address-lookup.strings.js';
import { CouncilElement } from '@council-components/core/base-element.js';
import { defineElement } from '@council-components/core/define.js';
import { LocalizeController } from '@council-components/core/i18n/localize-controller.js';

/**
 * A specimen of the shared styles for the Foundations pages: a question in
 * error, a hint, a button and a link, rendered the way every component
 * renders (light DOM, shielded scope), in the page's language, with the
 * address lookup's own words.
 */
export class StyleSample extends CouncilElement {
  readonly i18n = new LocalizeController<AddressLookupMessageKey>(this, addressLookupStrings);

  override render(): unknown {
    const t = (key: AddressLookupMessageKey): string => this.i18n.t(key);
    return html`<div class="ccuk-root">
      <div class="ccuk-form-group ccuk-form-group--error">
        <label class="ccuk-label ccuk-label--s" for="sample-postcode">${t('postcodeLabel')}</label>
        <div class="ccuk-hint" id="sample-postcode-hint">${t('postcodeHint')}</div>
        <p class="ccuk-error-message" id="sample-postcode-error">
          <span class="ccuk-visually-hidden">${t('errorPrefix')}</span> ${t('errorPostcodeInvalid')}
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
        <button class="ccuk-button" type="button">${t('findAddress')}</button>
        <a class="ccuk-link" href="#sample-postcode">${t('enterManually')}</a>
      </div>
    </div>`;
  }
}
defineElement('council-docs-style-sample', StyleSample);
