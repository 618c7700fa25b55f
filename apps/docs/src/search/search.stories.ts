import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { CouncilDocsSearch } from './search-view.ts';

const meta: Meta = {
  title: 'Search',
  parameters: {
    docs: {
      description: {
        component:
          'Full-text search over the docs site: what each component is for, its states, attributes, events and ' +
          'messages in English and Welsh, and the guides. The sidebar’s search finds page names only.',
      },
    },
  },
};
export default meta;

/** The search, empty, as a reader finds it. */
export const SearchTheDocs: StoryObj = { render: () => new CouncilDocsSearch() };
