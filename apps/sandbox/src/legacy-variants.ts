import type { LegacyLibrary } from '@council-components/testing/legacy-libraries.js';
import type { SandboxComponent } from './components.ts';
import type { PageScript } from './legacy-page.ts';

/**
 * The pages councils really have, as variants of one form holding every
 * sandbox component: the libraries their CMS loads, the way their themes
 * wrap, hide and move content. Each is served at `/variants/<name>` with the
 * components delivered by script-tag bundle or by the loader
 * (`?delivery=loader`), and the legacy-variants test runs every component's
 * journey on each, so a new component is tried on all of them.
 */
export interface LegacyVariant {
  readonly name: string;
  /** What a council's page does, in a sentence. */
  readonly description: string;
  /** Loaded with classic script tags before the components, in this order. */
  readonly libraries: readonly LegacyLibrary[];
  /** No doctype: the page renders in quirks mode. */
  readonly quirks?: boolean;
  /** Puts the form into the page's body (default: as it is). */
  readonly wrap?: (form: string) => string;
  /** The page's own script, run after the libraries and before the components (a classic script). */
  readonly script?: string;
  /** A control the resident uses first to reach the form (a tab). */
  readonly reveal?: string;
  /** Set on `<html>` (`data-variant-ready`) by the page's script once it has done its work. */
  readonly waitsForScript?: boolean;
  /** A script expression, true on the page once it is what the variant says (its libraries ran, its script did its work). */
  readonly proof: string;
}

/** A page script that does `action` once every component on the page has rendered, then marks the page ready. */
const onceRendered = (action: string): string => `(function wait() {
      var rendered = document.querySelectorAll('.ccuk-root').length;
      if (!rendered || rendered < document.querySelectorAll('.cms-block').length) return setTimeout(wait, 20);
      ${action}
      document.documentElement.setAttribute('data-variant-ready', 'yes');
    })();`;

