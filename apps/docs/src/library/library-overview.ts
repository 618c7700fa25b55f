import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ADOPTION_API, loadOverview, type AdoptionOverview, type Figures } from '../adoption/adoption-api.ts';
import snapshot from '../adoption/adoption-snapshot.json';
import { COMPONENT_STATUSES, type ComponentStatus } from './component-status.ts';
import { catalogue, type CatalogueEntry } from './library-catalogue.ts';
import { DOCS_ELEMENT_STYLE } from '../docs-element-styles.ts';

const number = new Intl.NumberFormat('en-GB');
const kilobytes = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

const STYLE = html`<style>
  council-docs-library {
    display: block;
    max-width: 1100px;
    color: #0b0c0c;
  }
  council-docs-library .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 1em 3em;
    align-items: flex-start;
  }
  council-docs-library fieldset {
    border: 0;
    padding: 0;
    margin: 0;
  }
  council-docs-library legend,
  council-docs-library .field label {
    font-weight: bold;
    padding: 0 0 0.5em;
    display: block;
  }
  council-docs-library .choice {
    display: flex;
    gap: 0.5em;
    align-items: center;
    margin: 0 0 0.4em;
  }
  council-docs-library .choice input {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
  }
  council-docs-library th,
  council-docs-library td {
    border-bottom: 1px solid #b1b4b6;
    padding: 0.5em 1em 0.5em 0;
    text-align: left;
    vertical-align: top;
  }
  council-docs-library th .summary {
    font-weight: normal;
    margin-top: 0.25em;
  }
  council-docs-library .figure {
    text-align: right;
  }
  council-docs-library .tag {
    display: inline-block;
    padding: 0.1em 0.4em;
    font-weight: bold;
    background: #e8f1f8;
    color: #0c2d4a;
  }
  council-docs-library dt {
    font-weight: bold;
    margin-top: 0.75em;
  }
  council-docs-library dd {
    margin: 0.25em 0 0;
  }
</style>`;

/**
 * `<council-docs-library>`: the reuse library's overview. Every component with its status, latest version, bundle
 * size, how many councils use it (from the adoption collector, or its snapshot) and its owner, filtered by status
 * and by words; how many are shown is said to screen readers as the filters change.
 */
export class CouncilDocsLibrary extends LitElement {
  static override properties: PropertyDeclarations = {
    statuses: { state: true },
    words: { state: true },
    adoption: { attribute: false },
  };

  declare statuses: ReadonlySet<ComponentStatus>;
  declare words: string;
  /** Councils per package, once the collector (or the snapshot) has answered. */
  declare adoption: Figures<AdoptionOverview> | undefined;

  #markShown: () => void = () => undefined;
  readonly #shown = new Promise<void>((resolve) => (this.#markShown = resolve));

  constructor() {
    super();
    this.statuses = new Set(COMPONENT_STATUSES.map((entry) => entry.status));
    this.words = '';
    this.adoption = undefined;
  }

  override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const api = (import.meta.env['STORYBOOK_ADOPTION_API'] as string | undefined) ?? ADOPTION_API;
    void loadOverview(api, snapshot).then((figures) => {
      this.adoption = figures;
    });
  }

  override updated(): void {
    if (this.adoption) this.#markShown();
  }

  /** Resolves once the adoption figures are in the table (for stories and tests). */
  async shown(): Promise<void> {
    await this.#shown;
    await this.updateComplete;
  }

  #shownEntries(): CatalogueEntry[] {
    const words = this.words.trim().toLowerCase().split(/\s+/).filter(Boolean);
    return catalogue.filter(
      (entry) =>
        this.statuses.has(entry.status) &&
        words.every((word) =>
          `${entry.title} ${entry.summary} ${entry.tag} ${entry.package}`.toLowerCase().includes(word),
        ),
    );
  }

  #councils(entry: CatalogueEntry): string {
    const summary = this.adoption?.data.packages.find((each) => each.package === entry.package);
    if (!this.adoption) return '…';
    return summary ? number.format(summary.councils) : '0';
  }

  override render(): TemplateResult {
    const shown = this.#shownEntries();
    const statusLabel = (status: ComponentStatus): string =>
      COMPONENT_STATUSES.find((entry) => entry.status === status)?.label ?? status;
    return html`${DOCS_ELEMENT_STYLE}${STYLE}
      <div class="filters">
        <fieldset>
          <legend>Status</legend>
          ${COMPONENT_STATUSES.map(
            ({ status, label }) =>
              html`<div class="choice">
                <input
                  type="checkbox"
                  id="library-status-${status}"
                  .checked=${this.statuses.has(status)}
                  @change=${(event: Event) => {
                    const next = new Set(this.statuses);
                    if ((event.target as HTMLInputElement).checked) next.add(status);
                    else next.delete(status);
                    this.statuses = next;
                  }}
                />
                <label for="library-status-${status}">${label}</label>
              </div>`,
          )}
        </fieldset>
        <div class="field">
          <label for="library-words">Search components</label>
          <input
            type="search"
            id="library-words"
            .value=${this.words}
            @input=${(event: Event) => {
              this.words = (event.target as HTMLInputElement).value;
            }}
          />
        </div>
      </div>
      <p role="status">
        ${shown.length === 1 ? '1 component' : `${number.format(shown.length)} components`} of
        ${number.format(catalogue.length)} shown
      </p>
      <table>
        <caption>
          Components in the library
        </caption>
        <thead>
          <tr>
            <th scope="col">Component</th>
            <th scope="col">Status</th>
            <th scope="col">Latest version</th>
            <th scope="col" class="figure">Script-tag bundle (kB, brotli)</th>
            <th scope="col" class="figure">Councils using it</th>
            <th scope="col">Owner</th>
          </tr>
        </thead>
        <tbody>
          ${shown.map(
            (entry) =>
              html`<tr>
                <th scope="row">
                  <a href="./?path=/docs/${entry.docsId}" target="_top">${entry.title}</a>
                  <div class="summary">${entry.summary}</div>
                </th>
                <td><span class="tag">${statusLabel(entry.status)}</span></td>
                <td><code>${entry.package}</code> ${entry.version}</td>
                <td class="figure">
                  ${entry.bundleBytes === undefined ? 'Not built' : kilobytes.format(entry.bundleBytes / 1024)}
                </td>
                <td class="figure">${this.#councils(entry)}</td>
                <td>${entry.owner}</td>
              </tr>`,
          )}
        </tbody>
      </table>
      ${
        this.adoption && this.adoption.source !== 'live'
          ? html`<p>
              Councils using each component: the adoption collector could not be reached, so these are from the snapshot
              kept with this site.
            </p>`
          : nothing
      }
      <h2>What each status means for your council</h2>
      <dl>
        ${COMPONENT_STATUSES.map(
          ({ label, meaning }) =>
            html`<dt>${label}</dt>
              <dd>${meaning}</dd>`,
        )}
      </dl>`;
  }
}

if (!customElements.get('council-docs-library')) customElements.define('council-docs-library', CouncilDocsLibrary);
