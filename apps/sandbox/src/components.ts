/**
 * The components the legacy page shows, the way a council pastes them into
 * a CMS. Each component issue adds its entry.
 */
export interface SandboxComponent {
  /** The custom element's tag. */
  tag: string;
  /** A heading for its section of the page. */
  title: string;
  /** Its package's folder under `packages/`, whose `dist/` is served at `/components/<folder>/`. */
  folder: string;
  /** Its script-tag bundle, relative to the package's `dist/`. */
  bundle: string;
  /**
   * The markup a page author pastes, placed inside the page's `<form>`: with
   * fallback content, so the form still works where the component cannot run.
   */
  markup: string;
}

export const sandboxComponents: readonly SandboxComponent[] = [
  {
    tag: 'council-address-lookup',
    title: 'Find an address',
    folder: 'address-lookup',
    bundle: 'bundle/council-address-lookup.bundle.js',
    markup: `<council-address-lookup name="home-address" label="What is your home address?" required>
            <p><label for="home-address-line-1">Address line 1</label>
            <input id="home-address-line-1" name="home-address-line-1" autocomplete="address-line1"></p>
            <p><label for="home-address-line-2">Address line 2 (optional)</label>
            <input id="home-address-line-2" name="home-address-line-2" autocomplete="address-line2"></p>
            <p><label for="home-address-town">Town or city</label>
            <input id="home-address-town" name="home-address-town" autocomplete="address-level2"></p>
            <p><label for="home-address-postcode">Postcode</label>
            <input id="home-address-postcode" name="home-address-postcode" autocomplete="postal-code"></p>
            <input type="hidden" id="home-address-uprn" name="home-address-uprn">
          </council-address-lookup>`,
  },
];
