import { createElement, Fragment, type ReactElement } from 'react';
import { packageFolderOf } from '../src/built-packages.ts';
import { useThisComponent } from './this-component.ts';

// The changes waiting for the next release (`.changeset/*.md`) and the released ones (`CHANGELOG.md`, which
// `changeset version` writes), read when the site is built: a component's page shows its own.
const changesets = import.meta.glob<string>('../../../.changeset/*.md', {
  eager: true,
  query: '?raw',
  import: 'default',
});
const changelogs = import.meta.glob<string>('../../../packages/*/CHANGELOG.md', {
  eager: true,
  query: '?raw',
  import: 'default',
});

/** A changeset's bump for `packageName` and its first line of text, or undefined when it does not name the package. */
function pendingChange(source: string, packageName: string): { bump: string; summary: string } | undefined {
  const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
  const bump = new RegExp(`^['"]${packageName.replace(/[/@-]/g, '\\$&')}['"]:\\s*(\\w+)`, 'm').exec(front)?.[1];
  if (!bump) return undefined;
  const summary =
    body
      .trim()
      .split('\n\n')[0]
      ?.replace(/\*\*|`/g, '') ?? '';
  return { bump, summary };
}

/** "Changelog": what has changed in the component since its last release, and its released versions. */
export function Changes(): ReactElement | null {
  const { folder, release } = useThisComponent();
  if (!release) return null;
  const pending = Object.values(changesets).flatMap((source) => pendingChange(source, release.package) ?? []);
  const changelog = Object.entries(changelogs).find(([path]) => packageFolderOf(path) === folder)?.[1];
  const released = changelog ? [...changelog.matchAll(/^## (\d+\.\d+\.\d+\S*)$/gm)].map((match) => match[1]) : [];
  return createElement(
    Fragment,
    null,
    createElement('h2', { id: 'changelog' }, 'Changelog'),
    createElement(
      'p',
      null,
      released.length > 0
        ? `Released versions: ${released.join(', ')}. The package's CHANGELOG.md on npm says what each changed.`
        : `Version ${release.version} is the first: nothing has been released before it.`,
    ),
    pending.length > 0
      ? createElement(
          Fragment,
          null,
          createElement('h3', null, 'Coming in the next release'),
          createElement(
            'ul',
            { className: 'council-docs-changes' },
            pending.map(({ bump, summary }) =>
              createElement('li', { key: summary }, createElement('strong', null, `${bump}: `), summary),
            ),
          ),
        )
      : null,
  );
}
