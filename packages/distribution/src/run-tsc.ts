import { spawnSync } from 'node:child_process';

/** `tsc -p tsconfig.build.json` in `dir`; a failure ends the build with tsc's exit code. */
export function runTsc(dir: string): void {
  const { status } = spawnSync('tsc', ['-p', 'tsconfig.build.json'], { cwd: dir, stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}
