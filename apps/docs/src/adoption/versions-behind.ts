/** A semver version's release numbers, or undefined for anything else. */
function releaseOf(version: string): [number, number, number] | undefined {
  const match = /^(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$/.exec(version);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}

/**
 * How far `version` is behind `latest`, as a council's web team would say it: "Latest", "3 patch releases behind",
 * "1 minor release behind", "1 major release behind" (a major release can break a page, so it is said first).
 */
export function versionsBehind(version: string, latest: string | null): string {
  const ours = releaseOf(version);
  const newest = latest ? releaseOf(latest) : undefined;
  if (!ours || !newest) return 'Unknown';
  const [major, minor, patch] = [0, 1, 2].map((at) => (newest[at] ?? 0) - (ours[at] ?? 0)) as [number, number, number];
  const behind = (n: number, kind: string): string => `${String(n)} ${kind} release${n === 1 ? '' : 's'} behind`;
  if (major > 0) return behind(major, 'major');
  if (major === 0 && minor > 0) return behind(minor, 'minor');
  if (major === 0 && minor === 0 && patch > 0) return behind(patch, 'patch');
  return 'Latest';
}
