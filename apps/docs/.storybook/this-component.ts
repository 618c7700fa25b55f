import { useOf } from '@storybook/addon-docs/blocks';
import { folderOfTag } from '../src/built-packages.ts';
import type { SnippetRelease } from '../src/snippet/snippet-markup.ts';
import { releaseOf } from '../src/snippet/snippet-releases.ts';

/** The component a docs page is about, as each of the page's sections needs it. */
export interface ThisComponent {
  /** Its element (`meta.component`), e.g. `council-address-lookup`; undefined on a page that is not a component's. */
  tag: string | undefined;
  /** Its package folder: `address-lookup`. */
  folder: string | undefined;
  /** Its package and version as the site was built, with its script-tag file. */
  release: SnippetRelease | undefined;
  /** Its stories' parameters (`status`, `guidance`, `snippet`, `accessibility`, `welsh`). */
  parameters: Readonly<Record<string, unknown>>;
  /** How many documented states (stories) it has. */
  states: number;
}

/** The component of the docs page being rendered, read once per section from the page's meta. */
export function useThisComponent(): ThisComponent {
  const { preparedMeta, csfFile } = useOf('meta', ['meta']);
  const component: unknown = preparedMeta.component;
  const tag = typeof component === 'string' ? component : undefined;
  return {
    tag,
    folder: tag === undefined ? undefined : folderOfTag(tag),
    release: tag === undefined ? undefined : releaseOf(tag),
    parameters: preparedMeta.parameters,
    states: Object.keys(csfFile.stories).length,
  };
}
