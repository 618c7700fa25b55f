/**
 * WCAG 2.2 success criterion 1.4.12, Text Spacing, checked in the browser:
 * the spacing a person sets with the text-spacing bookmarklet (or user
 * styles) applies to a component's text, and no content is lost by it.
 */

/** The rules of the WCAG text-spacing bookmarklet: the criterion's four settings, as auditors apply them. */
export const TEXT_SPACING_BOOKMARKLET = `
* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }
`;

/** Resolves after `count` frames of the page: what a component rendered has been styled and laid out. */
export async function framesPassed(count = 2): Promise<void> {
  for (let frame = 0; frame < count; frame++) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

export interface TextSpacingReport {
  /** Elements whose own text (or control's text) was checked. */
  checked: number;
  /** What falls short, one line each, naming the element. */
  problems: string[];
}

const CONTROLS = 'input:not([type=hidden]), select, textarea, button';
/** The classes whose space after is the person's (the build leaves it unlayered): for `<p>` only, as the shield knows. */
const PARAGRAPH_CLASSES = '.ccuk-body, .ccuk-body-s, .ccuk-body-m, .ccuk-body-l, .ccuk-body-lead, .ccuk-error-message';
const px = (value: string): number => (value === 'normal' ? Number.NaN : Number.parseFloat(value));
const named = (element: Element): string => element.outerHTML.slice(0, 70).replace(/\s+/g, ' ');
/** GOV.UK's visually hidden text is clipped to a pixel on purpose: it is for screen readers. */
const isVisuallyHidden = (element: Element): boolean => {
  const box = element.getBoundingClientRect();
  return box.width <= 1 || box.height <= 1;
};

function ownText(element: Element): Text[] {
  return [...element.childNodes].filter(
    (node): node is Text => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '',
  );
}

/** The line boxes of a text node's glyphs, as the page lays them out. */
function rectsOf(text: Text): DOMRect[] {
  const range = document.createRange();
  range.selectNodeContents(text);
  return [...range.getClientRects()].filter((rect) => rect.width > 0 && rect.height > 0);
}

const overlap = (a: DOMRect, b: DOMRect): number =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
  Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

/**
 * With the person's spacing in force, what in `root` does not take it or loses content: every element with text
 * of its own and every control has line height ≥ 1.5, letter spacing ≥ 0.12 and word spacing ≥ 0.16 times its font
 * size; every paragraph followed by more has ≥ 2 font sizes after it; no text is clipped by its own box (a
 * control's text still fits its content box) and no two pieces of text overlap.
 */
export function textSpacingProblems(root: Element): TextSpacingReport {
  const problems: string[] = [];
  let checked = 0;
  const texts: { element: Element; rects: DOMRect[] }[] = [];
  for (const element of [root, ...root.querySelectorAll('*')]) {
    if (!element.checkVisibility() || isVisuallyHidden(element)) continue;
    const style = getComputedStyle(element);
    const size = px(style.fontSize);
    const own = ownText(element);
    const isControl = element.matches(CONTROLS);
    if (own.length > 0 || isControl) {
      checked++;
      const short = (
        [
          ['line-height', px(style.lineHeight), 1.5 * size - 0.5],
          ['letter-spacing', px(style.letterSpacing), 0.12 * size - 0.01],
          ['word-spacing', px(style.wordSpacing), 0.16 * size - 0.01],
        ] as const
      )
        // Chromium keeps a native drop-down's line height `normal`, whatever any stylesheet says.
        .filter(
          ([property]) =>
            !(property === 'line-height' && element.localName === 'select' && style.appearance !== 'none'),
        )
        .filter(([, value, least]) => !(value >= least));
      for (const [property, value] of short) {
        problems.push(`${named(element)}: ${property} ${String(value)}px at font size ${String(size)}px`);
      }
    }
    const shielded = element.closest('.ccuk-root') && !element.parentElement?.closest('[data-ccuk-page]');
    if (shielded && element.matches(PARAGRAPH_CLASSES) && element.localName !== 'p') {
      problems.push(
        `${named(element)}: a paragraph's class on a <${element.localName}>, whose space after is shielded`,
      );
    }
    if (element.localName === 'p' && element.nextElementSibling && !(px(style.marginBottom) >= 2 * size - 0.5)) {
      problems.push(`${named(element)}: ${style.marginBottom} after a paragraph at font size ${String(size)}px`);
    }
    if (isControl) {
      const content = (element as HTMLElement).clientHeight - px(style.paddingTop) - px(style.paddingBottom);
      if (content < size) problems.push(`${named(element)}: ${String(content)}px high for ${String(size)}px text`);
    } else if (own.length > 0) {
      const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible';
      if (clips && (element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1)) {
        problems.push(`${named(element)}: its text is cut off`);
      }
      texts.push({ element, rects: own.flatMap(rectsOf) });
    }
  }
  for (const [index, a] of texts.entries()) {
    for (const b of texts.slice(index + 1)) {
      if (a.rects.some((ra) => b.rects.some((rb) => overlap(ra, rb) > 1))) {
        problems.push(`${named(a.element)} and ${named(b.element)}: their text overlaps`);
      }
    }
  }
  return { checked, problems };
}
