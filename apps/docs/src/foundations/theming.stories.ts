import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import {
  councilTokenDefaults,
  themeTokenDescriptions,
  type CouncilToken,
} from '@council-components/core/styles/theme-tokens.js';
import './style-sample.js';
import './token-reference.js';

type Args = Partial<Record<CouncilToken, string>> & { fontFamily: string };

const tokens = Object.keys(councilTokenDefaults) as CouncilToken[];

const meta: Meta<Args> = {
  title: 'Foundations/Theming',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Every component inherits the host page’s font and takes its colours from `--council-*` custom properties. ' +
          'Set them on `:root`, or on any element around a component. Keep WCAG 2.2 AA contrast when you change them.',
      },
    },
  },
  argTypes: {
    fontFamily: { control: 'text', description: 'The host page’s font: components inherit it.' },
    ...Object.fromEntries(
      tokens.map((token) => [
        token,
        {
          control: 'color',
          description: themeTokenDescriptions[token],
          table: { defaultValue: { summary: councilTokenDefaults[token] } },
        },
      ]),
    ),
  },
  args: { fontFamily: 'Arial, sans-serif' },
  render: (args) => {
    const style: Record<string, string> = { fontFamily: args.fontFamily };
    for (const token of tokens) {
      const value = args[token];
      if (value) style[token] = value;
    }
    return html`<div style=${styleMap(style)}><council-docs-style-sample></council-docs-style-sample></div>`;
  },
};
export default meta;

export const Defaults: StoryObj<Args> = {};

export const CouncilBrand: StoryObj<Args> = {
  name: 'A council brand',
  args: {
    fontFamily: 'Georgia, serif',
    '--council-button-colour': '#4c2c92',
    '--council-button-hover-colour': '#3a2270',
    '--council-button-shadow-colour': '#24154a',
    '--council-link-colour': '#4c2c92',
    '--council-focus-colour': '#ffbf47',
  },
};

export const TokenReference: StoryObj<Args> = {
  name: 'Token reference',
  parameters: { docs: { description: { story: 'Every theme token, its default, and what it colours.' } } },
  render: () => document.createElement('council-docs-token-reference'),
};
