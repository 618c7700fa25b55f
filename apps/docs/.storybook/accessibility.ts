import { createElement, Fragment, type ReactElement } from 'react';
import {
  CONTRACT_CHECKS,
  knownIssuesOf,
  statementFor,
  type ComponentAccessibility,
} from '../src/accessibility/accessibility-statement.ts';
import { tableHead } from './docs-table.ts';
import { useThisComponent } from './this-component.ts';

/**
 * "Accessibility": the standard it is built to, what was tested and how, its known issues, and the same as text a
 * council can paste into its accessibility statement, for this release (`parameters.accessibility`).
 */
export function Accessibility(): ReactElement | null {
  const { parameters, release, states } = useThisComponent();
  const accessibility = parameters['accessibility'] as ComponentAccessibility | undefined;
  if (!accessibility || !release) return null;
  const statement = statementFor({ accessibility, package: release.package, version: release.version, states });
  const issues = knownIssuesOf(accessibility);
  return createElement(
    'div',
    { className: 'council-docs-accessibility' },
    createElement('h2', { id: 'accessibility' }, 'Accessibility'),
    createElement(
      'p',
      null,
      'Built to meet WCAG 2.2 level AA. Every release is tested in Chromium, in each of its ' +
        `${String(states)} documented states, in English and Welsh:`,
    ),
    createElement(
      'table',
      { className: 'council-docs-checks' },
      createElement('caption', null, 'What is tested, and the WCAG 2.2 success criteria it covers'),
      tableHead('Check', 'WCAG 2.2'),
      createElement(
        'tbody',
        null,
        CONTRACT_CHECKS.map(({ check, criteria }) =>
          createElement('tr', { key: check }, createElement('td', null, check), createElement('td', null, criteria)),
        ),
      ),
    ),
    (accessibility.alsoTested ?? []).length > 0
      ? createElement(
          Fragment,
          null,
          createElement('p', null, 'Its own tests also check that:'),
          createElement(
            'ul',
            null,
            (accessibility.alsoTested ?? []).map((check) => createElement('li', { key: check }, check)),
          ),
        )
      : null,
    createElement('h3', null, 'Known issues'),
    issues.length > 0
      ? createElement(
          'ul',
          null,
          issues.map((issue) => createElement('li', { key: issue }, issue)),
        )
      : createElement('p', null, 'None known.'),
    createElement('h3', null, 'For your accessibility statement'),
    createElement(
      'p',
      null,
      'Text you can paste into your page’s accessibility statement, for this version. Keep it when you upgrade: the ' +
        'version in it says which release was tested.',
    ),
    createElement(
      'blockquote',
      { className: 'council-docs-statement' },
      statement.map((paragraph) => createElement('p', { key: paragraph }, paragraph)),
    ),
  );
}
