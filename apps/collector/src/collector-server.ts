import type { AddressInfo } from 'node:net';
import type { TrustedProxies } from '@council-components/server/node/client-address.js';
import { createNodeServer } from '@council-components/server/node/node-adapter.js';
import { GroupCommit } from '@council-components/server/storage/group-commit.js';
import type { Storage } from '@council-components/server/storage/open-storage.js';
import type { StorageTables } from '@council-components/server/storage/storage-tables.js';
import { writeAdoptionEvents, type AdoptionEvent } from './adoption-events.ts';
import {
  purgeRawEventsBefore,
  PURGE_INTERVAL_MS,
  RAW_EVENT_RETENTION_MS,
  retentionCutoff,
} from './adoption-retention.ts';
import { createCollectorApp, type CollectorLimits } from './collector-app.ts';
import { loadCouncilDirectory, type CouncilDirectory } from './council-domains.ts';

export interface CollectorOptions {
  /** The open database (SQLite or PostgreSQL), migrated. The collector keeps nothing else, so instances can share it. */
  readonly storage: Storage;
  /** 0 picks a free port (tests). */
  readonly port: number;
  readonly host?: string;
  readonly councils?: CouncilDirectory;
  readonly allowHttpOrigins?: boolean;
  readonly trustedProxies?: TrustedProxies;
  readonly limits?: CollectorLimits;
  readonly now?: () => number;
  readonly retentionMs?: number;
  readonly purgeIntervalMs?: number;
  readonly onError?: (error: unknown) => void;
}

export interface RunningCollector {
  readonly url: string;
  readonly port: number;
  /** Purges raw events past retention now, as the interval does; says how many went. */
  purge(): Promise<number>;
  /** Stops taking connections, lets the requests in progress finish, and commits every beacon already taken. */
  close(): Promise<void>;
}

/** Bytes of a request body the Node adapter lets through; the beacon route's own cap (1 KiB) is far lower. */
const ADAPTER_BODY_LIMIT = 64 * 1024;
/** How long a graceful stop waits for requests in progress before closing their connections. */
const CLOSE_GRACE_MS = 10_000;

/**
 * Starts the collector: its HTTP server, its group commit, and the retention purge (now, then every hour). The
 * storage is the caller's to open and close.
 */
export async function startCollector(options: CollectorOptions): Promise<RunningCollector> {
  const now = options.now ?? Date.now;
  const onError = options.onError ?? ((error: unknown) => console.error('[collector]', error));
  const db = options.storage.db;
  const writer = new GroupCommit<StorageTables, AdoptionEvent>({ db, write: writeAdoptionEvents });
  const interval = options.purgeIntervalMs ?? PURGE_INTERVAL_MS;
  const purge = (): Promise<number> =>
    purgeRawEventsBefore(db, retentionCutoff(now(), options.retentionMs ?? RAW_EVENT_RETENTION_MS, interval));
  await purge();
  let purging: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    purging = purge().catch(onError);
  }, interval);
  timer.unref();

  const app = createCollectorApp({
    db,
    writer,
    councils: options.councils ?? loadCouncilDirectory(),
    allowHttpOrigins: options.allowHttpOrigins ?? false,
    now,
    onError,
    ...(options.limits === undefined ? {} : { limits: options.limits }),
  });
  const server = createNodeServer(app, {
    bodyLimit: ADAPTER_BODY_LIMIT,
    ...(options.trustedProxies === undefined ? {} : { trustedProxies: options.trustedProxies }),
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', resolve);
  });
  const { port, address, family } = server.address() as AddressInfo;
  const shownHost = family === 'IPv6' ? `[${address}]` : address;
  return {
    url: `http://${shownHost}:${String(port)}`,
    port,
    purge,
    close: async () => {
      clearInterval(timer);
      const grace = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
      // close() refuses new connections and closes idle ones; requests in progress still get their answers.
      await new Promise<void>((resolve) => server.close(() => resolve()));
      clearTimeout(grace);
      await writer.close();
      await purging;
    },
  };
}
