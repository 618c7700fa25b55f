import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export interface ComponentPackageJson {
  name: string;
  version: string;
  private?: boolean;
  customElements?: string;
  unpkg?: string;
  /** Further script-tag files (output path → entry), e.g. an optional add-on. */
  scriptTagAddOns?: Record<string, string>;
  jsdelivr?: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

export interface ComponentPackage {
  dir: string;
  json: ComponentPackageJson;
  /** The script-tag bundle, relative to the package (its `unpkg` and `jsdelivr` path). */
  bundle: string;
}

export function readPackageJson(packageDir: string): ComponentPackageJson {
  return JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as ComponentPackageJson;
}

/** A component package: one that publishes `custom-elements.json` and a script-tag bundle. */
export function asComponentPackage(packageDir: string): ComponentPackage | undefined {
  const json = readPackageJson(packageDir);
  if (!json.customElements) return undefined;
  const bundle = json.unpkg?.replace(/^\.\//, '');
  if (!bundle || json.jsdelivr !== json.unpkg || !/^dist\/bundle\/[\w.-]+\.js$/.test(bundle)) {
    throw new Error(`${json.name}: "unpkg" and "jsdelivr" must both name the script-tag bundle, in dist/bundle/`);
  }
  for (const addOn of Object.keys(json.scriptTagAddOns ?? {})) {
    if (!/^dist\/bundle\/[\w.-]+\.js$/.test(addOn))
      throw new Error(`${json.name}: add-on ${addOn} must be in dist/bundle/`);
  }
  return { dir: packageDir, json, bundle };
}

/** Every component package in the workspace's `packages/` folder, by name. */
export function componentPackages(packagesDir: string): ComponentPackage[] {
  return readdirSync(packagesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(packagesDir, entry.name, 'package.json')))
    .map((entry) => asComponentPackage(join(packagesDir, entry.name)))
    .filter((found): found is ComponentPackage => found !== undefined)
    .sort((a, b) => a.json.name.localeCompare(b.json.name));
}
