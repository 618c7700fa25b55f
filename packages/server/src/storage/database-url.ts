import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { StorageStartError } from './storage-start-error.js';

/** Where the embedded database lives when `DATABASE_URL` is not set, relative to the working folder. */
export const DEFAULT_SQLITE_FILE = './data/council.db';

/** The two engines the storage layer runs on. */
export type StorageEngine = 'sqlite' | 'postgres';

/** Which database to open: an SQLite file, or a PostgreSQL server. */
export type DatabaseTarget =
  | { readonly engine: 'sqlite'; readonly file: string; readonly shown: string }
  | {
      readonly engine: 'postgres';
      readonly connectionString: string;
      readonly shown: string;
      /** `host:port` as written, for messages. */
      readonly host: string;
      readonly user: string;
      readonly database: string;
    };

/**
 * Reads `DATABASE_URL`: unset or empty is the embedded default (`./data/council.db`);
 * `file:PATH` is an SQLite file (relative to `cwd`, or `file:///absolute/path`);
 * `postgres://` or `postgresql://` is a PostgreSQL server. `shown` names the database
 * for messages and logs without its password.
 */
export function databaseTargetOf(url: string | undefined, cwd: string = process.cwd()): DatabaseTarget {
  try {
    return targetOf(url?.trim() ?? '', cwd);
  } catch (error) {
    if (error instanceof StorageStartError) throw error;
    // A malformed percent-escape or a file: URL with a host; the value is not shown, as it may hold a password.
    throw new StorageStartError(
      `DATABASE_URL could not be read (${error instanceof Error ? error.message : String(error)}): percent-encode special characters, as %25 for %.`,
    );
  }
}

function targetOf(value: string, cwd: string): DatabaseTarget {
  if (value === '') return sqliteTarget(DEFAULT_SQLITE_FILE, cwd);
  if (/^file:/i.test(value)) {
    const path = /^file:\/\//i.test(value) ? fileURLToPath(value) : decodeURIComponent(value.slice('file:'.length));
    if (path === '')
      throw new StorageStartError('DATABASE_URL is "file:" with no path: give one, as in file:./data/council.db.');
    return sqliteTarget(path, cwd);
  }
  if (/^postgres(ql)?:\/\//i.test(value)) {
    // A password with an unencoded "/", "?" or "#" would be read as host, port and path, and shown in messages.
    const rest = value.slice(value.indexOf('//') + 2);
    const endOfAuthority = rest.search(/[/?#]/);
    if (endOfAuthority !== -1 && rest.lastIndexOf('@') > endOfAuthority) {
      throw new StorageStartError(
        'DATABASE_URL has an "@" after the host: percent-encode "/", "?", "#" and "@" in the user name and password (%2F, %3F, %23, %40).',
      );
    }
    let parsed: URL;
    try {
      parsed = new URL(value);
    } catch {
      throw new StorageStartError(
        'DATABASE_URL is not a valid PostgreSQL URL: write it as postgres://USER:PASSWORD@HOST:PORT/DATABASE (percent-encode special characters in the password).',
      );
    }
    const user = decodeURIComponent(parsed.username) || (process.env['USER'] ?? '');
    const database = decodeURIComponent(parsed.pathname.replace(/^\//, '')) || user;
    const host = parsed.host === '' ? 'localhost' : parsed.host;
    return {
      engine: 'postgres',
      connectionString: value,
      shown: `PostgreSQL database "${database}" at ${host}`,
      host,
      user,
      database,
    };
  }
  // Only the scheme is shown: the rest may hold a password.
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(value)?.[0];
  throw new StorageStartError(
    `DATABASE_URL must be file:PATH (SQLite) or postgres://USER:PASSWORD@HOST:PORT/DATABASE (PostgreSQL), ${scheme === undefined ? 'and it names no scheme' : `not "${scheme}…"`}.`,
  );
}

function sqliteTarget(path: string, cwd: string): DatabaseTarget {
  const file = isAbsolute(path) ? path : resolve(cwd, path);
  return { engine: 'sqlite', file, shown: `SQLite database ${path}` };
}
