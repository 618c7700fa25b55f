import { html } from 'lit';
import { CouncilElement } from '@council-components/core/base-element.js';
import { defineElement } from '@council-components/core/define.js';

/**
 * The GOV.UK parts core's stylesheet carries for the components to come
 * (payment, bin collections, booking), drawn as those components will draw
 * them: in the light DOM, inside the shield. Each is left out of any bundle
 * whose components do not render it.
 */
export class GovukPartsSample extends CouncilElement {
  override render(): unknown {
    return html`<div class="ccuk-root">
      <div class="ccuk-panel ccuk-panel--confirmation">
        <h2 class="ccuk-panel__title">Payment received</h2>
        <div class="ccuk-panel__body">Your reference<br /><strong>PKN-2026-0042</strong></div>
      </div>

      <div class="ccuk-notification-banner" role="region" aria-labelledby="parts-banner-title">
        <div class="ccuk-notification-banner__header">
          <h2 class="ccuk-notification-banner__title" id="parts-banner-title">Important</h2>
        </div>
        <div class="ccuk-notification-banner__content">
          <p class="ccuk-notification-banner__heading">Collections are a day later after a bank holiday.</p>
        </div>
      </div>

      <dl class="ccuk-summary-list">
        <div class="ccuk-summary-list__row">
          <dt class="ccuk-summary-list__key">Bin</dt>
          <dd class="ccuk-summary-list__value">Recycling <strong class="ccuk-tag ccuk-tag--green">Tomorrow</strong></dd>
        </div>
        <div class="ccuk-summary-list__row">
          <dt class="ccuk-summary-list__key">Address</dt>
          <dd class="ccuk-summary-list__value">4 Adanac Drive, Nursling, Southampton, SO16 0AS</dd>
          <dd class="ccuk-summary-list__actions">
            <a class="ccuk-link" href="#parts-slot-1">Change<span class="ccuk-visually-hidden"> address</span></a>
          </dd>
        </div>
      </dl>

      <div class="ccuk-form-group">
        <fieldset class="ccuk-fieldset">
          <legend class="ccuk-fieldset__legend ccuk-fieldset__legend--s">Choose a time</legend>
          <div class="ccuk-radios" data-module="govuk-radios">
            <div class="ccuk-radios__item">
              <input class="ccuk-radios__input" id="parts-slot-1" name="parts-slot" type="radio" value="am" />
              <label class="ccuk-label ccuk-radios__label" for="parts-slot-1">Morning</label>
            </div>
            <div class="ccuk-radios__item">
              <input class="ccuk-radios__input" id="parts-slot-2" name="parts-slot" type="radio" value="pm" />
              <label class="ccuk-label ccuk-radios__label" for="parts-slot-2">Afternoon</label>
            </div>
          </div>
        </fieldset>
      </div>

      <div class="ccuk-form-group">
        <fieldset class="ccuk-fieldset" role="group" aria-describedby="parts-date-hint">
          <legend class="ccuk-fieldset__legend ccuk-fieldset__legend--s">Date of the appointment</legend>
          <div class="ccuk-hint" id="parts-date-hint">For example, 27 3 2027</div>
          <div class="ccuk-date-input">
            ${(['day', 'month', 'year'] as const).map(
              (part) =>
                html`<div class="ccuk-date-input__item">
                  <div class="ccuk-form-group">
                    <label class="ccuk-label ccuk-date-input__label" for=${`parts-date-${part}`}
                      >${part[0]?.toUpperCase()}${part.slice(1)}</label
                    >
                    <input
                      class="ccuk-input ccuk-date-input__input ${part === 'year' ? 'ccuk-input--width-4' : 'ccuk-input--width-2'}"
                      id=${`parts-date-${part}`}
                      name=${`parts-date-${part}`}
                      type="text"
                      inputmode="numeric"
                    />
                  </div>
                </div>`,
            )}
          </div>
        </fieldset>
      </div>

      <details class="ccuk-details">
        <summary class="ccuk-details__summary">
          <span class="ccuk-details__summary-text">Why we ask for your address</span>
        </summary>
        <div class="ccuk-details__text">We use it to find your bin collection days.</div>
      </details>

      <div class="ccuk-inset-text">Garden waste collections stop over winter.</div>

      <table class="ccuk-table">
        <caption class="ccuk-table__caption ccuk-table__caption--s">
          Next collections
        </caption>
        <thead class="ccuk-table__head">
          <tr class="ccuk-table__row">
            <th scope="col" class="ccuk-table__header">Bin</th>
            <th scope="col" class="ccuk-table__header">Day</th>
          </tr>
        </thead>
        <tbody class="ccuk-table__body">
          <tr class="ccuk-table__row">
            <td class="ccuk-table__cell">General waste</td>
            <td class="ccuk-table__cell">Thursday 10 December</td>
          </tr>
        </tbody>
      </table>
    </div>`;
  }
}
defineElement('council-docs-govuk-parts', GovukPartsSample);
