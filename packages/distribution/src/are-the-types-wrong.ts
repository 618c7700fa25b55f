// @arethetypeswrong/cli on the package in the current folder, packed as npm
// would publish it, with every subpath a wildcard export (`./*.js`) opens
// listed explicitly: attw cannot expand wildcards itself. ES modules only, so
// CommonJS `require` resolution is not judged (`--profile esm-only`).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { expandWildcards, type ExportTarget } from './export-subpaths.ts';

const packageDir = process.cwd();
const { exports } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
  exports?: Record<string, ExportTarget>;
};

/** The files npm would publish (the `files` field applied), as paths inside the package. */
function packedFiles(): string[] {
  const { stdout, status } = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: packageDir,
    encoding: 'utf8',
  });
  if (status !== 0) throw new Error(`npm pack --dry-run failed in ${packageDir}`);
  const [packed] = JSON.parse(stdout) as { files: { path: string }[] }[];
  return packed?.files.map((file) => file.path) ?? [];
}

const entrypoints = exports ? expandWildcards(exports, packedFiles()) : [];
const require = createRequire(import.meta.url);
const cli = join(require.resolve('@arethetypeswrong/cli/package.json'), '..', 'dist/index.js');
const { status } = spawnSync(
  process.execPath,
  [
    cli,
    '--pack',
    '.',
    '--profile',
    'esm-only',
    '--format',
    'ascii',
    ...(entrypoints.length > 0 ? ['--include-entrypoints', ...entrypoints] : []),
  ],
  { cwd: packageDir, stdio: 'inherit' },
);
process.exit(status ?? 1);
