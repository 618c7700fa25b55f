import { afterEach, describe, expect, it } from 'vitest';
import {
  framesPassed,
  TEXT_SPACING_BOOKMARKLET,
  textSpacingProblems,
} from '@council-components/testing/text-spacing.js';
import { addHostStyles } from '../host-pages/host-pages.js';
import { AdrLightField } from '../host-pages/light-field.js';
import { councilCss } from './govuk-css.generated.js';
import { styleSheetOf } from './shared-stylesheet.js';

const added: HTMLStyleElement[] = [];
const hostStyles = (css: string): void => {
  added.push(addHostStyles(css));
};

async function mount({ waitFrames = true } = {}): Promise<AdrLightField> {
  const field = new AdrLightField();
  field.error = 'Enter a postcode';
  document.body.append(field, Object.assign(document.createElement('p'), { textContent: 'After' }));
  await field.updateComplete;
  if (waitFrames) await framesPassed();
  return field;
}

const computed = (field: Element, selector: string): CSSStyleDeclaration =>
  getComputedStyle(field.querySelector(selector) as Element);

afterEach(() => {
  for (const style of added.splice(0)) style.remove();
  document.body.replaceChildren();
});

describe('text spacing is the person’s (WCAG 1.4.12)', () => {
  it('from the start, the shield reverts every property but line height, letter and word spacing, and the bottom margin', async () => {
    // Before any frame: a shield changed later would make the browser style everything twice.
    await mount({ waitFrames: false });
    const layer = styleSheetOf(councilCss).cssRules[0] as CSSLayerBlockRule;
    const shield = (layer.cssRules[0] as CSSStyleRule).style;
    expect(shield.getPropertyValue('all')).toBe('');
    for (const kept of ['color', 'margin-top', 'padding-left', 'display', 'text-transform', 'font-size']) {
      expect({ kept, value: shield.getPropertyValue(kept), priority: shield.getPropertyPriority(kept) }).toEqual({
        kept,
        value: 'revert',
        priority: 'important',
      });
    }
    for (const left of ['line-height', 'letter-spacing', 'word-spacing', 'margin-bottom', 'margin-block-end']) {
      expect({ left, value: shield.getPropertyValue(left) }).toEqual({ left, value: '' });
    }
  });

  it('the text-spacing bookmarklet reaches every piece of text, paragraphs’ spacing included, and nothing is lost', async () => {
    const field = await mount();
    const before = textSpacingProblems(field);
    expect(before.problems.some((problem) => problem.includes('line-height'))).toBe(true);

    hostStyles(TEXT_SPACING_BOOKMARKLET);
    const { checked, problems } = textSpacingProblems(field);
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(5);
    expect(computed(field, '.ccuk-error-message').marginBottom).toBe('38px');
  });

  it('a host rule for every element or tag does not reach the text spacing, nor any element’s bottom margin but a paragraph’s', async () => {
    const field = await mount();
    const clean = ['.ccuk-label', '.ccuk-hint', '.ccuk-error-message', 'input', 'button'].map((selector) => {
      const style = computed(field, selector);
      return [selector, style.lineHeight, style.letterSpacing, style.wordSpacing, style.marginBottom];
    });
    hostStyles(`
      * { line-height: 3; letter-spacing: 4px; word-spacing: 9px; }
      div, span, label, input, button { line-height: 5px; letter-spacing: 1em; margin-bottom: 70px !important; margin-block-end: 70px !important; }
      p { line-height: 9px; margin-bottom: 60px; }
    `);
    const hostile = ['.ccuk-label', '.ccuk-hint', '.ccuk-error-message', 'input', 'button'].map((selector) => {
      const style = computed(field, selector);
      return [selector, style.lineHeight, style.letterSpacing, style.wordSpacing, style.marginBottom];
    });
    expect(hostile).toEqual(clean);
    // The page's own paragraph, outside the component, does get the page's rule: it is live.
    expect(getComputedStyle(document.body.lastElementChild as Element).marginBottom).toBe('60px');
  });
});
