import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { CouncilDocsAdoption } from './adoption-view.ts';
import { exampleBooking, exampleOverview } from './adoption.fixtures.ts';

/** The view in a wrapper marked pending until its figures are shown (the docs site's test waits for it). */
function adoptionView(setUp: (view: CouncilDocsAdoption) => void): HTMLElement {
  const wrapper = document.createElement('div');
  wrapper.setAttribute('data-story-pending', '');
  const view = new CouncilDocsAdoption();
  setUp(view);
  wrapper.append(view);
  void view.shown().then(() => wrapper.removeAttribute('data-story-pending'));
  return wrapper;
}

const meta: Meta = {
  title: 'Library/Adoption',
  parameters: {
    docs: {
      description: {
        component:
          'How widely councils use each component: councils and sites, the versions live and how far behind the ' +
          'latest they are, and use over time. The figures come from the adoption collector, which counts the ' +
          'beacons pages with the components send (an origin, a package, a version; nothing about a resident; ' +
          'off wherever a page, an element or the browser says so). Each chart has its figures in a table after ' +
          'it. When the collector cannot be reached the page shows the snapshot kept with the site, and says so.',
      },
    },
  },
};
export default meta;

/** Every component, live from the collector (or from the snapshot when it cannot be reached). */
export const Overview: StoryObj = { render: () => adoptionView(() => undefined) };

/** One component, live from the collector (or from the snapshot). */
export const OneComponent: StoryObj = {
  render: () => adoptionView((view) => (view.package = '@council-components/booking')),
};

/** How the overview reads with figures in it: example figures, not real use. */
export const ExampleOverview: StoryObj = {
  render: () => adoptionView((view) => (view.figures = { source: 'example', data: exampleOverview })),
};

/** How a component's adoption reads with figures in it: example figures, not real use. */
export const ExampleOneComponent: StoryObj = {
  render: () => adoptionView((view) => (view.figures = { source: 'example', data: exampleBooking })),
};
