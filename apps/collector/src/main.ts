import { openStorage } from '@council-components/server/storage/open-storage.js';
import { StorageStartError } from '@council-components/server/storage/storage-start-error.js';
import { startCollector } from './collector-server.ts';
import { trustedProxiesOf } from './trusted-proxies-setting.ts';

// The collector's database: SQLite under ./data/ unless DATABASE_URL says otherwise (postgres://… for many instances).
const storage = await openStorage({ url: process.env['DATABASE_URL'] }).catch((error: unknown) => {
  if (!(error instanceof StorageStartError)) throw error;
  console.error(`collector: ${error.message}`);
  process.exit(1);
});

const collector = await startCollector({
  storage,
  port: Number(process.env['PORT'] ?? 8788),
  host: process.env['HOST'] ?? '0.0.0.0',
  allowHttpOrigins: process.env['COLLECTOR_ALLOW_HTTP_ORIGINS'] === '1',
  ...trustedProxiesOf(process.env['COLLECTOR_TRUSTED_PROXIES']),
});
console.log(`collector: listening on ${collector.url} (storage: the ${storage.shown})`);

let stopping = false;
const stop = (): void => {
  if (stopping) return;
  stopping = true;
  // Every beacon already answered is committed; those in progress are answered (and committed) before the exit.
  void collector
    .close()
    .then(() => storage.close())
    .then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('collector: stopping failed', error);
        process.exit(1);
      },
    );
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
