import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** The parts of the custom-elements.json schema (https://github.com/webcomponents/custom-elements-manifest) we read and tidy. */
export interface ManifestMember {
  kind: string;
  name: string;
  privacy?: string;
  static?: boolean;
  type?: { text: string };
  description?: string;
}
export interface ManifestAttribute {
  name: string;
  fieldName?: string;
  type?: { text: string };
  description?: string;
}
export interface ManifestEvent {
  name: string;
  type?: { text: string };
  description?: string;
}
export interface ManifestDeclaration {
  kind: string;
  name: string;
  customElement?: boolean;
  tagName?: string;
  description?: string;
  members?: ManifestMember[];
  attributes?: ManifestAttribute[];
  events?: ManifestEvent[];
}
export interface ManifestModule {
  kind: string;
  path: string;
  declarations?: ManifestDeclaration[];
  exports?: { kind: string; name: string; declaration: { name: string; module?: string } }[];
}
export interface CustomElementsManifest {
  schemaVersion: string;
  modules: ManifestModule[];
}

export interface ElementEntry {
  tagName: string;
  className: string;
  /** The published module that exports the class, e.g. `dist/council-address-lookup.js`. */
  modulePath: string;
  declaration: ManifestDeclaration;
}

const isPublic = (privacy: string | undefined, name: string): boolean =>
  !name.startsWith('#') && privacy !== 'private' && privacy !== 'protected';

/** Source paths become the published files, and what is not public API is left out. */
export function tidyManifest(manifest: CustomElementsManifest): CustomElementsManifest {
  const toDist = (path: string): string => path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
  const modules = manifest.modules
    .filter((module) => !/\.(test|stories|fixtures)\.ts$/.test(module.path))
    .map((module) => ({
      ...module,
      path: toDist(module.path),
      declarations: module.declarations?.map((declaration) => {
        const members = declaration.members?.filter((member) => isPublic(member.privacy, member.name));
        const publicFields = new Set(members?.map((member) => member.name));
        return {
          ...declaration,
          members,
          attributes: declaration.attributes?.filter(
            (attribute) => attribute.fieldName === undefined || publicFields.has(attribute.fieldName),
          ),
        };
      }),
      exports: module.exports?.map((entry) => ({
        ...entry,
        declaration: {
          ...entry.declaration,
          ...(entry.declaration.module ? { module: toDist(entry.declaration.module) } : {}),
        },
      })),
    }));
  return { ...manifest, modules };
}

/** Every custom element a manifest declares, with the module that exports its class. */
export function elementsOf(manifest: CustomElementsManifest): ElementEntry[] {
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.tagName)
      .map((declaration) => ({
        tagName: declaration.tagName ?? '',
        className: declaration.name,
        modulePath: module.path,
        declaration,
      })),
  );
}

export function readManifest(packageDir: string): CustomElementsManifest {
  return JSON.parse(readFileSync(join(packageDir, 'custom-elements.json'), 'utf8')) as CustomElementsManifest;
}

/**
 * Writes `custom-elements.json` beside `package.json` with the
 * @custom-elements-manifest/analyzer (Lit-aware), from the sources; a class
 * is an element when its JSDoc says `@customElement tag-name`.
 */
export function writeCustomElementsManifest(packageDir: string): CustomElementsManifest {
  const require = createRequire(import.meta.url);
  const cli = join(require.resolve('@custom-elements-manifest/analyzer/package.json'), '..', 'cem.js');
  const { status, stderr } = spawnSync(
    process.execPath,
    [
      cli,
      'analyze',
      '--litelement',
      '--globs',
      'src/**/*.ts',
      '--exclude',
      'src/**/*.{test,stories,fixtures}.ts',
      '--exclude',
      'src/**/*.generated.ts',
      '--outdir',
      '.',
      '--quiet',
    ],
    { cwd: packageDir, encoding: 'utf8' },
  );
  if (status !== 0) throw new Error(`custom-elements-manifest analyzer failed: ${stderr}`);
  const file = join(packageDir, 'custom-elements.json');
  const manifest = tidyManifest(JSON.parse(readFileSync(file, 'utf8')) as CustomElementsManifest);
  if (elementsOf(manifest).length === 0) {
    throw new Error(`${packageDir}: no element found; give the class a JSDoc "@customElement tag-name".`);
  }
  writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
