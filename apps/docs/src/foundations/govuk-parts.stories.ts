import type { Meta, StoryObj } from '@storybook/web-components-vite';
import './govuk-parts.js';

const meta: Meta = {
  title: 'Foundations/GOV.UK parts',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'The govuk-frontend parts in core’s stylesheet beyond the address lookup’s: panel, notification banner, ' +
          'summary list, tag, radios, date input, details, inset text and table, renamed `.ccuk-*` and shielded ' +
          'from the host page. A script-tag bundle carries only the parts its components render.',
      },
    },
  },
  render: () => document.createElement('council-docs-govuk-parts'),
};
export default meta;

export const Specimen: StoryObj = {};
