/**
 * ADR 0001 — how components get shadow-DOM-like protection and light-DOM form
 * behaviour at once. Option A (chosen): light DOM + a layered, important,
 * namespaced stylesheet. Option B (for comparison): shadow DOM + ElementInternals.
 * Each criterion of the decision is a test here; the B tests record what the
 * shadow-DOM option does in Chromium, so the ADR's evidence stays true.
 */
import { ErrorSummary } from 'govuk-frontend';
import { govukV4Css, govukV5Css } from 'virtual:legacy-govuk-css';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { axeViolations } from '@council-components/testing/axe-in-browser.js';
import { framesPassed } from '@council-components/testing/text-spacing.js';
import { addHostStyles, fingerprint, HOST_FONT, HOSTILE_CSS } from './host-pages.js';
import type { AdrLightField } from './light-field.js';
import './light-field.js';
import type { AdrShadowField } from './shadow-field.js';
import './shadow-field.js';

async function mountLight(
  markup = '<council-adr-light-field name="postcode"></council-adr-light-field>',
): Promise<AdrLightField> {
  const wrapper = document.createElement('div');
  wrapper.className = 'host-wrapper';
  wrapper.innerHTML = markup;
  document.body.append(wrapper);
  const field = wrapper.querySelector<AdrLightField>('council-adr-light-field');
  if (!field) throw new Error('not rendered');
  await field.updateComplete;
  return field;
}

async function mountShadow(
  markup = '<council-adr-shadow-field name="postcode"></council-adr-shadow-field>',
): Promise<AdrShadowField> {
  const wrapper = document.createElement('div');
  wrapper.innerHTML = markup;
  document.body.append(wrapper);
  const field = wrapper.querySelector<AdrShadowField>('council-adr-shadow-field');
  if (!field) throw new Error('not rendered');
  await field.updateComplete;
  return field;
}

const addedStyles: HTMLStyleElement[] = [];
const hostStyles = (css: string): void => {
  addedStyles.push(addHostStyles(css));
};

afterEach(() => {
  for (const style of addedStyles.splice(0)) style.remove();
  document.body.replaceChildren();
  document.body.className = '';
  document.body.style.fontFamily = '';
  history.replaceState(null, '', location.pathname + location.search);
});

describe('ADR 0001 criterion 1: a host page with aggressive global CSS does not break the layout', () => {
  it('A (light DOM, layered important styles): nothing that matters changes', async () => {
    document.body.style.fontFamily = HOST_FONT;
    const field = await mountLight();
    field.error = 'Enter a postcode';
    await field.updateComplete;
    await framesPassed();
    const clean = fingerprint(field);
    const message = field.querySelector('.ccuk-error-message') as Element;
    const spaceAfter = (): number => Number.parseFloat(getComputedStyle(message).marginBottom);
    const before = spaceAfter();

    hostStyles(HOSTILE_CSS);
    const hostile = fingerprint(field);

    // The one thing the page may change is the space after a paragraph (the error message), which is the
    // person's to set (WCAG 1.4.12): the host's `p { margin: 40px !important }` moves what follows it down.
    const shift = spaceAfter() - before;
    expect(shift).toBe(25);
    const moved = (box: string | undefined, top: number, height: number): string =>
      (box ?? '')
        .split(',')
        .map((n, index) => (Number(n) + (index === 1 ? top : index === 3 ? height : 0)).toFixed(1))
        .join(',');
    const expected: Record<string, Record<string, string>> = {
      ...clean,
      group: { ...clean['group'], box: moved(clean['group']?.['box'], 0, shift) },
      input: { ...clean['input'], box: moved(clean['input']?.['box'], shift, 0) },
      button: { ...clean['button'], box: moved(clean['button']?.['box'], shift, 0) },
    };
    for (const [part, values] of Object.entries(expected))
      expect({ part, ...hostile[part] }).toEqual({ part, ...values });
    // And the clean rendering is GOV.UK's, not the browser's defaults.
    expect(clean['input']?.['border-top-width']).toBe('2px');
    expect(clean['input']?.['font-size']).toBe('19px');
    expect(clean['button']?.['background-color']).toBe('rgb(15, 122, 82)');
  });

  it('A: the host page’s generated content (`::before`, `::after`) does not reach the component', async () => {
    const field = await mountLight();
    hostStyles(
      'label::before, button::after, .ccuk-label::before { content: "★ " !important; display: inline !important; }',
    );
    const label = field.querySelector('label') as Element;
    const button = field.querySelector('button') as Element;
    expect(getComputedStyle(label, '::before').content).not.toContain('★');
    expect(getComputedStyle(button, '::after').content).not.toContain('★');
    // The page's own elements still get it: the rule is live.
    const own = document.body.appendChild(document.createElement('label'));
    expect(getComputedStyle(own, '::before').content).toContain('★');
  });

  it('A: the host font family is inherited, by design', async () => {
    document.body.style.fontFamily = HOST_FONT;
    const field = await mountLight();
    expect(getComputedStyle(field.querySelector('input') as Element).fontFamily).toBe(HOST_FONT);
  });

  it('A: the focus indicator survives `:focus { outline: none !important }`', async () => {
    hostStyles(HOSTILE_CSS);
    const field = await mountLight();
    await userEvent.click(page.getByRole('textbox', { name: 'Postcode' }));
    const input = field.querySelector('input') as HTMLInputElement;
    expect(document.activeElement).toBe(input);
    const focused = getComputedStyle(input);
    expect(focused.outlineStyle).toBe('solid');
    expect(focused.outlineColor).toBe('rgb(255, 221, 0)');
  });

  it('B (shadow DOM): isolated from selectors, but inherited properties still flow in', async () => {
    document.body.style.fontFamily = HOST_FONT;
    const field = await mountShadow();
    const clean = fingerprint(field, field.shadowRoot as ShadowRoot);
    hostStyles(HOSTILE_CSS);
    const hostile = fingerprint(field, field.shadowRoot as ShadowRoot);
    // Recorded for the ADR: the host's inherited letter-spacing reaches inside the shadow root.
    expect(hostile['hint']?.['letter-spacing']).not.toBe(clean['hint']?.['letter-spacing']);
  });
});

