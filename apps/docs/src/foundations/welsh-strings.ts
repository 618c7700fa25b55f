import { html, type TemplateResult } from 'lit';
import { CouncilElement } from '@council-components/core/base-element.js';
import type { Message } from '@council-components/core/i18n/catalogue.js';
import { defineElement } from '@council-components/core/define.js';
import { providerFailureStrings } from '@council-components/core/i18n/provider-failure-strings.js';
import {
  providerFailureWelshSources,
  type NoWelshSource,
  type WelshSource,
} from '@council-components/core/i18n/welsh-sources.js';
import { componentCatalogues } from '../component-catalogues.ts';

interface Catalogued {
  title: string;
  en: Readonly<Record<string, Message>>;
  cy: Readonly<Record<string, Message>>;
  sources: Readonly<Record<string, WelshSource | NoWelshSource>>;
}

/** Every catalogue a component or core ships, with where its Welsh comes from. */
const CATALOGUES: readonly Catalogued[] = [
  ...[...componentCatalogues.values()].map(({ name, ...catalogue }) => ({
    title: `<council-${name}> (with core’s “Error:” and “Try again”, and the address search where it has one)`,
    ...catalogue,
  })),
  {
    title: 'Core: when a service fails',
    en: providerFailureStrings.en,
    cy: providerFailureStrings.cy,
    sources: providerFailureWelshSources,
  },
];

/** A message's text, or each of its plural forms named by its CLDR category. */
function forms(message: Message | undefined): TemplateResult {
  if (message === undefined) return html``;
  if (typeof message === 'string') return html`${message}`;
  return html`${Object.entries(message).map(([form, text]) => html`<span class="ccuk-body-s">${form}:</span> ${text}<br />`)}`;
}

/** A repository path that may break after each `/`, `@`, `-`, `_` and `.`, so the table fits a narrow screen. */
const breakable = (path: string): TemplateResult =>
  html`${path.split(/(?<=[/@\-_.])/).map((part, index) => html`${index > 0 ? html`<wbr />` : ''}${part}`)}`;

function source(found: WelshSource | NoWelshSource | undefined): TemplateResult {
  if (!found) return html`<strong class="ccuk-tag ccuk-tag--red">No record</strong>`;
  if (found.service === null) return html`<strong class="ccuk-tag ccuk-tag--yellow">For review</strong> ${found.note}`;
  return html`<strong class="ccuk-tag ${found.match === 'same' ? 'ccuk-tag--green' : ''}"
      >${found.match === 'same' ? 'Same words' : 'Close'}</strong
    >
    ${found.service}: <span lang="cy">“${found.words}”</span><br /><span class="ccuk-body-s"
      >${breakable(found.where)}</span
    >${found.note ? html`<br />${found.note}` : ''}`;
}

/**
 * Every Welsh string, beside its English and the government service that
 * uses the same words, for a council's translator to review in one place.
 * Built from the catalogues the components ship, so it is never out of date.
 */
export class WelshStrings extends CouncilElement {
  override render(): unknown {
    return html`<div class="ccuk-root">
      ${CATALOGUES.map(
        ({ title, en, cy, sources }) =>
          html`<table class="ccuk-table">
            <caption class="ccuk-table__caption ccuk-table__caption--m">
              ${title}
            </caption>
            <thead class="ccuk-table__head">
              <tr class="ccuk-table__row">
                <th scope="col" class="ccuk-table__header">Key</th>
                <th scope="col" class="ccuk-table__header">English</th>
                <th scope="col" class="ccuk-table__header">Welsh</th>
                <th scope="col" class="ccuk-table__header">Where the Welsh comes from</th>
              </tr>
            </thead>
            <tbody class="ccuk-table__body">
              ${Object.keys(cy).map(
                (key) =>
                  html`<tr class="ccuk-table__row">
                    <th scope="row" class="ccuk-table__header"><code>${key}</code></th>
                    <td class="ccuk-table__cell" lang="en">${forms(en[key])}</td>
                    <td class="ccuk-table__cell" lang="cy">${forms(cy[key])}</td>
                    <td class="ccuk-table__cell">${source(sources[key])}</td>
                  </tr>`,
              )}
            </tbody>
          </table>`,
      )}
    </div>`;
  }
}
defineElement('council-docs-welsh-strings', WelshStrings);
