/**
 * The docs site's own chrome around the stories (Storybook's "manager"): its name, its tab titles, its colours and
 * fonts. Council Components, not GOV.UK (no crown, no GDS Transport, no GOV.UK logotype) and not Storybook.
 * Plain values and functions only, so that Node tests can read them without a browser (site-chrome.test.ts);
 * manager.ts hands them to Storybook.
 */
import type { ThemeVarsPartial } from 'storybook/theming';

export const BRAND_NAME = 'Council Components';

/** A system font stack like GOV.UK's fallback: no web font to download, and never Storybook's Nunito Sans. */
export const SYSTEM_FONT_STACK = 'system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif';
export const MONOSPACE_FONT_STACK = 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace';

const BLUE = '#1d4f91';
const DARK_BLUE = '#153a6b';
const TEXT = '#1b1f24';
const MUTED_TEXT = '#4a5360';
const WHITE = '#ffffff';
const PALE = '#f4f6f9';

/**
 * Storybook's theme variables (for `create` from storybook/theming). Every text colour meets WCAG AA (4.5:1) on each
 * background it is drawn on, and control borders meet 3:1: site-chrome.test.ts checks the pairs. Light only: one
 * palette, checked, whatever the reader's colour-scheme preference.
 */
export const councilThemeVars = {
  base: 'light',
  brandTitle: BRAND_NAME,
  brandUrl: './',
  brandTarget: '_self',
  // No image: the brand is its name, in text (Storybook would draw its own logo for an undefined image).
  colorPrimary: BLUE,
  colorSecondary: BLUE,
  appBg: PALE,
  appContentBg: WHITE,
  appPreviewBg: WHITE,
  appHoverBg: '#e1e9f4',
  appBorderColor: '#c9d1db',
  appBorderRadius: 4,
  fontBase: SYSTEM_FONT_STACK,
  fontCode: MONOSPACE_FONT_STACK,
  textColor: TEXT,
  textInverseColor: WHITE,
  textMutedColor: MUTED_TEXT,
  barTextColor: MUTED_TEXT,
  barHoverColor: DARK_BLUE,
  barSelectedColor: BLUE,
  barBg: WHITE,
  buttonBg: PALE,
  buttonBorder: '#6b7480',
  booleanBg: '#e3e7ed',
  booleanSelectedBg: WHITE,
  inputBg: WHITE,
  inputBorder: '#6b7480',
  inputTextColor: TEXT,
  inputBorderRadius: 4,
} satisfies ThemeVarsPartial;

/**
 * The tab title for the one Storybook sets. Storybook names a page "<title> - <name> ⋅ Storybook" (or "Storybook"
 * before one is chosen), with no setting to change it; this keeps the page's part and puts the site's name after it.
 * Any other title is returned as it is, so applying it twice changes nothing.
 */
export function brandedTitle(title: string): string {
  if (title.trim() === 'Storybook') return BRAND_NAME;
  return title.replace(/\s*\u22C5\s*Storybook$/u, ` \u2013 ${BRAND_NAME}`);
}
