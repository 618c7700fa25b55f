/**
 * The packages as this site was built, read when it is built: each package.json (name, version, script-tag file)
 * and the SRI hashes and sizes its build wrote (`dist/integrity.json`), by package folder. Light JSON only: the
 * modules that need a package's stories or strings glob those themselves, so that a page loads only what it shows.
 */
export interface BuiltPackageJson {
  name: string;
  version: string;
  /** The script-tag file, `./dist/…`. */
  unpkg?: string;
}

export type BuiltIntegrity = Record<string, { integrity: string; brotliBytes?: number } | undefined>;

/** `../../../../packages/address-lookup/src/x.ts` → `address-lookup`. */
export const packageFolderOf = (path: string): string => path.replace(/^.*\/packages\/([^/]+)\/.*$/, '$1');

/** `council-address-lookup` → `address-lookup`: each component's package folder is its element's name. */
export const folderOfTag = (tag: string): string => tag.replace(/^council-/, '');

/** Storybook's id for a title: `Components/Address lookup` → `components-address-lookup`. */
export const storybookIdOf = (title: string): string =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Files found by a glob over `packages/*`, by package folder. */
export const byFolder = <T>(files: Record<string, T>): ReadonlyMap<string, T> =>
  new Map(Object.entries(files).map(([path, value]) => [packageFolderOf(path), value]));

export const builtPackageJsons = byFolder(
  import.meta.glob<BuiltPackageJson>('../../../packages/*/package.json', { eager: true, import: 'default' }),
);

export const builtIntegrities = byFolder(
  import.meta.glob<BuiltIntegrity>('../../../packages/*/dist/integrity.json', { eager: true, import: 'default' }),
);
