import type { Preview } from '@storybook/web-components-vite';

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
      return story();
    },
  ],
  parameters: {
    a11y: { test: 'error', options: { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] } },
    controls: { expanded: true },
  },
};

export default preview;