describe('ADR 0001 criterion 2: a host page that loads an older govuk-frontend does not clash', () => {
  for (const [version, css] of [
    ['v4', govukV4Css],
    ['v5', govukV5Css],
  ] as const) {
    it(`A: govuk-frontend ${version} on the page changes nothing in the component, and the component changes nothing on the page`, async () => {
      document.body.style.fontFamily = HOST_FONT;
      const field = await mountLight();
      const hostInput = document.createElement('input');
      hostInput.className = 'govuk-input';
      document.body.append(hostInput);
      const clean = fingerprint(field);
      const hostInputBefore = getComputedStyle(hostInput).borderTopStyle;

      hostStyles(css);
      document.body.classList.add('govuk-template__body', 'js-enabled', 'govuk-frontend-supported');

      expect(css.length).toBeGreaterThan(50_000);
      expect(fingerprint(field)).toEqual(clean);
      // The host's own GOV.UK fields are styled by the host's CSS, untouched by ours.
      expect(hostInputBefore).toBe('inset');
      expect(getComputedStyle(hostInput).borderTopStyle).toBe('solid');
    });
  }
});

describe('ADR 0001 criterion 3: a host <form> submits the values and form.reset() resets them', () => {
  it('A: native fields submit under their names and reset natively', async () => {
    const field = await mountLight(
      '<form><council-adr-light-field name="postcode"></council-adr-light-field><button>Continue</button></form>',
    );
    const form = field.closest('form') as HTMLFormElement;
    await userEvent.type(page.getByRole('textbox', { name: 'Postcode' }), 'SW1A 2AA');

    let submitted: FormData | undefined;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted = new FormData(form);
    });
    await userEvent.click(page.getByRole('button', { name: 'Continue' }));
    expect(submitted?.get('postcode')).toBe('SW1A 2AA');

    form.reset();
    expect((field.querySelector('input') as HTMLInputElement).value).toBe('');
    expect(new FormData(form).get('postcode')).toBe('');
  });

  it('B: ElementInternals also submits and resets', async () => {
    const field = await mountShadow(
      '<form><council-adr-shadow-field name="postcode"></council-adr-shadow-field></form>',
    );
    const form = field.closest('form') as HTMLFormElement;
    await userEvent.type(page.getByRole('textbox', { name: 'Postcode' }), 'SW1A 2AA');
    expect(new FormData(form).get('postcode')).toBe('SW1A 2AA');
    form.reset();
    expect(new FormData(form).get('postcode')).toBe('');
  });
});

