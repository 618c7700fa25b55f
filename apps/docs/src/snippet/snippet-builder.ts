import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import {
  SNIPPET_DELIVERIES,
  snippetFor,
  type SnippetAttribute,
  type SnippetDelivery,
  type SnippetRelease,
} from './snippet-markup.ts';
import { releaseOf } from './snippet-releases.ts';
import { DOCS_ELEMENT_STYLE } from '../docs-element-styles.ts';

/** An attribute the builder offers: its name, the element's property for it, a label, and its starting value. */
export interface OfferedAttribute {
  attribute: string;
  property: string;
  label: string;
  hint?: string;
  /** Text, or a boolean attribute (a checkbox) when `true` or `false`. */
  value: string | boolean;
}

const STYLE = html`<style>
  council-docs-snippet {
    display: block;
    max-width: 960px;
    margin: 1.5em 0 2.5em;
    color: #0b0c0c;
  }
  council-docs-snippet fieldset {
    border: 0;
    padding: 0;
    margin: 0 0 1.25em;
  }
  council-docs-snippet legend {
    font-weight: bold;
    padding: 0 0 0.5em;
  }
  council-docs-snippet .choice {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    margin: 0 0 0.5em;
  }
  council-docs-snippet .choice input {
    width: 1.25em;
    height: 1.25em;
    margin: 0.1em 0 0;
  }
  council-docs-snippet .hint {
    display: block;
    color: #484949;
  }
  council-docs-snippet .field {
    margin: 0 0 1em;
  }
  council-docs-snippet .field label {
    display: block;
    font-weight: bold;
  }
  council-docs-snippet pre.code {
    background: #f3f2f1;
    border: 1px solid #b1b4b6;
    padding: 1em;
    overflow-x: auto;
    white-space: pre-wrap;
    word-break: break-all;
  }
  council-docs-snippet button {
    font: inherit;
    font-weight: bold;
    color: #fff;
    background: #1d4f91;
    border: 2px solid transparent;
    padding: 0.5em 1em;
    cursor: pointer;
  }
  council-docs-snippet button:focus-visible {
    color: #0b0c0c;
    background: #fd0;
  }
</style>`;

/**
 * `<council-docs-snippet tag="council-address-lookup">`: "Use it on your site". The reader chooses how the council
 * delivers the component (script tag, loader, npm, React) and sets its main attributes; the builder shows the exact
 * code, pinned to this release's version with its SRI hash, and copies it, saying "Copied" to screen readers too.
 */
export class CouncilDocsSnippet extends LitElement {
  static override properties: PropertyDeclarations = {
    tag: {},
    offered: { attribute: false },
    delivery: { state: true },
    values: { state: true },
    said: { state: true },
  };

  /** The component's element. */
  declare tag: string;
  /** The attributes the builder lets the reader set (the stories' `parameters.snippet.attributes`). */
  declare offered: readonly OfferedAttribute[];
  declare delivery: SnippetDelivery;
  declare values: Readonly<Record<string, string | boolean>>;
  /** What the live region says after a copy. */
  declare said: string;

  constructor() {
    super();
    this.tag = '';
    this.offered = [];
    this.delivery = 'script-tag';
    this.values = {};
    this.said = '';
  }

  // Light DOM: the docs page's own text, in its reading order, as the components render.
  override createRenderRoot(): HTMLElement {
    return this;
  }

