// The adoption scanner, for councils that switch the beacon off: reads a list of page addresses (one a line, `#` for
// a comment), finds the Council Components elements and versions in each page, and adds them to the collector's
// counts (the database `DATABASE_URL` names, as the collector). Polite: robots.txt obeyed, one request at a time per
// host with a pause, a User-Agent naming the project.
//   node src/scan/scan-command.ts pages.txt [--dry-run] [--delay-ms=1000]
import { readFileSync } from 'node:fs';
import { openStorage } from '@council-components/server/storage/open-storage.js';
import { PoliteFetcher } from './polite-fetcher.ts';
import { recordScan } from './record-scan.ts';
import { scanSites, type ScanResult } from './site-scan.ts';

const args = process.argv.slice(2);
const listFile = args.find((arg) => !arg.startsWith('--'));
if (!listFile) {
  console.error('usage: scan-command.ts <file of page addresses> [--dry-run] [--delay-ms=1000]');
  process.exit(64);
}
const dryRun = args.includes('--dry-run');
const delay = Number(args.find((arg) => arg.startsWith('--delay-ms='))?.slice('--delay-ms='.length) ?? 1000);

const urls = readFileSync(listFile, 'utf8')
  .split(/\r?\n/)
  .map((line) => line.replace(/#.*$/, '').trim())
  .filter(Boolean);

const describe = (result: ScanResult): string => {
  if (result.outcome === 'skipped') return `skipped (${result.reason})`;
  if (result.outcome === 'none') return 'no Council Components elements';
  const found = result.observations.map(
    (observation) =>
      `${observation.package}@${observation.version} (${observation.delivery}: ${Object.entries(observation.elements)
        .map(([tag, count]) => `${tag} ×${String(count)}`)
        .join(', ')})`,
  );
  const unversioned = result.unversioned.length ? [`no version for ${result.unversioned.join(', ')}`] : [];
  return [...found, ...unversioned].join('; ');
};

const results = await scanSites(urls, new PoliteFetcher({ minDelayMs: Number.isFinite(delay) ? delay : 1000 }));
for (const result of results) console.log(`${result.url}: ${describe(result)}`);
if (!dryRun) {
  const storage = await openStorage({ url: process.env['DATABASE_URL'] });
  try {
    const recorded = await recordScan(storage.db, results);
    console.log(`${String(recorded)} observation(s) added to ${storage.shown}`);
  } finally {
    await storage.close();
  }
}
