import type { AdoptionOverview, PackageAdoption } from './adoption-reports.ts';

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled; lines end CRLF. */
function csvOf(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  const field = (value: string | number | null): string => {
    const text = value === null ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return [header, ...rows].map((row) => `${row.map(field).join(',')}\r\n`).join('');
}

/** The overview as a spreadsheet: one row per package and version in use (a package not in use has one, blank). */
export function overviewCsv(overview: AdoptionOverview): string {
  return csvOf(
    [
      'package',
      'latest_version',
      'councils',
      'sites',
      'unknown_sites',
      'page_views',
      'version',
      'version_sites',
      'version_page_views',
    ],
    overview.packages.flatMap((summary) => {
      const common = [
        summary.package,
        summary.latestVersion,
        summary.councils,
        summary.sites,
        summary.unknownSites,
        summary.pageViews,
      ];
      return summary.versions.length === 0
        ? [[...common, null, null, null]]
        : summary.versions.map((version) => [...common, version.version, version.sites, version.pageViews]);
    }),
  );
}

/** A package's councils as a spreadsheet: one row per council, its sites separated by spaces. */
export function packageCsv(adoption: PackageAdoption): string {
  return csvOf(
    ['council', 'gss_code', 'sites', 'page_views'],
    adoption.councils.map((council) => [council.name, council.gss, council.sites.join(' '), council.pageViews]),
  );
}
