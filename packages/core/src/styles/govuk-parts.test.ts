import { html } from 'lit-html';
import { afterEach, describe, expect, it } from 'vitest';
import { CouncilElement } from '../base-element.js';
import { defineElement } from '../define.js';
import { councilCss } from './govuk-css.generated.js';

/** The GOV.UK parts the components to come need, each by the class its root carries. */
const PARTS = [
  'ccuk-panel',
  'ccuk-summary-list',
  'ccuk-radios',
  'ccuk-date-input',
  'ccuk-tag',
  'ccuk-inset-text',
  'ccuk-notification-banner',
  'ccuk-details',
  'ccuk-table',
];

class PanelProbe extends CouncilElement {
  override render(): unknown {
    return html`<div class="ccuk-root">
      <div class="ccuk-panel ccuk-panel--confirmation"><h2 class="ccuk-panel__title">Payment received</h2></div>
      <p class="ccuk-body">Outside the panel</p>
    </div>`;
  }
}
defineElement('council-panel-probe', PanelProbe);

afterEach(() => {
  document.body.replaceChildren();
});

describe('the GOV.UK parts in core’s stylesheet', () => {
  it('has every part the next components need', () => {
    for (const part of PARTS) expect(councilCss, part).toContain(`.${part}`);
  });

  it('keeps govuk-frontend’s own local colours working under the council’s names (a confirmation panel’s white text)', async () => {
    const probe = document.body.appendChild(new PanelProbe());
    await probe.updateComplete;
    expect(getComputedStyle(probe.querySelector('.ccuk-panel__title') as Element).color).toBe('rgb(255, 255, 255)');
    expect(getComputedStyle(probe.querySelector('.ccuk-body') as Element).color).toBe('rgb(11, 12, 12)');
    expect(councilCss).not.toMatch(/--govuk-/);
  });

  it('carries nothing for browsers below the baseline: no Internet Explorer or old Edge hacks, no stray characters', () => {
    expect(councilCss).not.toMatch(/\uFFFD|\\0|-ms-ime-align|caret-color/);
  });
});
