import type { Plugin } from 'rolldown';

const STUB_ID = '\0council-components:lit-css-tag';

/**
 * Council Components render into the light DOM (ADR 0001), where Lit's own
 * style machinery (`static styles`, adopted into a shadow root) never runs: a
 * component's styles go in its folder's `.scss` and reach the page as its
 * `componentCss`. In script-tag files, Lit's `css-tag` module (the `css` tag,
 * `CSSResult`, shadow-root adoption: 0.3 kB brotli) is replaced by two
 * functions that fail loudly if anything ever calls them (`css`, `unsafeCSS`,
 * `CSSResult` among them). npm users' own builds get Lit as it is.
 */
export function lightDomLitPlugin(): Plugin {
  const refuse = 'Council Components render into the light DOM (ADR 0001): give a component its styles as componentCss';
  return {
    name: 'council-components:light-dom-lit',
    resolveId(source, importer) {
      if (source === './css-tag.js' && importer && /[\\/]@lit[\\/]reactive-element[\\/]/.test(importer)) return STUB_ID;
      return null;
    },
    load(id) {
      if (id !== STUB_ID) return null;
      return [
        `const refuse = () => { throw new Error(${JSON.stringify(refuse)}); };`,
        'export const getCompatibleStyle = refuse, adoptStyles = refuse, css = refuse, unsafeCSS = refuse, CSSResult = refuse;',
        'export const supportsAdoptingStyleSheets = true;',
      ].join('\n');
    },
  };
}
