import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { search, searchIndex } from './search-index.ts';
import { DOCS_ELEMENT_STYLE } from '../docs-element-styles.ts';

const STYLE = html`<style>
  council-docs-search {
    display: block;
    max-width: 960px;
    color: #0b0c0c;
  }
  council-docs-search label {
    display: block;
    font-weight: bold;
    margin-bottom: 0.5em;
  }
  council-docs-search ol {
    padding-left: 0;
    list-style: none;
  }
  council-docs-search li {
    margin: 0 0 1.25em;
  }
  council-docs-search .excerpt {
    margin: 0.25em 0 0;
    color: #484949;
  }
</style>`;

/**
 * `<council-docs-search>`: full-text search over the docs site's pages (search-index.ts), as the reader types. How
 * many pages match is said to screen readers; each result links to its page, with the words around the first match.
 */
export class CouncilDocsSearch extends LitElement {
  static override properties: PropertyDeclarations = { query: {} };

  declare query: string;

  constructor() {
    super();
    this.query = '';
  }

  override createRenderRoot(): HTMLElement {
    return this;
  }

  override render(): TemplateResult {
    const found = search(this.query);
    const asked = this.query.trim() !== '';
    return html`${DOCS_ELEMENT_STYLE}${STYLE}
      <label for="docs-search">Search the docs</label>
      <input
        type="search"
        id="docs-search"
        .value=${this.query}
        @input=${(event: Event) => {
          this.query = (event.target as HTMLInputElement).value;
        }}
      />
      <p role="status">
        ${
          asked
            ? found.length === 0
              ? `No page mentions “${this.query.trim()}”`
              : `${String(found.length)} ${found.length === 1 ? 'page mentions' : 'pages mention'} “${this.query.trim()}”`
            : `Searches ${String(searchIndex.length)} pages: what each component is for, its states, attributes and messages in English and Welsh, and every guide.`
        }
      </p>
      ${
        found.length
          ? html`<ol>
              ${found.map(
                ({ entry, excerpt }) =>
                  html`<li>
                    <a href=${entry.href} target="_top">${entry.title}</a>
                    <p class="excerpt">${excerpt}</p>
                  </li>`,
              )}
            </ol>`
          : nothing
      }`;
  }
}

if (!customElements.get('council-docs-search')) customElements.define('council-docs-search', CouncilDocsSearch);
