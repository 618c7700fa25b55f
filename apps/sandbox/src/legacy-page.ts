import type { Lang, SandboxComponent } from './components.ts';

/**
 * How the page gets the components: each one's script-tag bundle, the
 * loader, or all at once with an older release of every bundle first (what a
 * page sees when two teams paste two versions).
 */
export type Delivery = 'bundles' | 'loader' | 'mixed' | 'cdn' | 'cdn-loader';

/** A script to load: its path and, when known, its SRI hash. */
export interface PageScript {
  src: string;
  integrity: string | undefined;
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/**
 * A page in the style of a council's legacy CMS: a `<base>` tag, the CMS's
 * aggressive stylesheet, an old govuk-frontend stylesheet, a strict CSP (set
 * as a response header), and the components pasted in with script tags
 * inside an ordinary form that posts to the council, beside the CMS's own
 * script on an old jQuery.
 */
export function legacyPage(
  components: readonly SandboxComponent[],
  lang: Lang,
  scripts: readonly PageScript[],
  {
    nonce,
    path = '/',
    adoptionCollector,
  }: {
    /** For a CSP that allows scripts by nonce rather than by origin. */
    nonce?: string | undefined;
    /** The page's own path, which its language switch links to. */
    path?: string;
    /** Where its components send adoption beacons: the page's `council-components-telemetry` meta. */
    adoptionCollector?: string | undefined;
  } = {},
): string {
  const nonceAttribute = nonce ? ` nonce="${escapeHtml(nonce)}"` : '';
  const scriptTags = scripts
    .map(
      ({ src, integrity }) =>
        `<script type="module" src="${escapeHtml(src)}"${integrity ? ` integrity="${escapeHtml(integrity)}"` : ''}${nonceAttribute}></script>`,
    )
    .join('\n    ');
  const sections = components
    .map(
      (component) => `<section class="cms-block" aria-labelledby="${component.tag}-heading">
          <h2 id="${component.tag}-heading">${escapeHtml(component.title[lang])}</h2>
          ${component.markup(lang)}
        </section>`,
    )
    .join('\n        ');
  const otherLang = lang === 'en' ? 'cy' : 'en';
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <base href="/">${
      adoptionCollector
        ? `
    <meta name="council-components-telemetry" content="${escapeHtml(adoptionCollector)}">`
        : ''
    }
    <title>${lang === 'cy' ? 'Gwasanaethau’r cyngor – Cyngor Sir Enghreifftiol' : 'Council services – Example County Council'}</title>
    <link rel="icon" href="legacy/favicon.svg" type="image/svg+xml">
    <link rel="stylesheet" href="legacy/govuk-frontend-v5.min.css">
    <link rel="stylesheet" href="legacy/council-cms.css">
    <script src="legacy/jquery.min.js"${nonceAttribute}></script>
    <script src="legacy/cms.js"${nonceAttribute}></script>
    ${scriptTags}
  </head>
  <body class="govuk-template__body">
    <header class="cms-header">
      <a href="/">${lang === 'cy' ? 'Cyngor Sir Enghreifftiol' : 'Example County Council'}</a>
      <a href="${path}?lang=${otherLang}" lang="${otherLang}" hreflang="${otherLang}">${otherLang === 'cy' ? 'Cymraeg' : 'English'}</a>
    </header>
    <main class="cms-main" id="main-content">
      <h1>${lang === 'cy' ? 'Gwasanaethau’r cyngor' : 'Council services'}</h1>
      <p>${
        components.length === 0
          ? lang === 'cy'
            ? 'Nid oes cydrannau wedi’u cyhoeddi eto.'
            : 'No components have been published yet.'
          : lang === 'cy'
            ? 'Llenwch y ffurflen isod.'
            : 'Fill in the form below.'
      }</p>
      <form method="post" action="submitted${lang === 'cy' ? '?lang=cy' : ''}" novalidate>
        ${sections}
        <p><label for="cms-reference">${lang === 'cy' ? 'Cyfeirnod' : 'Your reference'}</label>
        <input id="cms-reference" name="cms-reference" type="text"></p>
        <button type="submit">${lang === 'cy' ? 'Anfon' : 'Send'}</button>
      </form>
    </main>
    <footer class="cms-footer"><p>${lang === 'cy' ? '© Cyngor Sir Enghreifftiol' : '© Example County Council'}</p></footer>
  </body>
</html>`;
}

/** What the council's form handler received, in the page's language: every field, in order, as a definition list. */
export function submittedPage(fields: Iterable<[string, string]>, lang: Lang = 'en'): string {
  const rows = [...fields]
    .map(
      ([name, value]) => `<dt>${escapeHtml(name)}</dt><dd data-field="${escapeHtml(name)}">${escapeHtml(value)}</dd>`,
    )
    .join('');
  const [heading, council] =
    lang === 'cy'
      ? ['Ffurflen wedi’i derbyn', 'Cyngor Sir Enghreifftiol']
      : ['Form received', 'Example County Council'];
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${heading} – ${council}</title><link rel="icon" href="legacy/favicon.svg" type="image/svg+xml"></head>
<body><main><h1>${heading}</h1><dl>${rows}</dl></main></body></html>`;
}
