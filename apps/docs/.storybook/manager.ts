/**
 * The docs site's chrome (Storybook's manager UI) as Council Components: its theme, its tab titles and the name of
 * its banner. The values are in council-chrome.ts; manager-head.html gives the tab its name and icon before this
 * script runs.
 */
import { addons } from 'storybook/manager-api';
import { create } from 'storybook/theming';
import { BRAND_NAME, brandedTitle, councilThemeVars } from './council-chrome.ts';

addons.setConfig({ theme: create(councilThemeVars) });

/**
 * Storybook offers no setting for two names of its own: the tab title it writes on every navigation
 * ("… ⋅ Storybook") and the visually hidden heading that names the sidebar's banner landmark for screen readers
 * ("Storybook"). Both are put right whenever they change; the check costs two string comparisons per batch of DOM
 * changes, and changing them again changes nothing, so the observer cannot loop.
 */
function brandChrome(): void {
  const title = brandedTitle(document.title);
  if (title !== document.title) document.title = title;
  const bannerHeading = document.getElementById('global-site-h1');
  if (bannerHeading && bannerHeading.textContent !== BRAND_NAME) bannerHeading.textContent = BRAND_NAME;
}

brandChrome();
new MutationObserver(brandChrome).observe(document, { subtree: true, childList: true, characterData: true });
