import { storyNameFromExport } from 'storybook/internal/csf';
import type { ComponentFixture } from './component-fixture.ts';

interface StoryContextLike {
  name: string;
  globals: Record<string, unknown>;
}

/**
 * A stories file's `render`: the state of its fixtures that the story is
 * named for (export `LookupFailed` shows the fixture whose `story` is
 * `LookupFailed`), in the toolbar's language, inside a form whose submissions
 * go nowhere. The element is driven to the state through its public API;
 * `data-story-pending` stays on the form until the state is reached, for the
 * docs site's tests to wait on.
 */
export function renderFixture<E extends HTMLElement>(
  fixtures: readonly ComponentFixture<E>[],
  tag: string,
): (args: unknown, context: StoryContextLike) => HTMLElement {
  return (_args, { name, globals }) => {
    const lang = globals['lang'] === 'cy' ? 'cy' : 'en';
    const fixture = fixtures.find(
      (candidate) => storyNameFromExport(candidate.story) === name && candidate.lang === lang,
    );
    const form = document.createElement('form');
    // The toolbar's language on the story itself: a docs page sets `lang="en"` around its stories, which the
    // components would otherwise follow whatever the toolbar says.
    form.lang = lang;
    form.setAttribute('data-story-pending', '');
    form.addEventListener('submit', (event) => {
      event.preventDefault();
    });
    if (!fixture) {
      form.textContent = `No fixture for the story "${name}" in ${lang}.`;
      return form;
    }
    form.innerHTML = fixture.markup;
    const element = form.querySelector<E & { updateComplete?: Promise<unknown> }>(tag);
    setTimeout(() => {
      void (async () => {
        try {
          if (element) {
            await element.updateComplete;
            await fixture.act?.(element);
            await element.updateComplete;
          }
        } finally {
          form.removeAttribute('data-story-pending');
        }
      })();
    });
    return form;
  };
}

/** The story names a stories module exports (every export but `default`). */
export function storiesOf(module: Readonly<Record<string, unknown>>): string[] {
  return Object.keys(module).filter((name) => name !== 'default' && name !== '__namedExportsOrder');
}

/** What a story drawn from a fixture tells the docs site about its state. */
export interface FixtureStoryParameters {
  parameters: {
    docs: { description: { story: string }; source: { code: string; language: 'html' } };
  };
}

/**
 * A story's docs from its fixture (`export const LookupFailed: Story = fixtureStory(fixtures, 'LookupFailed')`):
 * the sentence on when the state appears, as the story's description, and the markup a page author writes for it,
 * as its code (the English fixture's). Throws for a story with no fixture, so a renamed state cannot go unnoticed.
 */
export function fixtureStory(
  fixtures: readonly Pick<ComponentFixture, 'story' | 'lang' | 'when' | 'markup'>[],
  story: string,
): FixtureStoryParameters {
  const fixture = fixtures.find((candidate) => candidate.story === story && candidate.lang === 'en');
  if (!fixture) throw new Error(`No English fixture for the story "${story}"`);
  return {
    parameters: {
      docs: { description: { story: fixture.when }, source: { code: fixture.markup, language: 'html' } },
    },
  };
}
