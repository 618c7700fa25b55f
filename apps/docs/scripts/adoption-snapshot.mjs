// Refreshes the adoption figures kept with the docs site (src/adoption/adoption-snapshot.json), which the adoption
// view shows when the collector cannot be reached. Run before a release of the site:
//   pnpm --filter @council-components/docs adoption-snapshot [https://collector.example/v1/]
import { writeFileSync } from 'node:fs';

const api = process.argv[2] ?? 'https://adoption.council-components.org.uk/v1/';
const snapshotFile = new URL('../src/adoption/adoption-snapshot.json', import.meta.url);

async function read(path) {
  const response = await fetch(new URL(path, api), { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`${new URL(path, api).href} answered ${response.status}`);
  return response.json();
}

const overview = await read('adoption');
const packages = {};
for (const { package: name } of overview.packages) {
  packages[name] = await read(`adoption/${encodeURIComponent(name.replace(/^@council-components\//, ''))}`);
}
const takenOn = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
writeFileSync(snapshotFile, `${JSON.stringify({ takenOn, source: api, overview, packages }, null, 2)}\n`);
console.log(`adoption snapshot of ${takenOn} written from ${api}`);
