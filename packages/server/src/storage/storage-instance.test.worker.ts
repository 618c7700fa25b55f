// One instance of the server in a thread of its own, with its own connection,
// for the tests where instances race: it opens the storage, waits at the
// barrier with the others, then does its task and reports.
import { parentPort, workerData } from 'node:worker_threads';
import { openStorage } from './open-storage.js';
import { takePlaces } from './places.js';

export type InstanceTask =
  { readonly kind: 'migrate' } | { readonly kind: 'take-place'; readonly pools: readonly string[] };
export interface InstanceData {
  readonly url: string;
  /** [arrived, released] */
  readonly barrier: Int32Array;
  readonly task: InstanceTask;
}
export type InstanceReport =
  { readonly applied: readonly string[] } | { readonly taken: readonly boolean[] } | { readonly error: string };

const { url, barrier, task } = workerData as InstanceData;

function waitForTheOthers(): void {
  Atomics.add(barrier, 0, 1);
  Atomics.notify(barrier, 0);
  Atomics.wait(barrier, 1, 0);
}

async function run(): Promise<InstanceReport> {
  if (task.kind === 'migrate') {
    waitForTheOthers();
    const storage = await openStorage({ url, poolSize: 1 });
    await storage.close();
    return { applied: storage.migrations.applied };
  }
  const storage = await openStorage({ url, poolSize: 1, migrate: false });
  try {
    waitForTheOthers();
    const taken: boolean[] = [];
    for (const pool of task.pools) taken.push(await takePlaces(storage.db, pool));
    return { taken };
  } finally {
    await storage.close();
  }
}

parentPort?.postMessage(
  await run().catch((error: unknown) => ({ error: error instanceof Error ? error.message : String(error) })),
);
