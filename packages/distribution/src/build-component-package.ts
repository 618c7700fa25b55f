// Builds a component package, the same way for every component. Run from the
// package's folder (its `build` script): `node ../distribution/src/build-component-package.ts`.
//
//  1. src/package-version.generated.ts, so an element knows its package and version (the console
//     warning when two versions meet on a page names both; the adoption beacon names both);
//  2. src/<name>.styles.generated.ts from each src/<name>.scss: the component's own styles;
//  3. the ES modules and types (tsc -p tsconfig.build.json);
//  4. custom-elements.json;
//  5. the script-tag bundle at the package's `unpkg`/`jsdelivr` path, with only the CSS it renders,
//     and any add-ons it lists in `scriptTagAddOns` (output path → entry);
//  6. the CSS custom properties (theme tokens) that bundle reads, added to custom-elements.json;
//  7. dist/integrity.json: the SRI hash of every script-tag file, published with each release.
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { asComponentPackage } from './component-package.ts';
import { writeComponentStyles } from './component-styles.ts';
import { addCssPropertiesToManifest } from './css-properties.ts';
import { writeCustomElementsManifest } from './custom-elements-manifest.ts';
import { writeIntegrityManifest } from './integrity.ts';
import { runTsc } from './run-tsc.ts';
import { buildScriptTagBundle } from './script-tag-bundle.ts';

const packageDir = process.cwd();
const component = asComponentPackage(packageDir);
if (!component) throw new Error(`${packageDir} has no "customElements" field: not a component package`);

writeFileSync(
  join(packageDir, 'src/package-version.generated.ts'),
  '// Generated from package.json by the build. Do not edit.\n' +
    `export const packageName = ${JSON.stringify(component.json.name)};\n` +
    `export const packageVersion = ${JSON.stringify(component.json.version)};\n`,
);

writeComponentStyles(packageDir);
runTsc(packageDir);

writeCustomElementsManifest(packageDir);

rmSync(join(packageDir, dirname(component.bundle)), { recursive: true, force: true });
const purge = await buildScriptTagBundle({ packageDir, entry: 'src/define.ts', outFile: component.bundle });
for (const [outFile, entry] of Object.entries(component.json.scriptTagAddOns ?? {})) {
  await buildScriptTagBundle({ packageDir, entry, outFile });
}
await addCssPropertiesToManifest(packageDir, component.bundle);
const integrity = writeIntegrityManifest(
  packageDir,
  [join(packageDir, dirname(component.bundle))],
  join(packageDir, 'dist/integrity.json'),
);
const bundle = integrity[component.bundle];
console.log(
  `${component.json.name}@${component.json.version}: ${component.bundle} ${bundle?.brotliBytes ?? '?'} B brotli` +
    (purge ? `; CSS ${purge.before} → ${purge.after} characters` : ''),
);
