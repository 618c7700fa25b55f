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
  /** Run before the libraries (a classic script), for a library that needs the page prepared. */
  readonly setup?: string;
  /** The page's own script, run after the libraries and before the components (a classic script). */
  readonly script?: string | ((components: readonly SandboxComponent[]) => string);
  /** What the page (or its CMS editor) does to each component's markup. */
  readonly markup?: (markup: string, component: SandboxComponent) => string;
  /** The components' script tags are written without `type="module"`, as CMS asset APIs do. */
  readonly classicScripts?: boolean;
  /** Tried by its own tests (what the page does changes the journey), not by the common ones. */
  readonly standalone?: boolean;
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

/** Each component's fallback answer, as `[field name, value]` pairs, for a page script. */
const fallbackAnswers = (components: readonly SandboxComponent[]): string =>
  JSON.stringify(components.flatMap((component) => Object.entries(component.fallbackAnswer)));

/** Marks the page author's fields that hold the fallback answer `required`, as an author writing for no JavaScript would. */
const requiredFallbackFields = (markup: string, component: SandboxComponent): string =>
  Object.keys(component.fallbackAnswer).reduce(
    (marked, name) => marked.replace(`name="${name}"`, `$& required`),
    markup,
  );

/** The form opened between `<table>` and `<tr>`, as old layout-table themes do: the parser closes it at once. */
const inLayoutTable = (form: string): string =>
  form
    .replace(
      '<form method="post" action="submitted">',
      '<table class="layout"><form method="post" action="submitted"><tr><td>',
    )
    .replace('</form>', '</td></tr></form></table>');

