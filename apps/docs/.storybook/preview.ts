import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { create } from 'storybook/theming';
import { createRouter, type Route } from '@council-components/server/http/router.js';
import type { FixtureBackendContext } from '@council-components/testing/component-fixture.js';
import { installInPageBackend } from '@council-components/testing/in-page-backend.js';
import type { PgliteStorage } from '../src/pglite-storage.ts';
import { ComponentPage } from './component-page.ts';
import { councilThemeVars } from './council-chrome.ts';
import { holdStoryFocus, releaseStoryFocus } from './story-focus.ts';

interface CustomElementsManifest {
  schemaVersion: string;
  modules: unknown[];
}

// Every component package's custom-elements.json (written by its build), merged: each docs page's table of
// attributes, properties and events comes from the same file councils and tools read. A new component appears
// with no change here.
const manifests = import.meta.glob<CustomElementsManifest>('../../../packages/*/custom-elements.json', {
  eager: true,
  import: 'default',
});
setCustomElementsManifest({
  schemaVersion: '2.1.0',
  modules: Object.values(manifests).flatMap((manifest) => manifest.modules),
});

// The components' adoption beacons count councils' pages, never the library's own: the docs site switches them off
// as any page can (packages/core/README.md, "Adoption telemetry"). Set before any component connects.
(globalThis as { councilComponents?: { telemetry?: string } }).councilComponents = { telemetry: 'off' };

// A back end that keeps state (payments) gets the storage layer on PGlite, PostgreSQL in WebAssembly, in memory
// (ADR 0008). Opened once, when a back end first asks: PGlite is megabytes, and a page that never asks never
// downloads it. A failed open is not kept, so the next ask tries again.
let opening: Promise<PgliteStorage> | undefined;
const context: FixtureBackendContext<PgliteStorage> = {
  storage: () =>
    (opening ??= import('../src/pglite-storage.ts')
      .then(({ openPgliteStorage }) => openPgliteStorage())
      .catch((error: unknown) => {
        opening = undefined;
        throw error;
      })),
};

// Every component's fixtures bring the council back end their states talk to (`fixtureBackend(context)`): the docs
// site has no server, so those back ends run in the page. A new component's back end is served with no change here.
const fixtures = import.meta.glob<{ fixtureBackend?: (context: FixtureBackendContext<PgliteStorage>) => Route[] }>(
  '../../../packages/*/src/*.fixtures.ts',
  { eager: true },
);
installInPageBackend(
  createRouter(
    Object.values(fixtures).flatMap((module) => module.fixtureBackend?.(context) ?? []),
    { onError: () => undefined },
  ),
);

const preview: Preview = {
  globalTypes: {
    lang: {
      description: 'Language of the page around the components',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'cy', title: 'Cymraeg' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'en' },
  decorators: [
    (story, context) => {
      // Components read the nearest [lang]; the toolbar sets the page's.
      document.documentElement.lang = String(context.globals['lang'] ?? 'en');
      // A docs page shows every state at once: none may move the reader's focus (story-focus.ts).
      if (context.viewMode === 'docs') holdStoryFocus();
      else releaseStoryFocus();
      return story();
    },
  ],
  // The API from custom-elements.json is documentation; only a story's own args (its state) are controls.
  argTypesEnhancers: [
    (context) =>
      Object.fromEntries(
        Object.entries(context.argTypes).map(([name, argType]) => [
          name,
          name in context.initialArgs ? argType : { ...argType, control: false },
        ]),
      ),
  ],
  parameters: {
    a11y: { test: 'error', options: { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] } },
    controls: { expanded: true },
    // Docs pages in the chrome's palette and the system font stack the stories use (preview.css), never Storybook's
    // own web font.
    docs: { theme: create(councilThemeVars), page: ComponentPage },
  },
};

export default preview;
