/**
 * The components the legacy page shows, each through its own script tag, the
 * way a council pastes them into a CMS. Each component issue adds its entry.
 */
export interface SandboxComponent {
  /** The custom element's tag. */
  tag: string;
  /** A heading for its section of the page. */
  title: string;
  /** Path of its script-tag bundle, under `/components/`. */
  script: string;
  /** The markup a page author pastes, placed inside the page's `<form>`. */
  markup: string;
}

export const sandboxComponents: readonly SandboxComponent[] = [
  {
    tag: 'council-address-lookup',
    title: 'Find an address',
    script: 'address-lookup/bundle/council-address-lookup.bundle.js',
    markup:
      '<council-address-lookup name="home-address" label="What is your home address?" required></council-address-lookup>',
  },
];
