import { builtIntegrities, builtPackageJsons, folderOfTag } from '../built-packages.ts';
import type { SnippetRelease } from './snippet-markup.ts';

// Each component's release as this site was built, with the loader's: the builder shows the SRI hashes of exactly the
// files published with this version (built-packages.ts).

/** `council-address-lookup` → `CouncilAddressLookup`, as the React wrappers name their exports. */
const pascalCase = (tag: string): string =>
  tag.replace(/(^|-)([a-z])/g, (_match, _dash: string, letter: string) => letter.toUpperCase());

function fileOf(folder: string, path: string | undefined): { path: string; integrity: string } | undefined {
  const clean = path?.replace(/^\.\//, '');
  const integrity = clean ? builtIntegrities.get(folder)?.[clean]?.integrity : undefined;
  return clean && integrity ? { path: clean, integrity } : undefined;
}

/** The release of the component whose element is `tag`, or undefined when its package or build cannot be found. */
export function releaseOf(tag: string): SnippetRelease | undefined {
  const folder = folderOfTag(tag);
  const json = builtPackageJsons.get(folder);
  const loader = builtPackageJsons.get('loader');
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