export const legacyVariants: readonly LegacyVariant[] = [
  {
    name: 'plain',
    description: 'The form as the README shows it, on a page with nothing else',
    proof: `document.querySelectorAll('script:not([type=module])').length === 0`,
    libraries: [],
  },
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
    wrap: inLayoutTable,
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
    name: 'table-form-own-fields',
    description:
      'The layout table that closes the form at once, with components pasted without fallback fields: their own fields must still reach the form',
    proof: `document.querySelector('form').children.length === 0 && !document.querySelector('.cms-block').closest('form') && document.querySelectorAll('.cms-block input').length === document.querySelectorAll('.cms-block .ccuk-root input').length`,
    libraries: [],
    wrap: inLayoutTable,
    markup: (markup) => markup.replace(/^(<[a-z-]+[^>]*>)[\s\S]*(<\/[a-z-]+>)$/, '$1$2'),
  },
  {
    name: 'classic-scripts',
    description:
      'The components’ script tags written without type="module" (WordPress before 6.5, Drupal 7), on a page whose own $ and _ are not jQuery or lodash',
    proof: `window.$ === window.pageDollar && window._ === window.pageUnderscore && document.querySelectorAll('script[src*="components/"]:not([type])').length > 0`,
    libraries: [],
    script: `window.pageDollar = window.$ = function pageDollar() { return 'page'; };
      window.pageUnderscore = window._ = { page: true };`,
    classicScripts: true,
  },
  {
    name: 'aspnet-webforms',
    description:
      'An ASP.NET WebForms page: one form round the whole page, a site search button before the components, links that post back by script (__doPostBack), and each component told which button checks it (submit-buttons)',
    proof: `typeof __doPostBack === 'function' && document.querySelector('form').contains(document.getElementById('ctl00_Search_Go'))`,
    libraries: [],
    wrap: (form) =>
      form
        .replace(
          '<form method="post" action="submitted">',
          () => `<form method="post" action="submitted" id="aspnetForm">
        <input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="">
        <input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="">
        <div class="site-search"><label for="ctl00_Search_Q">Search this site</label>
          <input name="ctl00$Search$Q" id="ctl00_Search_Q" type="search">
          <input type="submit" name="ctl00$Search$Go" id="ctl00_Search_Go" value="Search"></div>`,
        )
        .replace(
          '<button type="submit">Send</button>',
          () =>
            '<button type="submit" name="ctl00$Main$Send" id="ctl00_Main_Send">Send</button> <a id="ctl00_Main_Save" href="javascript:__doPostBack(\'ctl00$Main$Save\',\'\')">Save and come back later</a>',
        ),
    markup: (markup) => markup.replace(/^<([a-z-]+)/, '<$1 submit-buttons="ctl00_Main_Send"'),
    // As ASP.NET writes it (there just after the form's start tag; here in the head, so the form is found on use).
    script: `function __doPostBack(eventTarget, eventArgument) {
        var theForm = document.forms['aspnetForm'];
        if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
          theForm.__EVENTTARGET.value = eventTarget;
          theForm.__EVENTARGUMENT.value = eventArgument;
          theForm.submit();
        }
      }`,
  },
  {
    name: 'prefilled-on-ready',
    description:
      'A CMS script that puts a saved answer into the fallback fields when the DOM is ready (jQuery), after the components have taken them over',
    proof: `document.documentElement.getAttribute('data-variant-ready') === 'yes'`,
    libraries: ['jquery3'],
    script: (components) => `jQuery(function ($) {
      $.each(${fallbackAnswers(components)}, function (i, field) { $('[name="' + field[0] + '"]').val(field[1]); });
      $('html').attr('data-variant-ready', 'yes');
    });`,
    waitsForScript: true,
    standalone: true,
  },
  {
    name: 'angularjs-ng-init',
    description: 'AngularJS putting a saved answer into the fallback fields through ng-init and ng-model',
    proof: `angular.version.full === '1.8.3' && document.querySelectorAll('[ng-model].ng-not-empty').length > 0`,
    libraries: ['angularjs'],
    wrap: (form) => `<div ng-app ng-init="saved = {}">${form}</div>`,
    markup: (markup, component) =>
      Object.entries(component.fallbackAnswer).reduce(
        (marked, [name, value]) =>
          marked.replace(`name="${name}"`, `$& ng-model="saved['${name}']" ng-init="saved['${name}'] = '${value}'"`),
        markup,
      ),
    standalone: true,
  },
  {
    name: 'document-register-element-forced',
    description:
      'document-register-element 1.14.10 forced over the browser’s own custom elements (its ponyfill, in `force` mode), with required fallback fields',
    proof: `typeof module.exports === 'function' && !/\\[native code]/.test(String(customElements.define))`,
    setup: 'var module = { exports: {} };',
    libraries: ['document-register-element-pony'],
    script: `module.exports(window, 'force');`,
    markup: requiredFallbackFields,
    standalone: true,
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
          ${variant.markup ? variant.markup(component.markup('en'), component) : component.markup('en')}
        </section>`,
    )
    .join('\n');
  const form = `<form method="post" action="submitted">
        ${sections}
        <button type="submit">Send</button>
      </form>`;
  const libraries = variant.libraries.map((library) => `<script src="variants/lib/${library}.js"></script>`);
  const setup = variant.setup ? [`<script src="variants/${variant.name}.setup.js"></script>`] : [];
  const own = variant.script ? [`<script src="variants/${variant.name}.js"></script>`] : [];
  const componentScripts = scripts.map(
    ({ src, integrity }) =>
      `<script${variant.classicScripts ? '' : ' type="module"'} src="${src}"${integrity ? ` integrity="${integrity}"` : ''}></script>`,
  );
  return `${variant.quirks ? '' : '<!doctype html>\n'}<html lang="en">
  <head>
    <meta charset="utf-8">
    <base href="/">
    <title>${variant.description} – Example County Council</title>
    <link rel="icon" href="legacy/favicon.svg" type="image/svg+xml">
    ${[...setup, ...libraries, ...own, ...componentScripts].join('\n    ')}
  </head>
  <body>
    <main>
      <h1>Council services</h1>
      ${variant.wrap ? variant.wrap(form) : form}
    </main>
  </body>
</html>`;
}
