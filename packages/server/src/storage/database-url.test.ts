import { describe, expect, it } from 'vitest';
import { databaseTargetOf } from './database-url.js';
import { StorageStartError } from './storage-start-error.js';

describe('DATABASE_URL', () => {
  it('unset or empty: the embedded SQLite file under ./data/ of the working folder', () => {
    for (const url of [undefined, '', '  ']) {
      expect(databaseTargetOf(url, '/srv/council')).toEqual({
        engine: 'sqlite',
        file: '/srv/council/data/council.db',
        shown: 'SQLite database ./data/council.db',
      });
    }
  });

  it('file: paths, relative to the working folder or absolute', () => {
    expect(databaseTargetOf('file:./var/bins.db', '/srv/council')).toMatchObject({
      engine: 'sqlite',
      file: '/srv/council/var/bins.db',
    });
    expect(databaseTargetOf('file:var/my%20council.db', '/srv/council')).toMatchObject({
      file: '/srv/council/var/my council.db',
    });
    expect(databaseTargetOf('file:/var/lib/council/council.db', '/srv')).toMatchObject({
      file: '/var/lib/council/council.db',
    });
    expect(databaseTargetOf('file:///var/lib/council/council.db', '/srv')).toMatchObject({
      file: '/var/lib/council/council.db',
    });
    expect(() => databaseTargetOf('file:', '/srv')).toThrow(StorageStartError);
  });

  it('postgres:// and postgresql://: named by host and database, never by password', () => {
    const target = databaseTargetOf('postgres://council:s3cret%21@db.internal:6432/bins?sslmode=require');
    expect(target).toEqual({
      engine: 'postgres',
      connectionString: 'postgres://council:s3cret%21@db.internal:6432/bins?sslmode=require',
      shown: 'PostgreSQL database "bins" at db.internal:6432',
      host: 'db.internal:6432',
      user: 'council',
      database: 'bins',
    });
    expect(JSON.stringify({ ...target, connectionString: undefined })).not.toContain('s3cret');
    expect(databaseTargetOf('postgresql://u@localhost/payments')).toMatchObject({
      engine: 'postgres',
      database: 'payments',
      user: 'u',
    });
  });

  it('anything else is refused with the two forms it may take', () => {
    expect(() => databaseTargetOf('mysql://u:p@h/d')).toThrow(
      'DATABASE_URL must be file:PATH (SQLite) or postgres://USER:PASSWORD@HOST:PORT/DATABASE (PostgreSQL), not "mysql:…".',
    );
    expect(() => databaseTargetOf('postgres://[bad')).toThrow(/not a valid PostgreSQL URL/);
  });
});
