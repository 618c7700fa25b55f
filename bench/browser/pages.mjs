// The bench's pages. Each has the probe (probe.js) first, the page's own markup, and a start script last that notes
// the start time, adds the widget's script as a script tag would, and waits, inside the page, for the widget to be
// ready. Our components render their own markup; the anchors are given the markup their documentation asks for.
import { readFileSync } from 'node:fs';
import { IDEAL_POSTCODES_KEY } from './server.mjs';

const PROBE = readFileSync(new URL('probe.js', import.meta.url), 'utf8');

/** How long any page may take to be ready, in the page. */
export const READY_TIMEOUT_MS = 30_000;

/**
 * Starts the console message in which a page reports its start-up (its timing as JSON, or `{ "error": … }`): the bench
 * reads it from the console, so that it runs nothing in the page while the page is being timed.
 */
export const READY_MESSAGE = '[bench] ready ';

/** The performance mark a page makes once its widgets are ready, for a trace to end at (`startup-cpu.mjs`). */
export const READY_MARK = 'bench:ready';

/** Where the server serves each script. */
export const SCRIPT_PATHS = {
  addressLookup: '/ours/council-address-lookup.bundle.js',
  binCollections: '/ours/council-bin-collections.bundle.js',
  booking: '/ours/council-booking.bundle.js',
  payment: '/ours/council-payment.bundle.js',
  postcodeLookup: '/anchors/postcode-lookup.min.js',
  govukCss: '/anchors/govuk-frontend.min.css',
  govukJs: '/anchors/govuk-frontend.min.js',
};

/**
 * @param {{ title: string, head?: string, bodyClass?: string, body: string, start: string }} page
 * @returns {string}
 */
