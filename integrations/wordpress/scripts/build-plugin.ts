// Builds the WordPress plugin a council installs from wp-admin (Plugins → Add New → Upload Plugin):
// `dist/council-components/` and `dist/council-components-<version>.zip`. The zip holds the PHP, the block
// editor's script, and one release of the components (`assets/<version>/`): each package's script-tag files, its
// licences and its `integrity.json`, so the plugin can serve them itself or name them on a CDN, always with their
// SRI hashes. No build step is left for the council.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const packagesDir = resolve(root, '../../packages');
const pluginSource = resolve(root, 'src/plugin');
const out = resolve(root, 'dist');
const pluginOut = join(out, 'council-components');

/** The packages a release of the plugin carries: every component, and the loader. */
const PACKAGES = ['address-lookup', 'bin-collections', 'payment', 'booking', 'loader'] as const;

interface Manifest {
  version: string;
}
interface IntegrityEntry {
  integrity: string;
}

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
const { version } = readJson(join(root, 'package.json')) as Manifest;

rmSync(out, { recursive: true, force: true });
mkdirSync(pluginOut, { recursive: true });
cpSync(pluginSource, pluginOut, { recursive: true });

// The version WordPress shows and compares for updates is the plugin's own.
const mainFile = join(pluginOut, 'council-components.php');
writeFileSync(
  mainFile,
  readFileSync(mainFile, 'utf8')
    .replace(/^( \* Version:\s+).*$/m, `$1${version}`)
    .replace(
      /define\( 'COUNCIL_COMPONENTS_VERSION', '[^']*' \)/,
      `define( 'COUNCIL_COMPONENTS_VERSION', '${version}' )`,
    ),
);
cpSync(resolve(root, '../../LICENSE'), join(pluginOut, 'LICENSE'));

const release = join(pluginOut, 'assets', version);
const packages: Record<string, string> = {};
for (const name of PACKAGES) {
  const packageDir = join(packagesDir, name);
  const integrityFile = join(packageDir, 'dist/integrity.json');
  if (!existsSync(integrityFile)) throw new Error(`${name} has no dist/integrity.json: build it first.`);
  const integrity = readJson(integrityFile) as Record<string, IntegrityEntry>;
  packages[name] = (readJson(join(packageDir, 'package.json')) as Manifest).version;
  // Every file with a published hash, and the licences of what the bundles carry; no source maps.
  const files = [
    ...Object.keys(integrity),
    ...readdirSync(join(packageDir, 'dist'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('THIRD-PARTY-LICENSES.md'))
      .map((file) => `dist/${file}`),
  ];
  for (const file of files) {
    mkdirSync(dirname(join(release, name, file)), { recursive: true });
    cpSync(join(packageDir, file), join(release, name, file));
  }
  cpSync(integrityFile, join(release, name, 'integrity.json'));
}
writeFileSync(join(release, 'release.json'), `${JSON.stringify({ release: version, packages }, null, 2)}\n`);

// Fixed dates and a stable order, so the same sources make the same zip.
const mtime = new Date('2026-01-01T00:00:00Z');
const entries = Object.fromEntries(
  readdirSync(pluginOut, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(out, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort()
    .map((file): [string, [Uint8Array, { mtime: Date }]] => [file, [readFileSync(join(out, file)), { mtime }]]),
);
const zip = zipSync(entries, { level: 9 });
writeFileSync(join(out, `council-components-${version}.zip`), zip);
console.log(
  `wordpress: dist/council-components-${version}.zip (${Math.round(zip.length / 1024)} KiB, ${Object.keys(entries).length} files)`,
);
