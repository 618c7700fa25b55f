import type { SnippetRelease } from './snippet-markup.ts';

/**
 * Each component's release as this site was built: its package.json (name, version, script-tag bundle, elements)
 * and the SRI hashes its build wrote (`dist/integrity.json`), with the loader's. Read at build time, so the builder
 * shows the hashes of exactly the files published with this version.
 */
interface PackageJson {
  name: string;
  version: string;
  unpkg?: string;
  customElements?: string;
}
type Integrity = Record<string, { integrity: string } | undefined>;

const packages = import.meta.glob<PackageJson>('../../../../packages/*/package.json', {
  eager: true,
  import: 'default',
});
const integrities = import.meta.glob<Integrity>('../../../../packages/*/dist/integrity.json', {
  eager: true,
  import: 'default',
});

const folderOf = (path: string): string => path.replace(/^.*\/packages\/([^/]+)\/.*$/, '$1');
const integrityIn = new Map(Object.entries(integrities).map(([path, integrity]) => [folderOf(path), integrity]));
const packageIn = new Map(Object.entries(packages).map(([path, json]) => [folderOf(path), json]));

/** `council-address-lookup` → `CouncilAddressLookup`, as the React wrappers name their exports. */
const pascalCase = (tag: string): string =>
  tag.replace(/(^|-)([a-z])/g, (_match, _dash: string, letter: string) => letter.toUpperCase());

function fileOf(folder: string, path: string | undefined): { path: string; integrity: string } | undefined {
  const clean = path?.replace(/^\.\//, '');
  const integrity = clean ? integrityIn.get(folder)?.[clean]?.integrity : undefined;
  return clean && integrity ? { path: clean, integrity } : undefined;
}

/** The release of the component whose element is `tag`, or undefined when its package or build cannot be found. */
export function releaseOf(tag: string): SnippetRelease | undefined {
  const folder = tag.replace(/^council-/, '');
  const json = packageIn.get(folder);
  const loader = packageIn.get('loader');
  const bundle = fileOf(folder, json?.unpkg);
  const loaderFile = fileOf('loader', loader?.unpkg);
  if (!json || !loader || !bundle || !loaderFile) return undefined;
  return {
    package: json.name,
    version: json.version,
    tag,
    bundle,
    reactName: pascalCase(tag),
    loader: { version: loader.version, file: loaderFile },
  };
}