describe('ADR 0001 criterion 4: an error-summary link on the host page moves focus to the field', () => {
  const summary = `<div class="govuk-error-summary" data-module="govuk-error-summary">
      <div role="alert">
        <h2 class="govuk-error-summary__title">There is a problem</h2>
        <div class="govuk-error-summary__body">
          <ul class="govuk-list govuk-error-summary__list"><li><a href="#postcode">Enter a postcode</a></li></ul>
        </div>
      </div>
    </div>`;

  it('A: govuk-frontend’s ErrorSummary on the host page focuses the component’s input', async () => {
    document.body.classList.add('govuk-frontend-supported');
    const field = await mountLight(`${summary}<council-adr-light-field name="postcode"></council-adr-light-field>`);
    new ErrorSummary(document.querySelector('.govuk-error-summary') as HTMLElement);

    await userEvent.click(page.getByRole('link', { name: 'Enter a postcode' }));
    expect(document.activeElement).toBe(field.querySelector('input'));
  });

  it('A: without any script, the link still finds the field by its id', async () => {
    const field = await mountLight(`${summary}<council-adr-light-field name="postcode"></council-adr-light-field>`);
    expect(document.getElementById('postcode')).toBe(field.querySelector('input'));
    await userEvent.click(page.getByRole('link', { name: 'Enter a postcode' }));
    expect(location.hash).toBe('#postcode');
    expect(document.querySelector(':target')).toBe(field.querySelector('input'));
  });

  it('B: the field inside a shadow root cannot be found by id, so the link does nothing', async () => {
    document.body.classList.add('govuk-frontend-supported');
    const field = await mountShadow(`${summary}<council-adr-shadow-field name="postcode"></council-adr-shadow-field>`);
    new ErrorSummary(document.querySelector('.govuk-error-summary') as HTMLElement);
    expect(document.getElementById('postcode')).toBeNull();
    await userEvent.click(page.getByRole('link', { name: 'Enter a postcode' }));
    expect(field.shadowRoot?.activeElement ?? null).toBeNull();
  });
});

describe('ADR 0001 criterion 5: every field has a programmatically associated label and hint', () => {
  it('A: the label names the input and the hint and error describe it; axe agrees', async () => {
    const field = await mountLight();
    field.error = 'Enter a postcode';
    await field.updateComplete;
    const input = page.getByRole('textbox', { name: 'Postcode' });
    await expect.element(input).toBeInTheDocument();
    await expect.element(input).toHaveAccessibleDescription(/^For example, SW1A 2AA\s+Error:\s+Enter a postcode$/);
    expect(await axeViolations(field)).toEqual([]);
  });

  it('A: a host page label can also point at the field by id', async () => {
    await mountLight(
      '<label for="postcode">Your postcode</label><council-adr-light-field name="postcode"></council-adr-light-field>',
    );
    const input = document.getElementById('postcode') as HTMLInputElement;
    expect([...(input.labels ?? [])].map((label) => label.textContent?.trim())).toEqual(['Your postcode', 'Postcode']);
  });
});

describe('ADR 0001 criterion 6: a strict Content-Security-Policy works', () => {
  it('A: renders and styles itself with no inline script or style allowed, and no violations', async () => {
    const probeUrl = new URL('./csp-probe.ts', import.meta.url).pathname;
    const frame = document.createElement('iframe');
    frame.title = 'CSP host page';
    frame.srcdoc = `<!doctype html><html lang="en"><head>
      <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'">
      <script type="module" src="${probeUrl}"></script></head>
      <body><form><council-adr-light-field name="postcode"></council-adr-light-field></form></body></html>`;
    const violations: string[] = [];
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const frameDocument = frame.contentDocument as Document;
    frameDocument.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));

    await expect.poll(() => frameDocument.querySelector('council-adr-light-field input')).not.toBeNull();
    const button = frameDocument.querySelector('council-adr-light-field button') as Element;
    const frameWindow = frame.contentWindow as Window;
    expect(frameWindow.getComputedStyle(button).backgroundColor).toBe('rgb(15, 122, 82)');
    expect(frameDocument.adoptedStyleSheets).toHaveLength(1);
    expect(violations).toEqual([]);
  });
});
