import { councilTokenDefaults, type CouncilToken } from './govuk-css.generated.js';

export { councilTokenDefaults, type CouncilToken };

/**
 * The CSS custom properties a council sets, on `:root` or on any ancestor of
 * a component, to brand every component. Each defaults to govuk-frontend's
 * colour. Check contrast when you change one: text and focus colours must
 * keep WCAG 2.2 AA (4.5:1 for text, 3:1 for focus indicators and borders).
 *
 * The keys are generated from the compiled CSS, so this list cannot fall out
 * of step with the styles: the type checker fails when a token is missing.
 */
export const themeTokenDescriptions: Readonly<Record<CouncilToken, string>> = {
  '--council-body-background-colour': 'Behind the content of notification banners: the page background.',
  '--council-border-colour': 'Separators and keylines.',
  '--council-brand-colour': "The council's main brand colour.",
  '--council-button-colour': 'Background of primary buttons such as "Find address" and "Continue".',
  '--council-button-hover-colour': 'Background of primary buttons under the pointer.',
  '--council-button-shadow-colour': 'The shadow beneath primary buttons.',
  '--council-error-colour': 'Error messages and fields in error.',
  '--council-focus-colour': 'Background and outline of the keyboard focus indicator.',
  '--council-focus-text-colour': 'Text and underline on the keyboard focus indicator.',
  '--council-hover-colour': 'The ring around small radio buttons under the pointer.',
  '--council-input-border-colour': 'Borders of inputs and selects.',
  '--council-inverse-text-colour': 'Text on dark backgrounds.',
  '--council-link-active-colour': 'Links while being activated.',
  '--council-link-colour': 'Links.',
  '--council-link-hover-colour': 'Links under the pointer.',
  '--council-link-visited-colour': 'Visited links.',
  '--council-secondary-text-colour': 'Hints and other secondary text.',
  '--council-success-colour': 'Confirmation panels ("Payment received") and success notification banners.',
  '--council-text-colour': 'Body text, labels and legends.',
};
