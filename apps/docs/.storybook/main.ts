import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import remarkGfm from 'remark-gfm';

const packagesDir = fileURLToPath(new URL('../../../packages', import.meta.url));

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
