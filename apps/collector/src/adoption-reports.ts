import type { StorageTables } from '@council-components/server/storage/storage-tables.js';
import { sql, type Kysely } from 'kysely';
import { COMPONENT_PACKAGES, type ComponentPackage } from './component-packages.ts';
import type { CouncilDirectory } from './council-domains.ts';
import { compareSemver } from './semver-order.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
/** What "in use" means: seen in the last 30 days. */
export const IN_USE_DAYS = 30;
/** How far back a package's use over time goes. */
export const HISTORY_DAYS = 90;

export interface VersionInUse {
  version: string;
  sites: number;
  pageViews: number;
}

export interface PackageSummary {
  package: ComponentPackage;
  latestVersion: string | null;
  councils: number;
  sites: number;
  unknownSites: number;
  pageViews: number;
  versions: VersionInUse[];
}

export interface AdoptionOverview {
  /** The first hour counted (UTC, `2026-11-04T10`): "in use" is since then. */
  since: string;
  packages: PackageSummary[];
}

export interface CouncilUse {
  name: string;
  gss: string;
  sites: string[];
  pageViews: number;
}

export interface DailyUse {
  date: string;
  sites: number;
  pageViews: number;
}

export interface PackageAdoption {
  package: ComponentPackage;
  latestVersion: string | null;
  since: string;
  councils: CouncilUse[];
  unknownSites: number;
  versions: VersionInUse[];
  daily: DailyUse[];
}

const hourOf = (time: number): string => new Date(time).toISOString().slice(0, 13);
const pageViewsOf = (milli: number): number => Math.round(milli / 1000);

interface UsageRow {
  package: string;
  version: string;
  origin: string;
  page_views_milli: number;
}

/** Every package of ours, whether seen or not: its councils, sites, versions in use and the latest version seen. */
export async function adoptionOverview(
  db: Kysely<StorageTables>,
  councils: CouncilDirectory,
  now: number,
): Promise<AdoptionOverview> {
  const since = hourOf(now - IN_USE_DAYS * DAY_MS);
  const [usage, latest] = await Promise.all([usageSince(db, since), latestVersions(db)]);
  return {
    since,
    packages: COMPONENT_PACKAGES.map((name) => {
      const rows = usage.filter((row) => row.package === name);
      const origins = new Set(rows.map((row) => row.origin));
      const known = [...origins].map((origin) => councils.councilOf(origin));
      return {
        package: name,
        latestVersion: latest.get(name) ?? null,
        councils: new Set(known.flatMap((council) => (council ? [council.gss] : []))).size,
        sites: origins.size,
        unknownSites: known.filter((council) => council === undefined).length,
        pageViews: pageViewsOf(rows.reduce((sum, row) => sum + row.page_views_milli, 0)),
        versions: versionsOf(rows),
      };
    }),
  };
}

/** One package: its councils by name and GSS code with their sites, unknown sites, versions, and use by day. */
export async function packageAdoption(
  db: Kysely<StorageTables>,
  councils: CouncilDirectory,
  name: ComponentPackage,
  now: number,
): Promise<PackageAdoption> {
  const since = hourOf(now - IN_USE_DAYS * DAY_MS);
  const [usage, latest, daily] = await Promise.all([
    usageSince(db, since, name),
    latestVersions(db, name),
    dailyUse(db, name, now),
  ]);
  const byCouncil = new Map<string, CouncilUse & { origins: Set<string> }>();
  const unknown = new Set<string>();
  for (const row of usage) {
    const council = councils.councilOf(row.origin);
    if (!council) {
      unknown.add(row.origin);
      continue;
    }
    const entry = byCouncil.get(council.gss) ?? { ...council, sites: [], pageViews: 0, origins: new Set() };
    entry.origins.add(row.origin);
    entry.pageViews += row.page_views_milli;
    byCouncil.set(council.gss, entry);
  }
  return {
    package: name,
    latestVersion: latest.get(name) ?? null,
    since,
    councils: [...byCouncil.values()]
      .map(({ name: councilName, gss, origins, pageViews }) => ({
        name: councilName,
        gss,
        sites: [...origins].sort(),
        pageViews: pageViewsOf(pageViews),
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'en-GB')),
    unknownSites: unknown.size,
    versions: versionsOf(usage),
    daily,
  };
}

/** Page views by package, version and origin since an hour: one row per triple, summed in the database. */
async function usageSince(db: Kysely<StorageTables>, since: string, name?: ComponentPackage): Promise<UsageRow[]> {
  let query = db
    .selectFrom('adoption_hourly')
    .select(['package', 'version', 'origin', (eb) => eb.fn.sum<number | string>('page_views_milli').as('milli')])
    .where('hour', '>=', since)
    .groupBy(['package', 'version', 'origin']);
  if (name !== undefined) query = query.where('package', '=', name);
  const rows = await query.execute();
  return rows.map((row) => ({ ...row, page_views_milli: Number(row.milli) }));
}

/** The highest version of each package ever seen (semver order, which SQL cannot sort by). */
async function latestVersions(db: Kysely<StorageTables>, name?: ComponentPackage): Promise<Map<string, string>> {
  let query = db.selectFrom('adoption_hourly').select(['package', 'version']).distinct();
  if (name !== undefined) query = query.where('package', '=', name);
  const latest = new Map<string, string>();
  for (const { package: seen, version } of await query.execute()) {
    const best = latest.get(seen);
    if (best === undefined || compareSemver(version, best) > 0) latest.set(seen, version);
  }
  return latest;
}

function versionsOf(rows: readonly UsageRow[]): VersionInUse[] {
  const byVersion = new Map<string, { origins: Set<string>; milli: number }>();
  for (const row of rows) {
    const entry = byVersion.get(row.version) ?? { origins: new Set(), milli: 0 };
    entry.origins.add(row.origin);
    entry.milli += row.page_views_milli;
    byVersion.set(row.version, entry);
  }
  return [...byVersion]
    .map(([version, { origins, milli }]) => ({ version, sites: origins.size, pageViews: pageViewsOf(milli) }))
    .sort((a, b) => compareSemver(b.version, a.version));
}

/** Sites and page views a day (UTC) for the last 90 days, today included, days without beacons as zeros. */
async function dailyUse(db: Kysely<StorageTables>, name: ComponentPackage, now: number): Promise<DailyUse[]> {
  const days = Array.from({ length: HISTORY_DAYS }, (_, index) =>
    new Date(now - (HISTORY_DAYS - 1 - index) * DAY_MS).toISOString().slice(0, 10),
  );
  const day = sql<string>`substr(hour, 1, 10)`;
  const rows = await db
    .selectFrom('adoption_hourly')
    .select([
      day.as('day'),
      (eb) => eb.fn.count<number | string>('origin').distinct().as('sites'),
      (eb) => eb.fn.sum<number | string>('page_views_milli').as('milli'),
    ])
    .where('package', '=', name)
    .where('hour', '>=', `${days[0] ?? ''}T00`)
    .groupBy(day)
    .execute();
  const byDay = new Map(rows.map((row) => [row.day, row]));
  return days.map((date) => {
    const row = byDay.get(date);
    return { date, sites: Number(row?.sites ?? 0), pageViews: pageViewsOf(Number(row?.milli ?? 0)) };
  });
}