  /** The attributes as set now: a text attribute left empty, or a checkbox left clear, is not written. */
  #given(): SnippetAttribute[] {
    return this.offered.flatMap((offer) => {
      const value = this.values[offer.attribute] ?? offer.value;
      if (value === false || value === '') return [];
      return [{ attribute: offer.attribute, property: offer.property, value }];
    });
  }

  /** The code shown, exactly as Copy copies it. */
  get code(): string {
    const release = releaseOf(this.tag);
    return release ? snippetFor(release, this.delivery, this.#given()) : '';
  }

  async #copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.code);
      this.said = 'Copied';
    } catch {
      this.said = 'Could not copy: select the code and copy it yourself';
    }
    // Said again on every copy: a region whose text does not change says nothing.
    setTimeout(() => {
      this.said = '';
    }, 4000);
  }

  #set(attribute: string, value: string | boolean): void {
    this.values = { ...this.values, [attribute]: value };
    this.said = '';
  }

  override render(): TemplateResult {
    const release: SnippetRelease | undefined = releaseOf(this.tag);
    const id = (part: string): string => `${this.tag}-snippet-${part}`;
    if (!release)
      return html`${DOCS_ELEMENT_STYLE}${STYLE}
        <p>This component has not been built with this site, so there is no code to copy yet.</p>`;
    return html`${DOCS_ELEMENT_STYLE}${STYLE}
      <h2 id=${id('heading')}>Use it on your site</h2>
      <p>
        Version ${release.version} of <code>${release.package}</code>. Choose how your site gets it, set its main
        attributes, and copy the code: the version is pinned and, for the script tags, checked by its SRI hash.
      </p>
      <fieldset>
        <legend>How your site gets it</legend>
        ${SNIPPET_DELIVERIES.map(
          (delivery) =>
            html`<div class="choice">
              <input
                type="radio"
                name=${id('delivery')}
                id=${id(delivery.value)}
                value=${delivery.value}
                aria-describedby=${id(`${delivery.value}-hint`)}
                .checked=${this.delivery === delivery.value}
                @change=${() => {
                  this.delivery = delivery.value;
                  this.said = '';
                }}
              />
              <label for=${id(delivery.value)}>
                ${delivery.label}
                <span class="hint" id=${id(`${delivery.value}-hint`)}>${delivery.hint}</span>
              </label>
            </div>`,
        )}
      </fieldset>
      ${
        this.offered.length
          ? html`<fieldset>
              <legend>Its main attributes</legend>
              ${this.offered.map((offer) => {
                const value = this.values[offer.attribute] ?? offer.value;
                const hint = offer.hint
                  ? html`<span class="hint" id=${id(`${offer.attribute}-hint`)}>${offer.hint}</span>`
                  : nothing;
                return typeof value === 'boolean'
                  ? html`<div class="choice">
                      <input
                        type="checkbox"
                        id=${id(offer.attribute)}
                        aria-describedby=${offer.hint ? id(`${offer.attribute}-hint`) : nothing}
                        .checked=${value}
                        @change=${(event: Event) => {
                          this.#set(offer.attribute, (event.target as HTMLInputElement).checked);
                        }}
                      />
                      <label for=${id(offer.attribute)}>${offer.label} <code>${offer.attribute}</code> ${hint}</label>
                    </div>`
                  : html`<div class="field">
                      <label for=${id(offer.attribute)}>${offer.label} <code>${offer.attribute}</code></label>
                      ${hint}
                      <input
                        type="text"
                        id=${id(offer.attribute)}
                        spellcheck="false"
                        aria-describedby=${offer.hint ? id(`${offer.attribute}-hint`) : nothing}
                        .value=${value}
                        @input=${(event: Event) => {
                          this.#set(offer.attribute, (event.target as HTMLInputElement).value);
                        }}
                      />
                    </div>`;
              })}
            </fieldset>`
          : nothing
      }
      <pre class="code" aria-labelledby=${id('code-label')} tabindex="0"><code>${this.code}</code></pre>
      <p class="hint" id=${id('code-label')}>The code to paste</p>
      <button type="button" @click=${() => void this.#copy()}>Copy the code</button>
      <p role="status" aria-live="polite">${this.said}</p>
      <p>
        Where this goes on Drupal, WordPress and other CMSs, and the Content-Security-Policy lines to add:
        <a href="./?path=/docs/guides-put-it-in-your-cms-before-you-start--docs" target="_top">Put it in your CMS</a>.
      </p>`;
  }
}

if (!customElements.get('council-docs-snippet')) customElements.define('council-docs-snippet', CouncilDocsSnippet);
