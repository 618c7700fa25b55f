import { fileURLToPath } from 'node:url';

/** Node arguments (for `spawn` or a `Worker`'s `execArgv`) that let a process run our `.ts` sources directly. */
export function typescriptSourceArgs(): string[] {
  return ['--import', fileURLToPath(new URL('./typescript-source-hooks.ts', import.meta.url))];
}
