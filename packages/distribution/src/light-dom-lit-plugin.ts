import { basename } from 'node:path';
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
    transform(code, id) {
      const cuts = REACTIVE_ELEMENT.test(id) ? CUTS : LIT_HTML.test(id) ? LIT_HTML_CUTS : null;
      return cuts && cutFrom(code, cuts, basename(id));
    },
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

const REACTIVE_ELEMENT = /[\\/]@lit[\\/]reactive-element[\\/]reactive-element\.js$/;
const LIT_HTML = /[\\/]lit-html[\\/]lit-html\.js$/;

/**
 * What `ReactiveElement` carries that a light-DOM element declaring `static
 * properties` never runs, cut from Lit's published (minified) module: the
 * shadow root and its styles (`createRenderRoot`, which `CouncilElement`
 * overrides, `finalizeStyles`, `shadowRootOptions`), decorator metadata and
 * initializers, the polyfill hook and the version registry for Lit's dev
 * tools. Each cut is exact text: when a Lit release changes it, the build
 * fails here, naming the cut, instead of shipping something half-cut.
 */
const CUTS: readonly (readonly [string, string | RegExp, string])[] = [
  ['decorator metadata', 'Symbol.metadata??=Symbol("metadata"),a.litPropertyMetadata??=new WeakMap;', ''],
  ['decorator initializers', 'static addInitializer(t){this._$Ei(),(this.l??=[]).push(t)}', ''],
  ['inherited initializers', ',void 0!==t.l&&(this.l=[...t.l])', ''],
  [
    'decorated properties',
    'const t=this[Symbol.metadata];if(null!==t){const s=litPropertyMetadata.get(t);if(void 0!==s)for(const[t,i]of s)this.elementProperties.set(t,i)}',
    '',
  ],
  ['running initializers', ',this.constructor.l?.forEach(t=>t(this))', ''],
  [
    'shadow-root styles',
    'this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(s){const i=[];if(Array.isArray(s)){const e=new Set(s.flat(1/0).reverse());for(const s of e)i.unshift(t(s))}else void 0!==s&&i.push(t(s));return i}',
    '}',
  ],
  [
    'the shadow root',
    'createRenderRoot(){const t=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return s(t,this.constructor.elementStyles),t}',
    '',
  ],
  ['shadow-root options', 'y.elementStyles=[],y.shadowRootOptions={mode:"open"},', ''],
  [
    'polyfill hook and version registry',
    /,p\?\.\(\{ReactiveElement:y\}\),\(a\.reactiveElementVersions\?\?=\[\]\)\.push\("[^"]+"\)/,
    '',
  ],
  ['polyfill hook lookup', ',p=a.reactiveElementPolyfillSupport', ''],
];

/** lit-html's hook for the shady-DOM polyfills and its version registry for Lit's dev tools. */
const LIT_HTML_CUTS: readonly (readonly [string, string | RegExp, string])[] = [
  [
    'polyfill hook and version registry',
    /,B=t\.litHtmlPolyfillSupport;B\?\.\(S,k\),\(t\.litHtmlVersions\?\?=\[\]\)\.push\("[^"]+"\);/,
    ';',
  ],
];

function cutFrom(code: string, cuts: typeof CUTS, file: string): string {
  let cut = code;
  for (const [what, text, replacement] of cuts) {
    const found = typeof text === 'string' ? cut.includes(text) : text.test(cut);
    if (!found) {
      throw new Error(
        `light-dom-lit plugin: Lit's ${file} no longer has the ${what} it cuts; update the cuts for this Lit release.`,
      );
    }
    cut = cut.replace(text, replacement);
  }
  return cut;
}
