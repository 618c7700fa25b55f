// Lets a plain Node process (a worker thread, a child process a test kills)
// run our TypeScript sources as they are, the way the tests import them:
// Node strips the types, and this maps `./module.js` to `./module.ts` when
// only the source exists. Load it with `node --import` (see typescriptSourceArgs).
import { existsSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';

registerHooks({
  resolve(specifier, context, next) {
    const parent = context.parentURL;
    if (parent?.startsWith('file:') && /^\.{0,2}\//.test(specifier) && specifier.endsWith('.js')) {
      const source = new URL(`${specifier.slice(0, -'.js'.length)}.ts`, parent);
      if (!existsSync(new URL(specifier, parent)) && existsSync(fileURLToPath(source)))
        return next(source.href, context);
    }
    return next(specifier, context);
  },
});
