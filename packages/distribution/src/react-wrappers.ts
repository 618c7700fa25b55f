import type { ComponentPackage } from './component-package.ts';
import { elementsOf, type CustomElementsManifest } from './custom-elements-manifest.ts';

/** `council-address-selected` → `onCouncilAddressSelected`: the React prop for an event. */
export function eventPropName(eventName: string): string {
  return `on${eventName.replace(/(^|-)([a-z0-9])/g, (_match, _dash: string, letter: string) => letter.toUpperCase())}`;
}

/** `dist/council-address-lookup.js` → `@council-components/address-lookup/council-address-lookup.js`. */
export function publishedSpecifier(packageName: string, modulePath: string): string {
  return `${packageName}/${modulePath.replace(/^dist\//, '')}`;
}

/** `@council-components/address-lookup` → `address-lookup`: the wrapper module's name. */
export function wrapperModuleName(packageName: string): string {
  return packageName.replace(/^@[^/]+\//, '');
}

/**
 * The source of one wrapper module: a `@lit/react` component for every
 * element the package declares, its events typed through the global
 * `HTMLElementEventMap` the package's define entry augments. Importing the
 * module defines the elements.
 */
export function reactWrapperSource(component: ComponentPackage, manifest: CustomElementsManifest): string {
  const name = component.json.name;
  const elements = elementsOf(manifest);
  const imports = elements.map(
    (element) =>
      `import { ${element.className} as ${element.className}Element } from '${publishedSpecifier(name, element.modulePath)}';`,
  );
  const wrappers = elements.map((element) => {
    const events = (element.declaration.events ?? [])
      .map(
        (event) =>
          `    /** ${(event.description ?? event.name).replace(/\*\//g, '*\\/')} */\n` +
          `    ${eventPropName(event.name)}: '${event.name}' as EventName<HTMLElementEventMap['${event.name}']>,\n`,
      )
      .join('');
    const summary =
      (element.declaration.description ?? `<${element.tagName}>`).split(/\n\s*\n/)[0]?.replace(/\s+/g, ' ') ?? '';
    return (
      `/** ${summary.replace(/\*\//g, '*\\/')} */\n` +
      `export const ${element.className} = createComponent({\n` +
      `  tagName: '${element.tagName}',\n` +
      `  elementClass: ${element.className}Element,\n` +
      `  react: React,\n` +
      `  events: {\n${events}  },\n` +
      `  displayName: '${element.className}',\n` +
      `});\n`
    );
  });
  // A component that fires no events of its own (bin days) needs no event names.
  const eventNames = wrappers.some((wrapper) => wrapper.includes('as EventName<')) ? ', type EventName' : '';
  return (
    `// Generated from ${name}'s custom-elements.json by packages/distribution/src/build-react-wrappers.ts. Do not edit.\n` +
    `import { createComponent${eventNames} } from '@lit/react';\n` +
    `import * as React from 'react';\n` +
    `import '${name}/define.js';\n` +
    `${imports.join('\n')}\n\n` +
    wrappers.join('\n')
  );
}
