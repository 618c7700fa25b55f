import { createElement, type ReactElement } from 'react';
import { useThisComponent } from './this-component.ts';

/**
 * Where feedback on a component goes: the project's address, on the domain it holds for the adoption collector
 * (`DEFAULT_COLLECTOR` in core's telemetry). A site built for another home sets `STORYBOOK_FEEDBACK_ADDRESS`.
 */
const FEEDBACK_ADDRESS =
  (import.meta.env as Record<string, string | undefined>)['STORYBOOK_FEEDBACK_ADDRESS'] ??
  'feedback@council-components.org.uk';

/** The feedback link's address: an email to the project, its subject naming the package and version. */
export function feedbackHref(packageName: string, version: string): string {
  return `mailto:${FEEDBACK_ADDRESS}?subject=${encodeURIComponent(`Feedback on ${packageName} ${version}`)}`;
}

/** "Give feedback": how a council or resident tells the project what works, what does not, and what is missing. */
export function Feedback(): ReactElement | null {
  const { release } = useThisComponent();
  if (!release) return null;
  return createElement(
    'div',
    { className: 'council-docs-feedback' },
    createElement('h2', { id: 'feedback' }, 'Give feedback'),
    createElement(
      'p',
      null,
      'Tell us what works for your residents and what does not, a problem you found, or what your council needs ' +
        'that this component does not do: ',
      createElement('a', { href: feedbackHref(release.package, release.version) }, `email the Council Components team`),
      ' (say which council you are from; do not send residents’ personal data). To build something new, see ',
      createElement(
        'a',
        { href: './?path=/docs/library-propose-or-contribute-a-component--docs', target: '_top' },
        'Propose or contribute a component',
      ),
      '.',
    ),
  );
}
