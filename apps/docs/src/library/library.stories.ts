import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { CouncilDocsLibrary } from './library-overview.ts';

const meta: Meta = {
  title: 'Library/Overview',
  parameters: {
    docs: {
      description: {
        component:
          'Every component in the library: its status and what that means for a council, its latest version, the ' +
          'size of its script-tag bundle, how many councils use it, and who looks after it. Filter by status or by ' +
          'words. To propose a component, or to help build one, see "Propose or contribute a component".',
      },
    },
  },
};
export default meta;

/** Every component, with every status shown. */
export const Overview: StoryObj = {
  render: () => {
    const wrapper = document.createElement('div');
    wrapper.setAttribute('data-story-pending', '');
    const library = new CouncilDocsLibrary();
    wrapper.append(library);
    void library.shown().then(() => wrapper.removeAttribute('data-story-pending'));
    return wrapper;
  },
};
