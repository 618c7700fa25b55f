// Builds @council-components/react. Run from that package's folder (its `build` script).
//
//  1. every component package in packages/ must be a dependency of the React package, so
//     each new component gets its wrapper with no hand-written code;
//  2. src/generated/<package>.ts: one wrapper module per component package, from its
//     custom-elements.json (see react-wrappers.ts), published as `@council-components/react/<package>.js`;
//  3. tsc: the ES modules and declarations.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { componentPackages, readPackageJson } from './component-package.ts';
import { readManifest } from './custom-elements-manifest.ts';
import { reactWrapperSource, wrapperModuleName } from './react-wrappers.ts';
import { runTsc } from './run-tsc.ts';

const reactDir = process.cwd();
const react = readPackageJson(reactDir);
const components = componentPackages(dirname(reactDir));

const missing = components.filter((component) => !react.dependencies?.[component.json.name]);
if (missing.length > 0) {
  throw new Error(
    `${react.name} does not list ${missing.map((component) => component.json.name).join(', ')} in its dependencies: ` +
      'add each as "workspace:^" and its wrapper is generated.',
  );
}

const generatedDir = join(reactDir, 'src/generated');
rmSync(generatedDir, { recursive: true, force: true });
mkdirSync(generatedDir, { recursive: true });
for (const component of components) {
  const file = join(generatedDir, `${wrapperModuleName(component.json.name)}.ts`);
  writeFileSync(file, reactWrapperSource(component, readManifest(component.dir)));
  console.log(`${react.name}: ${wrapperModuleName(component.json.name)}.js from ${component.json.name}`);
}

rmSync(join(reactDir, 'dist'), { recursive: true, force: true });
runTsc(reactDir);
