import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import remarkGfm from 'remark-gfm';

const packagesDir = fileURLToPath(new URL('../../../packages', import.meta.url));
const a11yPreview = fileURLToPath(new URL('./a11y-preview.ts', import.meta.url));

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../src/**/*.mdx', '../src/**/*.stories.ts', '../../../packages/*/src/**/*.stories.ts'],
  addons: [
    '@storybook/addon-a11y',
    // GitHub's Markdown in the .mdx pages: tables, as the Introduction's list of components is.
    {
      name: '@storybook/addon-docs',
      options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } },
    },
  ],
  // addon-a11y's preview entry, in its place in the order, as a11y-preview.ts: the same annotations, without the
  // vision simulator's SVG filters once per story on docs pages (repeated ids). An entry is a path, or `{ bare,
  // absolute }` for a package's (the addon's bare one is `@storybook/addon-a11y/dist/preview.js`); should the addon's
  // ever not be found, the build stops rather than pass it by.
  previewAnnotations: (entries = []) => {
    const isA11yPreview = (entry: unknown): boolean => {
      const path = typeof entry === 'object' && entry !== null && 'bare' in entry ? entry.bare : entry;
      return typeof path === 'string' && /(^|\/)@storybook\/addon-a11y\/(dist\/)?preview(\.js)?$/.test(path);
    };
    if (!entries.some(isA11yPreview)) throw new Error('main.ts: no @storybook/addon-a11y preview entry to replace');
    return entries.map((entry) => (isA11yPreview(entry) ? a11yPreview : entry));
  },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // No onboarding checklist or guide: `storybook dev` would show them; a built site never does (site-chrome.test.ts).
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    optimizeDeps: {
      ...viteConfig.optimizeDeps,
      // PGlite finds its WebAssembly and data files beside its own module (`new URL(…, import.meta.url)`):
      // pre-bundled into Vite's dependency cache, it would look for them there, where they are not.
      exclude: [...(viteConfig.optimizeDeps?.exclude ?? []), '@electric-sql/pglite'],
    },
    resolve: {
      ...viteConfig.resolve,
      // Stories use the packages' sources, so the docs site needs no build of them first.
      alias: [{ find: /^@council-components\/([a-z-]+)\/(.*)\.js$/, replacement: `${packagesDir}/$1/src/$2.ts` }],
    },
  }),
};

export default config;
