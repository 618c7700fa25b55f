import { LitElement, type PropertyDeclarations } from 'lit';
import type { CatalogueOverrides } from './i18n/catalogue.js';
import { adoptCouncilStyles, SCOPE_CLASS } from './styles/shared-stylesheet.js';

/**
 * The base of every Council Components element.
 *
 * It renders into its own light DOM (docs/adr/0001): the form controls it
 * draws are ordinary elements of the host page, so labels, autofill, password
 * managers, `<form>` submission, `form.reset()` and error-summary links all
 * work natively. The shared, hardened stylesheet is adopted once into the
 * document (or the shadow root the element sits in) and the element is marked
 * as a style scope. A component wraps everything it renders in one
 * `<div class="ccuk-root">`: that is what the stylesheet shields from the
 * host page's CSS, while content the page author wrote inside the element
 * keeps the page's own styles.
 */
export abstract class CouncilElement extends LitElement {
  /** The package version, shown when two copies of an element meet on one page. */
  static version = '0.0.0';

  static override properties: PropertyDeclarations = {
    // JSON in the attribute; Lit ignores text that is not JSON, and lookupMessage ignores what is not a message.
    strings: { type: Object },
  };

  /**
   * Replaces any of the component's strings, per language:
   * `{ cy: { findAddress: 'Chwilio' } }`, or the `strings` attribute as JSON.
   */
  declare strings: CatalogueOverrides<string> | undefined;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    this.classList.add(SCOPE_CLASS);
    adoptCouncilStyles(this);
    super.connectedCallback();
  }
}
