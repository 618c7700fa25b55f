import { createElement, Fragment, type ReactElement } from 'react';
import { Controls, Description, Primary, Stories, Subtitle, Title } from '@storybook/addon-docs/blocks';
import { statusOf } from '../src/library/component-status.ts';
import '../src/adoption/adoption-view.ts';
import type { OfferedAttribute } from '../src/snippet/snippet-builder.ts';
import { Accessibility } from './accessibility.ts';
import { Changes } from './changes.ts';
import { ErrorMessages } from './error-messages.ts';
import { Feedback } from './feedback.ts';
import { useThisComponent } from './this-component.ts';
import { WelshNotes } from './welsh-notes.ts';
import '../src/snippet/snippet-builder.ts';

/**
 * "Use it on your site" for a component whose stories say which attributes to offer (`parameters.snippet`): the
 * snippet builder, between what the component is for and its states.
 */
function UseItOnYourSite(): ReactElement | null {
  const { parameters, tag } = useThisComponent();
  const offered = (parameters['snippet'] as { attributes?: OfferedAttribute[] } | undefined)?.attributes;
  if (!offered || !tag) return null;
  // React 19 sets what the element defines as a property (`offered`) as one, and the rest as attributes.
  return createElement('council-docs-snippet', { tag, offered });
}

/** How widely councils use it: the adoption view for its package (live from the collector, or its snapshot). */
function Adoption(): ReactElement | null {
  const { release } = useThisComponent();
  if (!release) return null;
  // Its own heading: "Adoption of @council-components/…".
  return createElement('council-docs-adoption', { package: release.package });
}

/** The component's status, and what it means for a council (`parameters.status`), and its latest version. */
function Status(): ReactElement | null {
  const { parameters, release } = useThisComponent();
  const status = statusOf(parameters['status']);
  if (!status) return null;
  return createElement(
    Fragment,
    null,
    createElement(
      'p',
      { className: 'council-docs-status' },
      createElement('strong', null, `Status: ${status.label}.`),
      ` ${status.meaning}`,
    ),
    release
      ? createElement(
          'p',
          { className: 'council-docs-version' },
          createElement('strong', null, 'Latest version: '),
          createElement('code', null, `${release.package}@${release.version}`),
        )
      : null,
  );
}

interface Guidance {
  use: string;
  dontUse: string;
  govuk: { name: string; href: string }[];
  departs: string;
}

/** When to use it and when not, and the GOV.UK patterns it follows and where it departs (`parameters.guidance`). */
function WhenToUse(): ReactElement | null {
  const guidance = useThisComponent().parameters['guidance'] as Guidance | undefined;
  if (!guidance) return null;
  return createElement(
    'div',
    { className: 'council-docs-guidance' },
    createElement('h2', null, 'When to use it'),
    createElement('p', null, guidance.use),
    createElement('h2', null, 'When not to use it'),
    createElement('p', null, guidance.dontUse),
    createElement('h2', null, 'The GOV.UK patterns it follows'),
    createElement(
      'ul',
      null,
      guidance.govuk.map(({ name, href }) =>
        createElement('li', { key: href }, createElement('a', { href, target: '_top' }, name)),
      ),
    ),
    createElement('p', null, guidance.departs),
  );
}

/**
 * Each docs page: its title and what it is for, its status, when to use it and the GOV.UK patterns it
 * follows, then how to use it on a site, then its states, its API, every story, its error messages, its
 * accessibility (with text for a council's statement), its Welsh, its adoption, its changelog and where to send
 * feedback (Storybook's own page, with the library's sections added).
 */
export function ComponentPage(): ReactElement {
  return createElement(
    Fragment,
    null,
    createElement(Title),
    createElement(Subtitle),
    createElement(Description),
    createElement(Status),
    createElement(WhenToUse),
    createElement(UseItOnYourSite),
    createElement(Primary),
    createElement(Controls),
    createElement(Stories),
    createElement(ErrorMessages),
    createElement(Accessibility),
    createElement(WelshNotes),
    createElement(Adoption),
    createElement(Changes),
    createElement(Feedback),
  );
}
