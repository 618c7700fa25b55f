import { html } from 'lit-html';
import { afterEach, describe, expect, it } from 'vitest';
import { CouncilElement } from '../base-element.js';
import { defineElement } from '../define.js';
import { councilCss } from './govuk-css.generated.js';
import { styleSheetOf } from './shared-stylesheet.js';

/** A component with a stylesheet of its own, compiled as components' are: layered, important. */
const OWN_CSS =
  '@layer council-components{.ccuk-body{color:rgb(1, 2, 3)!important}.ccuk-probe__own{color:rgb(4, 5, 6)!important}}';

class StyledOwnProbe extends CouncilElement {
  static override componentCss = OWN_CSS;

  override render(): unknown {
    return html`<div class="ccuk-root">
      <p class="ccuk-body">Body</p>
      <p class="ccuk-probe__own">Own</p>
    </div>`;
  }
}
defineElement('council-styled-own-probe', StyledOwnProbe);

afterEach(() => {
  document.body.replaceChildren();
});

describe('a component’s own stylesheet', () => {
  it('is adopted once, after core’s, so its rules win over core’s at equal specificity', async () => {
    const probes = [new StyledOwnProbe(), new StyledOwnProbe()];
    document.body.append(...probes);
    await Promise.all(probes.map((probe) => probe.updateComplete));
    const sheets = document.adoptedStyleSheets;
    const core = sheets.indexOf(styleSheetOf(councilCss));
    const own = sheets.indexOf(styleSheetOf(OWN_CSS));
    expect(core).toBeGreaterThanOrEqual(0);
    expect(own).toBeGreaterThan(core);
    expect(sheets.filter((sheet) => sheet === styleSheetOf(OWN_CSS))).toHaveLength(1);
    const [probe] = probes as [StyledOwnProbe];
    expect(getComputedStyle(probe.querySelector('.ccuk-body') as Element).color).toBe('rgb(1, 2, 3)');
    expect(getComputedStyle(probe.querySelector('.ccuk-probe__own') as Element).color).toBe('rgb(4, 5, 6)');
  });

  it('beats the host page’s own !important rules, as core’s does', async () => {
    const style = document.head.appendChild(document.createElement('style'));
    style.textContent = 'p { color: rgb(255, 0, 0) !important; }';
    const probe = document.body.appendChild(new StyledOwnProbe());
    await probe.updateComplete;
    expect(getComputedStyle(probe.querySelector('.ccuk-probe__own') as Element).color).toBe('rgb(4, 5, 6)');
    style.remove();
  });
});
