export type ExportTarget = string | { types?: string; default?: string } | null;

/** `./*.js` → `{ default: './dist/*.js' }` → every `./x.js` whose `dist/x.js` is published. */
export function expandWildcards(exportsMap: Record<string, ExportTarget>, files: readonly string[]): string[] {
  // Subpaths closed with `null` (e.g. `"./bundle/*": null`: script-tag files are not for import).
  const closed = Object.entries(exportsMap)
    .filter(([subpath, target]) => target === null && subpath.includes('*'))
    .map(
      ([subpath]) =>
        new RegExp(
          `^${subpath
            .split('*')
            .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
            .join('.*')}$`,
        ),
    );
  const subpaths: string[] = [];
  for (const [subpath, target] of Object.entries(exportsMap)) {
    if (!subpath.includes('*')) continue;
    const pattern = typeof target === 'string' ? target : target?.default;
    if (!pattern?.endsWith('.js')) continue;
    const [prefix = '', suffix = ''] = pattern.replace(/^\.\//, '').split('*');
    for (const file of files) {
      if (!file.startsWith(prefix) || !file.endsWith(suffix)) continue;
      const opened = subpath.replace('*', file.slice(prefix.length, file.length - suffix.length));
      if (!closed.some((pattern) => pattern.test(opened))) subpaths.push(opened);
    }
  }
  return subpaths;
}
