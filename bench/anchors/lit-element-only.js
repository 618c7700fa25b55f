// Anchor for bundle-size.bench.mjs: the smallest useful Lit element, so the
// report shows how much of a component bundle is Lit's runtime.
import { html, LitElement } from 'lit';

class AnchorElement extends LitElement {
  render() {
    return html`<p>anchor</p>`;
  }
}
customElements.define('anchor-element', AnchorElement);
