import { createElement, type ReactElement } from 'react';

/** A column heading of a docs page's table; `lang` when the heading is in another language than the page. */
export type ColumnHeading = string | { text: string; lang: string };

/** The head of a docs page's table: one row of column headings, each `scope="col"`. */
export function tableHead(...columns: ColumnHeading[]): ReactElement {
  return createElement(
    'thead',
    null,
    createElement(
      'tr',
      null,
      columns.map((column) =>
        typeof column === 'string'
          ? createElement('th', { key: column, scope: 'col' }, column)
          : createElement('th', { key: column.text, scope: 'col', lang: column.lang }, column.text),
      ),
    ),
  );
}
