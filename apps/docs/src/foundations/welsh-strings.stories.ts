import type { Meta, StoryObj } from '@storybook/web-components-vite';
import './welsh-strings.js';

const meta: Meta = {
  title: 'Foundations/Welsh strings',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Every string the components show, in English and Welsh, with the government service that publishes the ' +
          'same Welsh for the same English: “Same words”, “Close” (how ours differ is said), or “For review” where ' +
          'no service was found. Compared in December 2026 with the Welsh in the published source of HMCTS, HMRC, ' +
          'GOV.UK Pay, GOV.UK Forms, GOV.UK One Login, ONS and Defra services. A council’s translator can review ' +
          'them here in one place, and replace any of them with the `strings` attribute.',
      },
    },
  },
  render: () => document.createElement('council-docs-welsh-strings'),
};
export default meta;

export const AllStrings: StoryObj = {};
