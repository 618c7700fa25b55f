#!/usr/bin/env node
// council-migrate: applies the server's migrations to the database DATABASE_URL
// names, then exits. The server also migrates at start; run this on its own to
// migrate before starting new instances. Exits non-zero with one line saying
// what to fix when the database cannot be used.
import { openStorage } from './open-storage.js';
import { StorageStartError } from './storage-start-error.js';

try {
  const storage = await openStorage({ url: process.env['DATABASE_URL'] });
  const { applied, total } = storage.migrations;
  await storage.close();
  console.log(
    applied.length > 0
      ? `council-migrate: applied ${applied.join(', ')} to the ${storage.shown} (${String(total)} migrations in all).`
      : `council-migrate: the ${storage.shown} is up to date (${String(total)} migrations).`,
  );
} catch (error) {
  const message =
    error instanceof StorageStartError
      ? error.message
      : `unexpected failure: ${error instanceof Error ? error.message : String(error)}`;
  console.error(`council-migrate: ${message.split('\n')[0] ?? ''}`);
  process.exitCode = 1;
}
