/**
 * The packages whose beacons are counted: the workspace's published component packages. One list, here: a beacon
 * for any other package is refused, so the read API never lists a name someone made up.
 */
export const COMPONENT_PACKAGES = [
  '@council-components/address-lookup',
  '@council-components/bin-collections',
  '@council-components/booking',
  '@council-components/payment',
  '@council-components/core',
  '@council-components/loader',
  '@council-components/react',
] as const;

export type ComponentPackage = (typeof COMPONENT_PACKAGES)[number];

export function isComponentPackage(name: string): name is ComponentPackage {
  return (COMPONENT_PACKAGES as readonly string[]).includes(name);
}

/**
 * The package a read API path names: its full name (`@council-components/booking`, percent-encoded or not) or the
 * short one (`booking`). Undefined for anything else.
 */
export function packageOfPathName(name: string): ComponentPackage | undefined {
  const full = name.startsWith('@') ? name : `@council-components/${name}`;
  return isComponentPackage(full) ? full : undefined;
}
