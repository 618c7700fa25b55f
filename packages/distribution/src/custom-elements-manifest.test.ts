/**
 * Each component's `custom-elements.json` as built (`./council test` builds before it tests) against its README: every
 * attribute the README's attribute table documents is an attribute of the element in the manifest, and every
 * attribute in the manifest is documented. An attribute the component reads with `getAttribute()` (core's `form`)
 * rather than as a Lit property is invisible to the analyzer: the class names it with a JSDoc `@attr` tag.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { componentPackages } from './component-package.ts';
import { elementsOf, readManifest, tidyManifest, type ManifestDeclaration } from './custom-elements-manifest.ts';

/**
 * The attributes a README documents: the backticked names in the first cell of each row of every table whose header
 * starts with "Attribute" (`| \`label\`, \`hint\` |`, `| \`label-cy\` (\`label-en\`) |`).
 */
function documentedAttributes(readme: string): string[] {
  const names: string[] = [];
  let inTable = false;
  for (const line of readme.split('\n')) {
    if (!line.startsWith('|')) {
      inTable = false;
      continue;
    }
    const firstCell = line.split('|')[1]?.trim() ?? '';
    if (/^Attributes?$/i.test(firstCell)) {
      inTable = true;
      continue;
    }
    if (!inTable || !firstCell.startsWith('`')) continue;
    for (const [, name = ''] of firstCell.matchAll(/`([^`]+)`/g)) names.push(name);
  }
  return names;
}

describe('tidyManifest: the attributes core reads for an element that joins its host form', () => {
  const element = (declaration: Partial<ManifestDeclaration>): ManifestDeclaration[] =>
    tidyManifest({
      schemaVersion: '2.1.0',
      modules: [
        {
          kind: 'javascript-module',
          path: 'src/council-thing.ts',
          declarations: [
            { kind: 'class', name: 'CouncilThing', customElement: true, tagName: 'council-thing', ...declaration },
          ],
        },
      ],
    }).modules.flatMap((module) => module.declarations ?? []);
  const names = (declarations: ManifestDeclaration[]): string[] =>
    declarations.flatMap((declaration) => declaration.attributes ?? []).map((attribute) => attribute.name);
  const joins = { kind: 'field', name: 'formMembership', static: true };

  it('adds `form` and `submit-buttons` when the class sets its own formMembership', () => {
    expect(names(element({ members: [joins], attributes: [{ name: 'name', fieldName: 'name' }] }))).toEqual(
      expect.arrayContaining(['form', 'submit-buttons']),
    );
  });

  it('keeps the class’s own `@attr` for them, once', () => {
    const attributes = element({ members: [joins], attributes: [{ name: 'form', description: 'Its own words.' }] })
      .flatMap((declaration) => declaration.attributes ?? [])
      .filter((attribute) => attribute.name === 'form');
    expect(attributes).toEqual([{ name: 'form', description: 'Its own words.' }]);
  });

  it('adds nothing to an element that asks nothing (formMembership only as core’s base element declares it)', () => {
    const inherited = { ...joins, inheritedFrom: { name: 'CouncilElement', module: '../core/src/base-element.ts' } };
    expect(names(element({ members: [inherited] }))).toEqual([]);
  });
});

/** The element a README is about: its title, `# \`<council-address-lookup>\``. */
const tagNameOf = (readme: string): string | undefined => /^# `<([a-z][\w-]*)>`/m.exec(readme)?.[1];

describe('documentedAttributes', () => {
  const readme = [
    '## What the form receives',
    '',
    '| Field name      | Value  |',
    '| --------------- | ------ |',
    '| `{name}-line-1` | Line 1 |',
    '',
    '## Attributes',
    '',
    '| Attribute                                     | Meaning   |',
    '| --------------------------------------------- | --------- |',
    '| `name`                                        | Prefix.   |',
    '| `label`, `hint`                               | Question. |',
    '| `label-cy`, `hint-cy` (`label-en`, `hint-en`) | Welsh.    |',
    '',
    '| Attribute | Meaning |',
    '| --------- | ------- |',
    '| `form`    | The id. |',
    '',
    '| State | Meaning |',
    '| ----- | ------- |',
    '| `ok`  | Fine.   |',
  ].join('\n');

  it('reads every backticked name in the first cell of the attribute tables, and no other table', () => {
    expect(documentedAttributes(readme)).toEqual([
      'name',
      'label',
      'hint',
      'label-cy',
      'hint-cy',
      'label-en',
      'hint-en',
      'form',
    ]);
  });
});

const packagesDir = join(import.meta.dirname, '../..');

describe.each(componentPackages(packagesDir).map((component) => [component.json.name, component] as const))(
  '%s custom-elements.json and README',
  (_name, component) => {
    const readme = readFileSync(join(component.dir, 'README.md'), 'utf8');
    const documented = documentedAttributes(readme);
    const tagName = tagNameOf(readme);
    const manifestFile = join(component.dir, component.json.customElements ?? 'custom-elements.json');
    const attributesInManifest = (): string[] => {
      expect(existsSync(manifestFile), `${manifestFile}: build first`).toBe(true);
      const element = elementsOf(readManifest(component.dir)).find((entry) => entry.tagName === tagName);
      expect(element, `no <${tagName}> in ${manifestFile}`).toBeDefined();
      return (element?.declaration.attributes ?? []).map((attribute) => attribute.name);
    };

    it('the README names its element and documents its attributes in a table', () => {
      expect(tagName, 'README title: # `<tag-name>`').toBeDefined();
      expect(documented.length, 'README: no "| Attribute | … |" table').toBeGreaterThan(0);
    });

    it('every attribute the README documents is in custom-elements.json', () => {
      const inManifest = new Set(attributesInManifest());
      expect(
        documented.filter((name) => !inManifest.has(name)),
        'documented in the README, missing from custom-elements.json (a JSDoc @attr on the class?)',
      ).toEqual([]);
    });

    it('every attribute in custom-elements.json is documented in the README', () => {
      const inReadme = new Set(documented);
      expect(
        attributesInManifest().filter((name) => !inReadme.has(name)),
        'in custom-elements.json, missing from the README’s "| Attribute |" table',
      ).toEqual([]);
    });
  },
);
