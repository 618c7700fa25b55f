import { openStorage } from '@council-components/server/storage/open-storage.js';
import { StorageStartError } from '@council-components/server/storage/storage-start-error.js';
import { startSandbox } from './server.ts';

// The council's database: SQLite under ./data/ unless DATABASE_URL says otherwise (postgres://…).
const storage = await openStorage({ url: process.env['DATABASE_URL'] }).catch((error: unknown) => {
  if (!(error instanceof StorageStartError)) throw error;
  console.error(`sandbox: ${error.message}`);
  process.exit(1);
});
const { applied, total } = storage.migrations;
console.log(
  `Storage: the ${storage.shown}, ${String(total)} migrations${applied.length > 0 ? ` (${String(applied.length)} applied now)` : ''}`,
);

const port = Number(process.env['SANDBOX_PORT'] ?? 4100);
const adoptionCollector = process.env['SANDBOX_ADOPTION_COLLECTOR'];
const sandbox = await startSandbox(port, { storage, ...(adoptionCollector ? { adoptionCollector } : {}) });
console.log(`Sandbox (a council's back end and legacy CMS page): ${sandbox.url}`);
if (adoptionCollector) console.log(`Its pages send adoption beacons to ${adoptionCollector}`);

const stop = (): void => {
  void Promise.allSettled([sandbox.close(), storage.close()]).finally(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
