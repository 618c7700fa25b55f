import type { AdoptionOverview, PackageAdoption } from './adoption-reports.ts';

/**
 * RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled; lines end CRLF. Text a
 * spreadsheet would take for a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) is written
 * after an apostrophe, as OWASP advises for CSV files people open: none of ours does, and none ever runs.
 */
function csvOf(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  const field = (value: string | number | null): string => {
    const text =
      value === null ? '' : typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return [header, ...rows].map((row) => `${row.map(field).join(',')}\r\n`).join('');
}

/**
 * The overview as a spreadsheet: one row per package and version in use (a package not in use has one, blank). The
 * package by its short name (`booking`, as in `/v1/adoption/booking`): a spreadsheet takes `@council-components/…`
 * for a formula.
 */
export function overviewCsv(overview: AdoptionOverview): string {
  return csvOf(
    [
      'component',
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
        summary.package.replace(/^@council-components\//, ''),
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
