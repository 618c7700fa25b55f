import { createElement, Fragment, type ReactElement } from 'react';
import { useOf } from '@storybook/addon-docs/blocks';
import { folderOfTag, packageFolderOf } from '../src/built-packages.ts';

type Message = string | { other: string };
type Catalogue = Readonly<Record<'en' | 'cy', Readonly<Record<string, Message>>>>;

// Every component's strings, in English and Welsh, as they ship (`<name>.strings.ts`): the error messages table is
// read from the same catalogue the component renders, so it cannot say other words.
const stringModules = import.meta.glob<Record<string, unknown>>('../../../packages/*/src/*.strings.ts', {
  eager: true,
});

const isCatalogue = (value: unknown): value is Catalogue =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Partial<Catalogue>).en === 'object' &&
  typeof (value as Partial<Catalogue>).cy === 'object';

/** The catalogue of the component whose element is `tag` (`council-booking` → `packages/booking/src/*.strings.ts`). */
function catalogueOf(tag: string): Catalogue | undefined {
  const folder = folderOfTag(tag);
  const entry = Object.entries(stringModules).find(([path]) => packageFolderOf(path) === folder);
  return entry ? Object.values(entry[1]).find(isCatalogue) : undefined;
}

const text = (message: Message | undefined): string =>
  message === undefined ? '' : typeof message === 'string' ? message : message.other;

/**
 * "Error messages": every message the component shows when an answer or a service goes wrong, in English and Welsh,
 * its placeholders as written (`{date}`), for a council's content designers and its Welsh translators.
 */
export function ErrorMessages(): ReactElement | null {
  const { preparedMeta } = useOf('meta', ['meta']);
  const tag: unknown = preparedMeta.component;
  const catalogue = typeof tag === 'string' ? catalogueOf(tag) : undefined;
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
      createElement(
        'thead',
        null,
        createElement(
          'tr',
          null,
          createElement('th', { scope: 'col' }, 'Key'),
          createElement('th', { scope: 'col' }, 'English'),
          createElement('th', { scope: 'col', lang: 'cy' }, 'Cymraeg'),
        ),
      ),
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
