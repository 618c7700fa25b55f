import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Plugin } from 'rolldown';

interface PackageJson {
  name?: string;
  version?: string;
  license?: string;
}

/** The folder holding the package.json of the npm package that `moduleId` belongs to. */
function packageRootOf(moduleId: string): string | undefined {
  if (!moduleId.includes('/node_modules/')) return undefined;
  let dir = dirname(moduleId);
  while (dir.includes('/node_modules/')) {
    const file = join(dir, 'package.json');
    if (existsSync(file) && (JSON.parse(readFileSync(file, 'utf8')) as PackageJson).name) return dir;
    dir = dirname(dir);
  }
  return undefined;
}

/**
 * Minified bundles drop the `@license` comments of what they inline (Lit's
 * BSD-3-Clause notices among them); this writes every inlined npm package's
 * name, version and licence text to one file beside the bundles instead, as
 * those licences ask of redistributed binaries.
 */
export function thirdPartyLicensesPlugin(fileName: string): Plugin {
  return {
    name: 'council-components:third-party-licenses',
    generateBundle(_options, bundle) {
      const roots = new Set<string>();
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        for (const id of output.moduleIds) {
          const root = packageRootOf(id);
          if (root) roots.add(root);
        }
      }
      const sections = [...roots]
        .map((root) => {
          const json = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as PackageJson;
          const licenceFile = readdirSync(root).find((name) => /^(licen[cs]e|copying)(\.|$)/i.test(name));
          const text = licenceFile
            ? readFileSync(join(root, licenceFile), 'utf8').trim()
            : `License: ${json.license ?? 'unknown'}`;
          return `## ${json.name ?? root}@${json.version ?? '?'}\n\n${text}\n`;
        })
        .sort();
      if (sections.length === 0) return;
      this.emitFile({
        type: 'asset',
        fileName,
        source: `# Third-party software in these files\n\n${sections.join('\n')}`,
      });
    },
  };
}
