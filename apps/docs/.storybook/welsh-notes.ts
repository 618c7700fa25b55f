import { createElement, type ReactElement, type ReactNode } from 'react';
import { componentCatalogues, welshSourceCountsOf } from '../src/component-catalogues.ts';
import { useThisComponent } from './this-component.ts';

/** A note's text, its `code` spans as code. */
const withCode = (note: string): ReactNode[] =>
  note.split('`').map((part, index) => (index % 2 === 1 ? createElement('code', { key: index }, part) : part));

/**
 * "Welsh": how the component chooses its language, how much of its Welsh follows a government service's published
 * words (from its `*.welsh-sources.ts`), and what is particular to it (`parameters.welsh`), for a council's Welsh
 * Language Standards officer and its translators.
 */
export function WelshNotes(): ReactElement | null {
  const { folder, parameters } = useThisComponent();
  const catalogue = folder === undefined ? undefined : componentCatalogues.get(folder);
  if (!catalogue) return null;
  const own = (parameters['welsh'] as readonly string[] | undefined) ?? [];
  const counts = welshSourceCountsOf(catalogue);
  return createElement(
    'div',
    { className: 'council-docs-welsh' },
    createElement('h2', { id: 'welsh' }, 'Welsh'),
    createElement(
      'ul',
      null,
      createElement(
        'li',
        null,
        ...withCode(
          'It speaks the language of the nearest `lang` attribute around it: Welsh for `cy` (or `cy-GB`), English ' +
            'otherwise. It changes when the page’s language changes, without being put on the page again. Choose ' +
            'Cymraeg in the toolbar to see every state in Welsh.',
        ),
      ),
      createElement(
        'li',
        null,
        `All ${String(counts.strings)} of its strings are in Welsh. ${String(counts.same)} use the same words as a ` +
          `government service, ${String(counts.close)} are close to one, and ${String(counts.forReview)} are ours, ` +
          'for your translator to review. ',
        createElement('a', { href: './?path=/docs/foundations-welsh-strings--docs', target: '_top' }, 'Welsh strings'),
        ' lists each, with its source.',
      ),
      createElement(
        'li',
        null,
        ...withCode(
          'Any string can be replaced in either language with the `strings` attribute, for a council whose Welsh ' +
            'Language Scheme words something differently.',
        ),
      ),
      own.map((note) => createElement('li', { key: note }, ...withCode(note))),
    ),
  );
}