function pageHtml({ title, head = '', bodyClass = '', body, start }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${title}</title>
<script>${PROBE}</script>
${head}
</head>
<body class="${bodyClass}">
<main>
<h1>${title}</h1>
${body}
</main>
<script>${start}</script>
</body>
</html>`;
}

/**
 * The start script: notes the start, waits for `ready` (a condition, checked in the page) after adding `script` and
 * running `afterLoad`, then lets long tasks and shifts be delivered. The outcome is written to the console
 * (`READY_MESSAGE`), where the bench reads it.
 * @param {{ script: { src?: string, text?: string, module: boolean }, ready: string, afterLoad?: string, what: string }} options
 */
function startScript({ script, ready, afterLoad = '', what }) {
  return `
(() => {
  const bench = window.__bench;
  bench.start = performance.now();
  const timed = (async () => {
    const ready = bench.until(() => ${ready}, ${READY_TIMEOUT_MS}, ${JSON.stringify(what)});
    await bench.loadScript(${JSON.stringify(script)});
    ${afterLoad}
    const end = await ready;
    performance.mark(${JSON.stringify(READY_MARK)});
    await bench.settle();
    return { ms: end - bench.start, ...bench.blocking(bench.start, end), cls: bench.layoutShift(performance.now()) };
  })();
  timed.then(
    (timing) => console.debug(${JSON.stringify(READY_MESSAGE)} + JSON.stringify(timing)),
    (error) => console.debug(${JSON.stringify(READY_MESSAGE)} + JSON.stringify({ error: String(error?.message ?? error) })),
  );
})();`;
}

const range = (count) => Array.from({ length: count }, (_, i) => i + 1);

/**
 * Our address lookup, `count` times in one form, each after a question and before the page's Continue button.
 * @param {number} count
 * @param {string} [src] where its script is served (another build's, to compare two)
 */
export function ourAddressPage(count, src = SCRIPT_PATHS.addressLookup) {
  const tag = 'council-address-lookup';
  const instances = range(count)
    .map(
      (i) =>
        `<p>Question ${i} of ${count}</p>\n<${tag} endpoint="/api/addresses" name="address-${i}" label="What is address ${i}?"></${tag}>`,
    )
    .join('\n');
  const ready = `customElements.get('${tag}') !== undefined
      && document.querySelectorAll('${tag}:defined').length === ${count}
      && [...document.querySelectorAll('${tag} button')].filter((b) => b.textContent.trim() === 'Find address').length === ${count}`;
  return pageHtml({
    title: `Address lookup × ${count}`,
    body: `<form action="/submitted" method="post">\n${instances}\n<button>Continue</button>\n</form>`,
    start: startScript({
      script: { src, module: true },
      ready,
      what: `${count} council-address-lookup element(s) upgraded with their Find address button`,
    }),
  });
}

/**
 * Ideal Postcodes' postcode-lookup, `count` times: each a container and the address fields it fills, set up as its
 * README says, once its script has loaded. Its key check (a request before it shows anything) is turned off, so
 * the anchor is at its fastest; its API is the local fake, on this origin.
 * @param {number} count
 */
export function theirAddressPage(count) {
  const field = (i, name, label) => `<label>${label} <input id="${name}_${i}" name="${name}_${i}"></label>`;
  const instances = range(count)
    .map(
      (i) => `<p>Question ${i} of ${count}</p>
<fieldset><legend>What is address ${i}?</legend>
<div id="lookup_${i}"></div>
${field(i, 'line_1', 'Address line 1')} ${field(i, 'line_2', 'Address line 2')} ${field(i, 'line_3', 'Address line 3')}
${field(i, 'post_town', 'Town or city')} ${field(i, 'postcode', 'Postcode')}
</fieldset>`,
    )
    .join('\n');
  const setup = `
    window.__bench.loaded = 0;
    for (let i = 1; i <= ${count}; i += 1) {
      IdealPostcodes.PostcodeLookup.setup({
        apiKey: ${JSON.stringify(IDEAL_POSTCODES_KEY)},
        context: '#lookup_' + i,
        baseUrl: location.host,
        tls: location.protocol === 'https:',
        checkKey: false,
        outputFields: {
          line_1: '#line_1_' + i, line_2: '#line_2_' + i, line_3: '#line_3_' + i,
          post_town: '#post_town_' + i, postcode: '#postcode_' + i,
        },
        onLoaded() { window.__bench.loaded += 1; },
      });
    }`;
  const ready = `window.IdealPostcodes !== undefined && window.__bench.loaded === ${count}
      && document.querySelectorAll('.idpc-input').length === ${count}
      && document.querySelectorAll('.idpc-button').length === ${count}`;
  return pageHtml({
    title: `Postcode lookup × ${count}`,
    body: `<form action="/submitted" method="post">\n${instances}\n<button>Continue</button>\n</form>`,
    start: startScript({
      script: { src: SCRIPT_PATHS.postcodeLookup, module: false },
      afterLoad: setup,
      ready,
      what: `${count} postcode-lookup instance(s) set up with their input and button`,
    }),
  });
}

/** Our other components, one each, as their READMEs show them. */
const OUR_COMPONENTS = {
  'bin-collections': {
    tag: 'council-bin-collections',
    src: SCRIPT_PATHS.binCollections,
    attributes: 'endpoint="/api/collections" contact-href="/contact-us"',
  },
  booking: {
    tag: 'council-booking',
    src: SCRIPT_PATHS.booking,
    attributes: 'endpoint="/api/booking" service="bulky-waste" contact-href="/contact-us"',
  },
  payment: {
    tag: 'council-payment',
    src: SCRIPT_PATHS.payment,
    attributes:
      'endpoint="/api/payments" item="garden-waste" description="Pay for garden waste collections" amount="4500" label="Your customer number" contact-href="/contact-us"',
  },
};

/** @typedef {keyof typeof OUR_COMPONENTS} OtherComponent */
export const OTHER_COMPONENTS = /** @type {OtherComponent[]} */ (Object.keys(OUR_COMPONENTS));

/**
 * One of our other components, ready when its first render is in the page.
 * @param {OtherComponent} name
 */
export function ourComponentPage(name) {
  const { tag, src, attributes } = OUR_COMPONENTS[name];
  const ready = `customElements.get('${tag}') !== undefined
      && document.querySelector('${tag}')?.hasUpdated === true
      && document.querySelector('${tag} .ccuk-root') !== null`;
  return pageHtml({
    title: name,
    body: `<${tag} ${attributes}><p>You can also call 0300 123 4567.</p></${tag}>\n<p>The rest of the page.</p>`,
    start: startScript({ script: { src, module: true }, ready, what: `${tag} rendered` }),
  });
}

const govukButton = (text) => `<button type="submit" class="govuk-button" data-module="govuk-button">${text}</button>`;

/** The GOV.UK Design System markup nearest each of our other components' first screen. */
const GOVUK_MARKUP = {
  'bin-collections': `<form><div class="govuk-form-group">
<h2 class="govuk-label-wrapper"><label class="govuk-label govuk-label--m" for="postcode">Find your bin collection days</label></h2>
<div class="govuk-hint" id="postcode-hint">Enter your postcode</div>
<input class="govuk-input govuk-input--width-10" id="postcode" name="postcode" type="text" autocomplete="postal-code" aria-describedby="postcode-hint">
</div>${govukButton('Find address')}</form>`,
  booking: `<form><div class="govuk-form-group"><fieldset class="govuk-fieldset">
<legend class="govuk-fieldset__legend govuk-fieldset__legend--m">What would you like to book?</legend>
<div class="govuk-radios" data-module="govuk-radios">
${['Bulky waste collection', 'Garden waste bin', 'Recycling centre visit']
  .map(
    (
      label,
      i,
    ) => `<div class="govuk-radios__item"><input class="govuk-radios__input" id="service-${i}" name="service" type="radio" value="${i}"${i === 0 ? ` data-aria-controls="conditional-service-${i}"` : ''}>
<label class="govuk-label govuk-radios__label" for="service-${i}">${label}</label></div>${
      i === 0
        ? `<div class="govuk-radios__conditional govuk-radios__conditional--hidden" id="conditional-service-${i}"><div class="govuk-form-group"><label class="govuk-label" for="items">How many items?</label><input class="govuk-input govuk-input--width-2" id="items" name="items" type="text"></div></div>`
        : ''
    }`,
  )
  .join('\n')}
</div></fieldset></div>
<div class="govuk-form-group"><fieldset class="govuk-fieldset" role="group"><legend class="govuk-fieldset__legend govuk-fieldset__legend--m">Which day?</legend>
<div class="govuk-date-input">${['Day', 'Month', 'Year']
    .map(
      (part) =>
        `<div class="govuk-date-input__item"><div class="govuk-form-group"><label class="govuk-label govuk-date-input__label" for="date-${part}">${part}</label><input class="govuk-input govuk-date-input__input govuk-input--width-${part === 'Year' ? 4 : 2}" id="date-${part}" name="date-${part}" type="text" inputmode="numeric"></div></div>`,
    )
    .join('')}</div></fieldset></div>${govukButton('Continue')}</form>`,
  payment: `<form><h2 class="govuk-heading-m">Pay for garden waste collections</h2>
<dl class="govuk-summary-list"><div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Amount</dt><dd class="govuk-summary-list__value">£45.00</dd></div></dl>
<div class="govuk-form-group"><label class="govuk-label" for="reference">Your customer number</label>
<input class="govuk-input govuk-input--width-20" id="reference" name="reference" type="text"></div>
<details class="govuk-details"><summary class="govuk-details__summary"><span class="govuk-details__summary-text">Other ways to pay</span></summary>
<div class="govuk-details__text">Call 0300 123 4567 to pay by card.</div></details>${govukButton('Continue to payment')}</form>`,
};

/**
 * The anchor of one of our other components: the GOV.UK markup of the same screen, its stylesheet in the head, and
 * govuk-frontend's script, ready when `initAll()` has returned.
 * @param {OtherComponent} name
 */
export function govukAnchorPage(name) {
  const init = `import { initAll } from '${SCRIPT_PATHS.govukJs}'; initAll(); document.body.setAttribute('data-bench-initialised', '');`;
  return pageHtml({
    title: `${name}: GOV.UK Frontend`,
    head: `<link rel="stylesheet" href="${SCRIPT_PATHS.govukCss}">`,
    bodyClass: 'govuk-template__body',
    body: `<script>document.body.className += ' js-enabled govuk-frontend-supported';</script>\n${GOVUK_MARKUP[name]}\n<p class="govuk-body">The rest of the page.</p>`,
    start: startScript({
      script: { text: init, module: true },
      ready: "document.body.hasAttribute('data-bench-initialised')",
      what: `govuk-frontend initAll() on the ${name} markup`,
    }),
  });
}
