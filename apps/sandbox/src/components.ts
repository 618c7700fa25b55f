/**
 * The components the legacy page shows, the way a council pastes them into
 * a CMS. Each component issue adds its entry.
 */
export interface SandboxComponent {
  /** The custom element's tag. */
  tag: string;
  /** A heading for its section of the page, in English and Welsh. */
  title: Readonly<Record<Lang, string>>;
  /** Its package's folder under `packages/`, whose `dist/` is served at `/components/<folder>/`. */
  folder: string;
  /** Its script-tag bundle, relative to the package's `dist/`. */
  bundle: string;
  /**
   * The markup a page author pastes, placed inside the page's `<form>`, in the
   * page's language: with fallback content, so the form still works where the
   * component cannot run.
   */
  markup: (lang: Lang) => string;
  /**
   * An answer put straight into the fallback fields (by name), as a CMS script, a framework or the browser
   * restoring the form would: what the council then receives for those fields.
   */
  fallbackAnswer: Readonly<Record<string, string>>;
}

export type Lang = 'en' | 'cy';

export const sandboxComponents: readonly SandboxComponent[] = [
  {
    tag: 'council-address-lookup',
    title: { en: 'Find an address', cy: 'Dod o hyd i gyfeiriad' },
    folder: 'address-lookup',
    bundle: 'bundle/council-address-lookup.bundle.js',
    markup: (lang) => {
      // The page author's own fallback labels, in the page's language.
      const { question, line1, line2, town, postcode } = {
        en: {
          question: 'What is your home address?',
          line1: 'Address line 1',
          line2: 'Address line 2 (optional)',
          town: 'Town or city',
          postcode: 'Postcode',
        },
        cy: {
          question: 'Beth yw eich cyfeiriad cartref?',
          line1: 'Llinell 1 y cyfeiriad',
          line2: 'Llinell 2 y cyfeiriad (dewisol)',
          town: 'Tref neu ddinas',
          postcode: 'Cod post',
        },
      }[lang];
      return `<council-address-lookup name="home-address" label="${question}" required>
            <p><label for="home-address-line-1">${line1}</label>
            <input id="home-address-line-1" name="home-address-line-1" autocomplete="address-line1"></p>
            <p><label for="home-address-line-2">${line2}</label>
            <input id="home-address-line-2" name="home-address-line-2" autocomplete="address-line2"></p>
            <p><label for="home-address-town">${town}</label>
            <input id="home-address-town" name="home-address-town" autocomplete="address-level2"></p>
            <p><label for="home-address-postcode">${postcode}</label>
            <input id="home-address-postcode" name="home-address-postcode" autocomplete="postal-code"></p>
            <input type="hidden" id="home-address-uprn" name="home-address-uprn">
          </council-address-lookup>`;
    },
    fallbackAnswer: {
      'home-address-line-1': '10 Downing Street',
      'home-address-town': 'London',
      'home-address-postcode': 'SW1A 2AA',
    },
  },
  {
    tag: 'council-bin-collections',
    title: { en: 'Bin collections', cy: 'Casgliadau biniau' },
    folder: 'bin-collections',
    bundle: 'bundle/council-bin-collections.bundle.js',
    // Not a question: nothing is sent with the form. Without JavaScript, the council's own bin day page.
    markup: (lang) =>
      `<council-bin-collections remember contact-href="/contact" missed-href="/bins/missed">
            <p>${
              lang === 'cy'
                ? 'Gallwch hefyd wirio eich diwrnod bin ar <a href="/bins">ein tudalen diwrnodau casglu</a>.'
                : 'You can also check your bin day on <a href="/bins">our collection days page</a>.'
            }</p>
          </council-bin-collections>`,
    fallbackAnswer: {},
  },
  {
    tag: 'council-payment',
    title: { en: 'Pay a parking fine', cy: 'Talu dirwy parcio' },
    folder: 'payment',
    bundle: 'bundle/council-payment.bundle.js',
    // A GOV.UK Pay payment link: nothing is sent with the form. Without JavaScript, the link itself.
    markup: (lang) =>
      `<council-payment payment-link="https://www.gov.uk/payments/example-council/pay-a-parking-fine" payment-link-cy="https://www.gov.uk/payments/example-council/talu-dirwy-parcio" description="Pay a parking fine" description-cy="Talu dirwy parcio" amount="7000" contact-href="/contact">
            <p>${
              lang === 'cy'
                ? '<a href="https://www.gov.uk/payments/example-council/talu-dirwy-parcio">Talu eich dirwy parcio ar GOV.UK Pay</a>'
                : '<a href="https://www.gov.uk/payments/example-council/pay-a-parking-fine">Pay your parking fine on GOV.UK Pay</a>'
            }</p>
          </council-payment>`,
    fallbackAnswer: {},
  },
  {
    tag: 'council-booking',
    title: { en: 'Book a bulky waste collection', cy: 'Trefnu casgliad gwastraff swmpus' },
    folder: 'booking',
    bundle: 'bundle/council-booking.bundle.js',
    // Not a question: the booking is made with the council's back end, and nothing is sent with the form. Without
    // JavaScript, the council's other way to book.
    markup: (lang) =>
      `<council-booking endpoint="/api/booking" service="bulky-waste" contact-href="/contact">
            <p>${
              lang === 'cy' ? 'Ffoniwch 0300 123 4567 i drefnu casgliad.' : 'Call 0300 123 4567 to book a collection.'
            }</p>
          </council-booking>`,
    fallbackAnswer: {},
  },
];

/**
 * The council's garden waste page (`/pay`): `<council-payment>` with the council's back end, by script tag, on a page
 * of its own, because GOV.UK Pay sends the resident back to it. It checks a payment GOV.UK Pay has not finished for
 * 4 seconds (30 by default), so that the sandbox shows that outcome soon. Without JavaScript: the council's
 * other ways to pay.
 */
export const backEndPayment: SandboxComponent = {
  tag: 'council-payment',
  title: { en: 'Garden waste subscription', cy: 'Tanysgrifiad gwastraff gardd' },
  folder: 'payment',
  bundle: 'bundle/council-payment.bundle.js',
  markup: (lang) =>
    `<council-payment endpoint="/api/payments" item="garden-waste" description="Pay for garden waste collections" description-cy="Talu am gasgliadau gwastraff gardd" amount="4500" label="Your customer number" label-cy="Eich rhif cwsmer" hint="It is on your garden waste letter" hint-cy="Mae ar eich llythyr gwastraff gardd" contact-href="/contact" check-for="4">
            <p>${
              lang === 'cy' ? 'Ffoniwch 0300 123 4567 i dalu gyda cherdyn.' : 'Call 0300 123 4567 to pay by card.'
            }</p>
          </council-payment>`,
  fallbackAnswer: {},
};
