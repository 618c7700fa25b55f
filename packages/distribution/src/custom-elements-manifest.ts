import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';

/** The parts of the custom-elements.json schema (https://github.com/webcomponents/custom-elements-manifest) we read and tidy. */
export interface ManifestReference {
  name: string;
  package?: string;
  module?: string;
}
export interface ManifestMember {
  kind: string;
  name: string;
  privacy?: string;
  static?: boolean;
  type?: { text: string };
  description?: string;
  inheritedFrom?: ManifestReference;
}
export interface ManifestAttribute {
  name: string;
  fieldName?: string;
  type?: { text: string };
  description?: string;
  inheritedFrom?: ManifestReference;
}
export interface ManifestEvent {
  name: string;
  type?: { text: string };
  description?: string;
}
/** A CSS custom property an element reads: for ours, a `--council-*` theme token. */
export interface ManifestCssProperty {
  name: string;
  description?: string;
  default?: string;
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
  cssProperties?: ManifestCssProperty[];
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

/**
 * Static fields are the kit's plumbing (`packageName`, `version`, `componentCss`, `formMembership`, which each
 * component sets for core), never what a page or an npm user sets: left out, as members marked `@internal` are by
 * the analyser. Static methods (`registerSource`) are API and stay.
 */
const isApi = (member: ManifestMember): boolean =>
  isPublic(member.privacy, member.name) && !(member.static && member.kind === 'field');

/** Core's base element, analysed beside a component's sources so that what every element inherits (`validate()`, `strings`) is described. */
const BASE_ELEMENT = {
  package: '@council-components/core',
  source: 'src/base-element.ts',
  published: 'dist/base-element.js',
};

/**
 * Attributes core reads with `getAttribute()` for every element that joins its host form
 * (`static override formMembership = formMembership`): no property declares them, so the analyser cannot see them.
 * They are added to such an element's attributes unless its class names them itself (a JSDoc `@attr`).
 */
const FORM_MEMBER_ATTRIBUTES: ManifestAttribute[] = [
  {
    name: 'form',
    type: { text: 'string' },
    description: 'The id of the form the answer belongs to, when the element is outside it.',
  },
  {
    name: 'submit-buttons',
    type: { text: 'string' },
    description:
      'Ids (space-separated) of the submit buttons whose submission checks the answer; others send the form unchecked. Default: every button.',
  },
];

/** The class sets its own `formMembership` (core's base element declares it, empty, for every element). */
const joinsHostForm = (declaration: ManifestDeclaration): boolean =>
  declaration.members?.some(
    (member) =>
      member.static === true && member.name === 'formMembership' && member.inheritedFrom?.name !== 'CouncilElement',
  ) ?? false;

/** A module analysed from outside the package (core's base element) is named as the published file of its package. */
const inheritedFrom = (reference: ManifestReference | undefined): ManifestReference | undefined =>
  reference?.module?.startsWith('../')
    ? { name: reference.name, package: BASE_ELEMENT.package, module: BASE_ELEMENT.published }
    : reference;

/**
 * Source paths become the published files, what is not public API is left
 * out, and so are modules of other packages (what an element inherits from
 * them stays, with where it comes from).
 */
export function tidyManifest(manifest: CustomElementsManifest): CustomElementsManifest {
  const toDist = (path: string): string => path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
  const modules = manifest.modules
    .filter((module) => !/\.(test|stories|fixtures)\.ts$/.test(module.path) && !module.path.startsWith('../'))
    .map((module) => ({
      ...module,
      path: toDist(module.path),
      declarations: module.declarations?.map((declaration) => {
        const members = declaration.members
          ?.filter(isApi)
          .map((member) => ({ ...member, inheritedFrom: inheritedFrom(member.inheritedFrom) }));
        const publicFields = new Set(members?.map((member) => member.name));
        const attributes = declaration.attributes
          ?.filter((attribute) => attribute.fieldName === undefined || publicFields.has(attribute.fieldName))
          .map((attribute) => ({ ...attribute, inheritedFrom: inheritedFrom(attribute.inheritedFrom) }));
        const named = new Set(attributes?.map((attribute) => attribute.name));
        const formAttributes = joinsHostForm(declaration)
          ? FORM_MEMBER_ATTRIBUTES.filter((attribute) => !named.has(attribute.name))
          : [];
        return {
          ...declaration,
          members,
          attributes: formAttributes.length > 0 ? [...(attributes ?? []), ...formAttributes] : attributes,
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
  const core = dirname(createRequire(join(packageDir, 'package.json')).resolve(`${BASE_ELEMENT.package}/package.json`));
  const baseElement = relative(packageDir, join(core, BASE_ELEMENT.source));
  const { status, stderr } = spawnSync(
    process.execPath,
    [
      cli,
      'analyze',
      '--litelement',
      '--globs',
      'src/**/*.ts',
      baseElement,
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
