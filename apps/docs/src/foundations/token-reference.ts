import { html } from 'lit';
import { CouncilElement } from '@council-components/core/base-element.js';
import { defineElement } from '@council-components/core/define.js';
import {
  councilTokenDefaults,
  themeTokenDescriptions,
  type CouncilToken,
} from '@council-components/core/styles/theme-tokens.js';

const tokens = Object.keys(councilTokenDefaults) as CouncilToken[];

/**
 * The theme tokens as a reference table in the components' own GOV.UK table style: each custom property, a swatch of
 * the colour it has here (the page's own value where it sets one, its default otherwise), its default, and what it
 * colours. The swatch is decoration beside the value written out, so it is hidden from screen readers; it sits in a
 * `data-ccuk-page` part, which the components' shield leaves alone, so its inline colour is kept.
 */
export class TokenReference extends CouncilElement {
  override render(): unknown {
    return html`<div class="ccuk-root">
      <table class="ccuk-table">
        <caption class="ccuk-table__caption ccuk-table__caption--m">
          Theme tokens
        </caption>
        <thead class="ccuk-table__head">
          <tr class="ccuk-table__row">
            <th scope="col" class="ccuk-table__header">Custom property</th>
            <th scope="col" class="ccuk-table__header">Default</th>
            <th scope="col" class="ccuk-table__header">Used for</th>
          </tr>
        </thead>
        <tbody class="ccuk-table__body">
          ${tokens.map(
            (token) =>
              html`<tr class="ccuk-table__row">
                <th scope="row" class="ccuk-table__header"><code>${token}</code></th>
                <td class="ccuk-table__cell">
                  <span data-ccuk-page aria-hidden="true"
                    ><span
                      style="display:inline-block;inline-size:1.5em;block-size:1.5em;vertical-align:middle;border:1px solid #0b0c0c;margin-inline-end:0.5em;background:var(${token}, ${
                        councilTokenDefaults[token]
                      })"
                    ></span></span
                  ><code>${councilTokenDefaults[token]}</code>
                </td>
                <td class="ccuk-table__cell">${themeTokenDescriptions[token]}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}
defineElement('council-docs-token-reference', TokenReference);
