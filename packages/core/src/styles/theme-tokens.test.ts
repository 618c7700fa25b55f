import { html, render } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { CouncilElement } from '../base-element.js';
import { defineElement } from '../define.js';
import { styleSheetOf } from './shared-stylesheet.js';
import { councilTokenDefaults, themeTokenDescriptions, type CouncilToken } from './theme-tokens.js';
import { councilCss } from './govuk-css.generated.js';

class StyledProbe extends CouncilElement {
  override render(): unknown {
    return html`<div class="ccuk-root ccuk-form-group ccuk-form-group--error">
      <label class="ccuk-label" for="probe-input">Postcode</label>
      <p class="ccuk-error-message" id="probe-error">Enter a postcode</p>
      <input class="ccuk-input" id="probe-input" aria-describedby="probe-error" />
      <button class="ccuk-button" type="button">Find address</button>
      <a class="ccuk-link" href="#probe-input">Enter the address manually</a>
    </div>`;
  }
}
defineElement('council-styled-probe', StyledProbe);

const rgb = (hex: string): string => {
  const value = hex.replace('#', '');
  const full = value.length === 3 ? value.replace(/./g, (c) => c + c) : value;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
};

async function mount(wrapperStyle = ''): Promise<StyledProbe> {
  const host = document.createElement('div');
  if (wrapperStyle) host.setAttribute('style', wrapperStyle);
  document.body.append(host);
  render(html`<council-styled-probe></council-styled-probe>`, host);
  const probe = host.querySelector<StyledProbe>('council-styled-probe');
  if (!probe) throw new Error('not rendered');
  await probe.updateComplete;
  return probe;
}
const style = (probe: Element, selector: string): CSSStyleDeclaration => {
  const element = probe.querySelector(selector);
  if (!element) throw new Error(`${selector} not found`);
  return getComputedStyle(element);
};

describe('theme tokens and shared styles', () => {
  afterEach(() => document.body.replaceChildren());

  it('documents every token the CSS reads', () => {
    const used = new Set([...councilCss.matchAll(/var\((--council-[a-z-]+)/g)].map((match) => match[1]));
    expect([...used].sort()).toEqual(Object.keys(themeTokenDescriptions).sort());
  });

  it('falls back to govuk-frontend colours when a council sets nothing', async () => {
    const probe = await mount();
    expect(style(probe, '.ccuk-button').backgroundColor).toBe(rgb(councilTokenDefaults['--council-button-colour']));
    expect(style(probe, '.ccuk-error-message').color).toBe(rgb(councilTokenDefaults['--council-error-colour']));
    expect(style(probe, '.ccuk-label').color).toBe(rgb(councilTokenDefaults['--council-text-colour']));
  });

  it('brands every component from custom properties set on any ancestor', async () => {
    const brand: Partial<Record<CouncilToken, string>> = {
      '--council-button-colour': '#4b0082',
      '--council-error-colour': '#8b0000',
      '--council-text-colour': '#222222',
      '--council-link-colour': '#005a9c',
      '--council-focus-colour': '#ff9900',
    };
    const probe = await mount(
      Object.entries(brand)
        .map(([k, v]) => `${k}: ${v}`)
        .join('; '),
    );
    expect(style(probe, '.ccuk-button').backgroundColor).toBe(rgb('#4b0082'));
    expect(style(probe, '.ccuk-error-message').color).toBe(rgb('#8b0000'));
    expect(style(probe, '.ccuk-label').color).toBe(rgb('#222222'));
    expect(style(probe, '.ccuk-link').color).toBe(rgb('#005a9c'));

    const input = probe.querySelector('input');
    input?.focus();
    expect(style(probe, '.ccuk-input').outlineColor).toBe(rgb('#ff9900'));
  });

  it('inherits the host page font and never ships GDS Transport or the crown', async () => {
    const probe = await mount('font-family: Georgia, serif');
    expect(style(probe, '.ccuk-label').fontFamily).toBe('Georgia, serif');
    expect(style(probe, '.ccuk-input').fontFamily).toBe('Georgia, serif');
    expect(style(probe, '.ccuk-button').fontFamily).toBe('Georgia, serif');
    expect(councilCss).not.toMatch(/GDS Transport|@font-face|crown|govuk-logo/i);
  });

  it('shares one stylesheet object between all instances, adopted once', async () => {
    await mount();
    await mount();
    await mount();
    const sheet = styleSheetOf(councilCss);
    expect(document.adoptedStyleSheets.filter((s) => s === sheet)).toHaveLength(1);
    expect(styleSheetOf(councilCss)).toBe(sheet);
  });

  it('adopts the stylesheet into a shadow root that hosts a component', async () => {
    const outer = document.createElement('div');
    document.body.append(outer);
    const shadow = outer.attachShadow({ mode: 'open' });
    const probe = new StyledProbe();
    shadow.append(probe);
    await probe.updateComplete;
    expect(shadow.adoptedStyleSheets).toContain(styleSheetOf(councilCss));
    expect(getComputedStyle(probe.querySelector('.ccuk-button') as Element).backgroundColor).toBe(
      rgb(councilTokenDefaults['--council-button-colour']),
    );
  });
});
