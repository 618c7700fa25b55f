import { html } from 'lit';

/**
 * What the docs site's own elements (the library overview, the search, the snippet builder) share: GOV.UK's focus
 * (yellow, with a black edge), text inputs with a 2px border, and tables with their captions. Light DOM, so scoped by
 * the elements' names; each element adds its own rules after these.
 */
export const DOCS_ELEMENT_STYLE = html`<style>
  :is(council-docs-library, council-docs-search, council-docs-snippet) :is(input, button, pre):focus-visible {
    outline: 3px solid #fd0;
    outline-offset: 0;
  }
  :is(council-docs-library, council-docs-search, council-docs-snippet) a:focus-visible {
    background: #fd0;
    color: #0b0c0c;
    box-shadow: 0 4px #0b0c0c;
    outline: none;
  }
  :is(council-docs-library, council-docs-search, council-docs-snippet) input:is([type='text'], [type='search']) {
    font: inherit;
    padding: 0.4em;
    border: 2px solid #0b0c0c;
    width: min(100%, 30em);
    box-sizing: border-box;
  }
  :is(council-docs-library, council-docs-search, council-docs-snippet) table {
    border-collapse: collapse;
    margin: 1em 0 2em;
    width: 100%;
  }
  :is(council-docs-library, council-docs-search, council-docs-snippet) caption {
    text-align: left;
    font-weight: bold;
    padding-bottom: 0.5em;
  }
</style>`;
