import {
  arrayOf,
  inRange,
  isNumber,
  isString,
  matching,
  nullable,
  objectOf,
  type Check,
  type Infer,
} from '@council-components/http/shape.js';

/** The sector's adoption collector (apps/collector), whose read API the docs site shows. */
export const ADOPTION_API = 'https://adoption.council-components.org.uk/v1/';

const count = inRange(0, Number.MAX_SAFE_INTEGER);
const date = matching(/^\d{4}-\d{2}-\d{2}$/, 'a date, YYYY-MM-DD');
const packageName = matching(/^@council-components\/[a-z][a-z0-9-]*$/, 'a @council-components package');
const versionInUse = objectOf({ version: isString, sites: count, pageViews: count });

/** `GET /v1/adoption`: every package, with its councils, sites and versions in use (apps/collector's OpenAPI). */
export const adoptionOverviewShape = objectOf({
  since: isString,
  packages: arrayOf(
    objectOf({
      package: packageName,
      latestVersion: nullable(isString),
      councils: count,
      sites: count,
      unknownSites: count,
      pageViews: count,
      versions: arrayOf(versionInUse),
    }),
  ),
});
export type AdoptionOverview = Infer<typeof adoptionOverviewShape>;
export type PackageSummary = AdoptionOverview['packages'][number];
export type VersionInUse = PackageSummary['versions'][number];

/** `GET /v1/adoption/{package}`: the councils using one package, its versions, and its use day by day. */
export const packageAdoptionShape = objectOf({
  package: packageName,
  latestVersion: nullable(isString),
  since: isString,
  councils: arrayOf(objectOf({ name: isString, gss: isString, sites: arrayOf(isString), pageViews: count })),
  unknownSites: count,
  versions: arrayOf(versionInUse),
  daily: arrayOf(objectOf({ date, sites: count, pageViews: isNumber })),
});
export type PackageAdoption = Infer<typeof packageAdoptionShape>;

/**
 * The figures shown, and where they came from: the collector now, the snapshot kept with the site, or an example
 * (a story showing how the page reads with figures in it).
 */
export type Figures<T> =
  { source: 'live'; data: T } | { source: 'snapshot'; data: T; takenOn: string } | { source: 'example'; data: T };

/** The collector's answer for `path`, checked; undefined when it cannot be reached or its answer does not fit. */
async function fetchChecked<T>(
  api: string,
  path: string,
  shape: Check<T>,
  signal?: AbortSignal,
): Promise<T | undefined> {
  try {
    const response = await fetch(new URL(path, api), {
      signal,
      credentials: 'omit',
      headers: { accept: 'application/json' },
    });
    if (!response.ok) return undefined;
    return shape(await response.json());
  } catch {
    return undefined;
  }
}

/** The overview from the collector, or else from the snapshot. */
export async function loadOverview(
  api: string,
  snapshot: { takenOn: string; overview: AdoptionOverview },
  signal?: AbortSignal,
): Promise<Figures<AdoptionOverview>> {
  const live = await fetchChecked(api, 'adoption', adoptionOverviewShape, signal);
  return live
    ? { source: 'live', data: live }
    : { source: 'snapshot', data: snapshot.overview, takenOn: snapshot.takenOn };
}

/** One package's adoption from the collector, or else from the snapshot (empty when the snapshot has none). */
export async function loadPackage(
  api: string,
  name: string,
  snapshot: { takenOn: string; packages: Readonly<Record<string, PackageAdoption>> },
  signal?: AbortSignal,
): Promise<Figures<PackageAdoption>> {
  const short = name.replace(/^@council-components\//, '');
  const live = await fetchChecked(api, `adoption/${encodeURIComponent(short)}`, packageAdoptionShape, signal);
  if (live) return { source: 'live', data: live };
  const kept = snapshot.packages[name] ?? {
    package: name,
    latestVersion: null,
    since: '',
    councils: [],
    unknownSites: 0,
    versions: [],
    daily: [],
  };
  return { source: 'snapshot', data: kept, takenOn: snapshot.takenOn };
}
