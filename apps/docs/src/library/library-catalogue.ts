import type { Meta } from '@storybook/web-components-vite';
import { statusOf, type ComponentStatus } from './component-status.ts';

/**
 * Every component of the library as this site was built, from the files that already say it: its stories (title,
 * element, status, owner, what it is for), its package.json (name, version) and its build's integrity.json (the
 * script-tag bundle's size, brotli). A new component appears with no change here.
 */
export interface CatalogueEntry {
  title: string;
  /** The docs page, as Storybook names it: `components-address-lookup--docs`. */
  docsId: string;
  tag: string;
  package: string;
  version: string;
  status: ComponentStatus;
  owner: string;
  summary: string;
  /** The script-tag bundle, brotli-compressed, in bytes; undefined before a build. */
  bundleBytes: number | undefined;
}

interface PackageJson {
  name: string;
  version: string;
  unpkg?: string;
}

const stories = import.meta.glob<Meta>('../../../../packages/*/src/*.stories.ts', { eager: true, import: 'default' });
const packages = import.meta.glob<PackageJson>('../../../../packages/*/package.json', {
  eager: true,
  import: 'default',
});
const integrities = import.meta.glob<Record<string, { brotliBytes?: number } | undefined>>(
  '../../../../packages/*/dist/integrity.json',
  { eager: true, import: 'default' },
);

const folderOf = (path: string): string => path.replace(/^.*\/packages\/([^/]+)\/.*$/, '$1');
const byFolder = <T>(files: Record<string, T>): Map<string, T> =>
  new Map(Object.entries(files).map(([path, value]) => [folderOf(path), value]));
const packageIn = byFolder(packages);
const integrityIn = byFolder(integrities);

/** Storybook's id for a title: `Components/Address lookup` → `components-address-lookup`. */
const idOf = (title: string): string =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export const catalogue: readonly CatalogueEntry[] = Object.entries(stories)
  .flatMap(([path, meta]): CatalogueEntry[] => {
    const folder = folderOf(path);
    const json = packageIn.get(folder);
    const parameters = meta.parameters ?? {};
    const status = statusOf(parameters['status'])?.status;
    if (!json || !meta.title || typeof meta.component !== 'string' || !status) return [];
    const description = (parameters['docs'] as { description?: { component?: string } } | undefined)?.description;
    const bundle = json.unpkg?.replace(/^\.\//, '');
    return [
      {
        title: meta.title.replace(/^Components\//, ''),
        docsId: `${idOf(meta.title)}--docs`,
        tag: meta.component,
        package: json.name,
        version: json.version,
        status,
        owner: typeof parameters['owner'] === 'string' ? parameters['owner'] : 'Council Components core team',
        // Its first sentence, as plain text (the description is Markdown).
        summary: ((description?.component ?? '').split(/(?<=\.)\s/)[0] ?? '').replaceAll('`', ''),
        bundleBytes: bundle ? integrityIn.get(folder)?.[bundle]?.brotliBytes : undefined,
      },
    ];
  })
  .sort((a, b) => a.title.localeCompare(b.title, 'en-GB'));
