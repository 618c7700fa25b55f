import type { Meta } from '@storybook/web-components-vite';
import { builtIntegrities, builtPackageJsons, byFolder, storybookIdOf } from '../built-packages.ts';
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

const stories = byFolder(
  import.meta.glob<Meta>('../../../../packages/*/src/*.stories.ts', { eager: true, import: 'default' }),
);

export const catalogue: readonly CatalogueEntry[] = [...stories]
  .flatMap(([folder, meta]): CatalogueEntry[] => {
    const json = builtPackageJsons.get(folder);
    const parameters = meta.parameters ?? {};
    const status = statusOf(parameters['status'])?.status;
    if (!json || !meta.title || typeof meta.component !== 'string' || !status) return [];
    const description = (parameters['docs'] as { description?: { component?: string } } | undefined)?.description;
    const bundle = json.unpkg?.replace(/^\.\//, '');
    return [
      {
        title: meta.title.replace(/^Components\//, ''),
        docsId: `${storybookIdOf(meta.title)}--docs`,
        tag: meta.component,
        package: json.name,
        version: json.version,
        status,
        owner: typeof parameters['owner'] === 'string' ? parameters['owner'] : 'Council Components core team',
        // Its first sentence, as plain text (the description is Markdown).
        summary: ((description?.component ?? '').split(/(?<=\.)\s/)[0] ?? '').replaceAll('`', ''),
        bundleBytes: bundle ? builtIntegrities.get(folder)?.[bundle]?.brotliBytes : undefined,
      },
    ];
  })
  .sort((a, b) => a.title.localeCompare(b.title, 'en-GB'));
