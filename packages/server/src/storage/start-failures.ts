import type { DatabaseTarget } from './database-url.js';
import { StorageStartError } from './storage-start-error.js';

type PostgresTarget = Extract<DatabaseTarget, { engine: 'postgres' }>;
type SqliteTarget = Extract<DatabaseTarget, { engine: 'sqlite' }>;

/** What went wrong reaching or logging in to PostgreSQL, as one line naming what to fix. Never shows the password. */
export function postgresStartFailure(error: unknown, target: PostgresTarget): StorageStartError {
  const code = codeOf(error);
  const detail = firstLineOf(error);
  const at = `PostgreSQL at ${target.host}`;
  switch (code) {
    case 'ECONNREFUSED':
      return failure(
        `Cannot reach ${at} (connection refused): check the host and port in DATABASE_URL, and that PostgreSQL is running.`,
        error,
      );
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return failure(`Cannot reach ${at} (no such host): check the host name in DATABASE_URL.`, error);
    case 'ETIMEDOUT':
    case 'timeout':
      return failure(
        `Cannot reach ${at} (no answer in time): check the host and port in DATABASE_URL, and any firewall between.`,
        error,
      );
    case '28P01':
    case '28000':
      return failure(
        `${at} refused user "${target.user}" (${detail}): check the user name and password in DATABASE_URL.`,
        error,
      );
    case '3D000':
      return failure(
        `${at} has no database "${target.database}": create it (createdb ${target.database}) or correct the name in DATABASE_URL.`,
        error,
      );
    case '42501':
      return failure(
        `User "${target.user}" may not change the ${target.shown} (${detail}): grant it CREATE on the schema, or migrate as the owner.`,
        error,
      );
    default:
      return failure(`Cannot open the ${target.shown} (${detail}): check DATABASE_URL.`, error);
  }
}

/** What went wrong opening the SQLite file, as one line naming what to fix. */
export function sqliteStartFailure(error: unknown, target: SqliteTarget): StorageStartError {
  const detail = firstLineOf(error);
  const sqliteCode = error instanceof Error && 'errcode' in error ? Number(error.errcode) & 0xff : undefined;
  const nodeCode = codeOf(error);
  // SQLITE_NOTADB
  if (sqliteCode === 26) {
    return failure(
      `${target.file} is not an SQLite database (${detail}): point DATABASE_URL at another file, or move this one away.`,
      error,
    );
  }
  // SQLITE_CANTOPEN, SQLITE_READONLY, SQLITE_PERM, or the folder could not be made
  if (
    sqliteCode === 14 ||
    sqliteCode === 8 ||
    sqliteCode === 3 ||
    nodeCode === 'EACCES' ||
    nodeCode === 'EROFS' ||
    nodeCode === 'ENOTDIR' ||
    nodeCode === 'EEXIST'
  ) {
    return failure(
      `Cannot open ${target.file} for writing (${detail}): give the server a folder it can write to, or another file in DATABASE_URL.`,
      error,
    );
  }
  // SQLITE_CORRUPT
  if (sqliteCode === 11) {
    return failure(
      `${target.file} is damaged (${detail}): restore it from a backup, or point DATABASE_URL at another file.`,
      error,
    );
  }
  // SQLITE_BUSY, SQLITE_LOCKED
  if (sqliteCode === 5 || sqliteCode === 6) {
    return failure(
      `${target.file} stayed locked by another process (${detail}): stop the other process, or use PostgreSQL for several instances.`,
      error,
    );
  }
  return failure(`Cannot open ${target.file} as an SQLite database (${detail}).`, error);
}

function failure(message: string, cause: unknown): StorageStartError {
  return new StorageStartError(message, { cause });
}

/** A Node or PostgreSQL error code; a connection made to several addresses fails with all of them. */
function codeOf(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  if ('code' in error && typeof error.code === 'string') return error.code;
  if (error instanceof AggregateError) {
    for (const inner of error.errors) {
      const code = codeOf(inner);
      if (code !== undefined) return code;
    }
  }
  if (/timeout/i.test(error.message)) return 'timeout';
  return undefined;
}

function firstLineOf(error: unknown): string {
  const message =
    error instanceof Error
      ? error.message || (error instanceof AggregateError ? String(codeOf(error)) : error.name)
      : String(error);
  return (message.split('\n')[0] ?? '').trim();
}
