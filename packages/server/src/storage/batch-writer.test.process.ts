// A process that writes batches through group commit as fast as it can and
// prints "acked N" once batch N is committed, for the crash test to kill with
// SIGKILL at any moment. Usage: DATABASE_URL=… node batch-writer.test.process.ts FIRST_BATCH
import { batchRowsMigration, insertBatchRows, type BatchRowsTables } from './batch-rows.test.migration.js';
import { GroupCommit } from './group-commit.js';
import { openStorage } from './open-storage.js';
import { storageMigrations } from './storage-migrations.js';

export const ROWS_PER_BATCH = 100;
const IN_FLIGHT = 8;

const storage = await openStorage({
  url: process.env['DATABASE_URL'],
  migrations: [...storageMigrations, batchRowsMigration],
});
const db = storage.db.$extendTables<BatchRowsTables>();
const writer = new GroupCommit({ db, write: insertBatchRows });

let nextBatch = Number(process.argv[2] ?? 0);
function writeOne(): void {
  const batch = nextBatch++;
  const rows = Array.from({ length: ROWS_PER_BATCH }, (_, item) => ({ batch, item }));
  writer.add(rows).then(
    () => {
      process.stdout.write(`acked ${String(batch)}\n`);
      writeOne();
    },
    (error: unknown) => {
      process.stderr.write(`batch ${String(batch)} failed: ${String(error)}\n`);
      process.exit(2);
    },
  );
}
for (let i = 0; i < IN_FLIGHT; i++) writeOne();