export const legacyVariants: readonly LegacyVariant[] = [
  {
    name: 'angularjs',
    description: 'The form inside an AngularJS 1.8 app (ng-app), with interpolation beside it',
    proof: `document.querySelector('main p').textContent === 'Example County Council' && angular.version.full === '1.8.3'`,
    libraries: ['angularjs'],
    wrap: (form) => `<div ng-app ng-init="council = 'Example County Council'"><p>{{ council }}</p>${form}</div>`,
  },
  {
    name: 'angularjs-ng-if',
    description: 'The form inside AngularJS’s ng-if, which re-creates it from a copy once the components have rendered',
    proof: `document.querySelector('main p').textContent === 'Example County Council' && document.querySelectorAll('form').length === 1`,
    libraries: ['angularjs'],
    wrap: (form) =>
      `<div ng-app ng-init="council = 'Example County Council'; shown = true"><p>{{ council }}</p><div ng-if="shown">${form}</div></div>`,
  },
  {
    name: 'reparsed',
    description:
      'An accordion script that re-renders its panel from its own HTML (innerHTML = innerHTML) after the components rendered',
    proof: `document.documentElement.getAttribute('data-variant-ready') === 'yes'`,
    libraries: [],
    wrap: (form) => `<div id="accordion-panel">${form}</div>`,
    script: onceRendered(`var panel = document.getElementById('accordion-panel');
      panel.innerHTML = panel.innerHTML;`),
    waitsForScript: true,
  },
  {
    name: 'cloned',
    description:
      'A script that replaces the form with a clone of itself (form.replaceWith(form.cloneNode(true))) after the components rendered',
    proof: `document.documentElement.getAttribute('data-variant-ready') === 'yes'`,
    libraries: [],
    script: onceRendered(`var form = document.querySelector('form');
      form.replaceWith(form.cloneNode(true));`),
    waitsForScript: true,
  },
  {
    name: 'table-form',
    description:
      'A layout table with the form opened between <table> and <tr>: the parser closes the form at once, and the fields belong to it without being inside it',
    proof: `document.querySelector('form').children.length === 0 && document.querySelector('button[type=submit]').form === document.querySelector('form') && !document.querySelector('.cms-block').closest('form')`,
    libraries: [],
    wrap: (form) =>
      form
        .replace(
          '<form method="post" action="submitted">',
          '<table class="layout"><form method="post" action="submitted"><tr><td>',
        )
        .replace('</form>', '</td></tr></form></table>'),
  },
  {
    name: 'requirejs',
    description: 'RequireJS on the page: a global AMD define',
    proof: `typeof define === 'function' && define.amd !== undefined && typeof requirejs === 'function'`,
    libraries: ['requirejs'],
    script: `require.config({ baseUrl: 'variants/lib' });`,
  },
  {
    name: 'jquery3-migrate',
    description: 'jQuery 3 with jQuery Migrate, and the theme’s own submit handler',
    proof: `jQuery.fn.jquery === '3.7.1' && jQuery.migrateVersion === '3.5.2'`,
    libraries: ['jquery3', 'jquery-migrate'],
    script: `jQuery(function ($) { $('form').on('submit', function () { $('html').attr('data-theme-saw-submit', 'yes'); }); });`,
  },
  {
    name: 'core-js-2',
    description: 'core-js 2 shims replacing Promise, Symbol and the collections',
    proof: `core.version.indexOf('2.') === 0`,
    libraries: ['core-js-2'],
  },
  {
    name: 'core-js-3',
    description: 'core-js 3 polyfills loaded in full',
    proof: `globalThis['__core-js_shared__'].versions[0].version === '3.39.0'`,
    libraries: ['core-js-3'],
  },
  {
    name: 'document-register-element',
    description: 'The document-register-element custom-elements polyfill, in its default mode',
    proof: `typeof document.registerElement === 'function'`,
    libraries: ['document-register-element'],
  },
  {
    name: 'quirks-mode',
    description: 'No doctype: the whole page in quirks mode',
    proof: `document.compatMode === 'BackCompat'`,
    libraries: [],
    quirks: true,
  },
  {
    name: 'hidden-tab',
    description: 'The form in a tab panel that is hidden until the resident opens its tab',
    proof: `document.getElementById('panel-intro').hidden && !document.getElementById('panel-form').hidden`,
    libraries: [],
    wrap: (form) =>
      `<div class="tabs"><button type="button" id="tab-form" aria-controls="panel-form">Apply</button>
        <div id="panel-intro"><p>Read this first.</p></div>
        <div id="panel-form" hidden>${form}</div></div>`,
    script: `document.addEventListener('click', function (event) {
      if (event.target && event.target.id === 'tab-form') {
        document.getElementById('panel-intro').hidden = true;
        document.getElementById('panel-form').hidden = false;
      }
    });`,
    reveal: '#tab-form',
  },
  {
    name: 'moved',
    description: 'The theme’s script moves each component’s block to another part of the form once the page has loaded',
    proof: `document.querySelectorAll('#moved-here > .cms-block').length === document.querySelectorAll('.cms-block').length`,
    libraries: [],
    wrap: (form) => form.replace('</form>', '<div id="moved-here"></div></form>'),
    script: `window.addEventListener('load', function () {
      var target = document.getElementById('moved-here');
      var blocks = document.querySelectorAll('.cms-block');
      for (var i = 0; i < blocks.length; i++) target.appendChild(blocks[i]);
      document.documentElement.setAttribute('data-variant-ready', 'yes');
    });`,
    waitsForScript: true,
  },
];

/** A variant's page: every component in one form posting to `/submitted`, after the variant's libraries and script. */
export function variantPage(
  variant: LegacyVariant,
  components: readonly SandboxComponent[],
  scripts: readonly PageScript[],
): string {
  const sections = components
    .map(
      (component) => `<section class="cms-block">
          <h2>${component.title.en}</h2>
          ${component.markup('en')}
        </section>`,
    )
    .join('\n');
  const form = `<form method="post" action="submitted">
        ${sections}
        <button type="submit">Send</button>
      </form>`;
  const libraries = variant.libraries.map((library) => `<script src="variants/lib/${library}.js"></script>`);
  const own = variant.script ? [`<script src="variants/${variant.name}.js"></script>`] : [];
  const componentScripts = scripts.map(
    ({ src, integrity }) =>
      `<script type="module" src="${src}"${integrity ? ` integrity="${integrity}"` : ''}></script>`,
  );
  return `${variant.quirks ? '' : '<!doctype html>\n'}<html lang="en">
  <head>
    <meta charset="utf-8">
    <base href="/">
    <title>${variant.description} – Example County Council</title>
    <link rel="icon" href="legacy/favicon.svg" type="image/svg+xml">
    ${[...libraries, ...own, ...componentScripts].join('\n    ')}
  </head>
  <body>
    <main>
      <h1>Council services</h1>
      ${variant.wrap ? variant.wrap(form) : form}
    </main>
  </body>
</html>`;
}
