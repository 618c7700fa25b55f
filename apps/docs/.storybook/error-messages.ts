import { createElement, Fragment, type ReactElement } from 'react';
import type { Message } from '@council-components/core/i18n/catalogue.js';
import { componentCatalogues } from '../src/component-catalogues.ts';
import { tableHead } from './docs-table.ts';
import { useThisComponent } from './this-component.ts';

const text = (message: Message | undefined): string =>
  message === undefined ? '' : typeof message === 'string' ? message : message.other;

/**
 * "Error messages": every message the component shows when an answer or a service goes wrong, in English and Welsh,
 * its placeholders as written (`{date}`), for a council's content designers and its Welsh translators.
 */
export function ErrorMessages(): ReactElement | null {
  const { folder } = useThisComponent();
  const catalogue = folder === undefined ? undefined : componentCatalogues.get(folder);
  if (!catalogue) return null;
  const keys = Object.keys(catalogue.en).filter((key) => /^error[A-Z]/.test(key));
  if (keys.length === 0) return null;
  return createElement(
    Fragment,
    null,
    createElement('h2', { id: 'error-messages' }, 'Error messages'),
    createElement(
      'p',
      null,
      'What the component says when an answer needs correcting or a service does not answer, in English and Welsh. ' +
        'Words in braces are filled in as it runs. A page can replace any of them with the strings attribute.',
    ),
    createElement(
      'table',
      { className: 'council-docs-errors' },
      createElement('caption', null, 'Error messages in English and Welsh'),
      tableHead('Key', 'English', { text: 'Cymraeg', lang: 'cy' }),
      createElement(
        'tbody',
        null,
        keys.map((key) =>
          createElement(
            'tr',
            { key },
            createElement('th', { scope: 'row' }, createElement('code', null, key)),
            createElement('td', null, text(catalogue.en[key])),
            createElement('td', { lang: 'cy' }, text(catalogue.cy[key])),
          ),
        ),
      ),
    ),
  );
}
