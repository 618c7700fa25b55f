import type { PGlite } from '@electric-sql/pglite';
import type { PostgresCursor, PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';

/**
 * A `pg`-shaped pool over one PGlite, for Kysely's own `PostgresDialect` (the storage layer's PostgreSQL path, with
 * nothing of `pg`, which needs Node). PGlite is one connection, and Kysely runs a transaction as `begin`, its
 * statements and `commit` on the connection it was lent: lent to two callers at once, their statements would run
 * inside each other's transactions. So the connection is lent to one caller at a time, the rest waiting their turn
 * in order. The PGlite stays the caller's to close.
 */
export function pglitePool(database: PGlite): PostgresPool {
  const waiting: ((client: PostgresPoolClient) => void)[] = [];
  let lent = false;

  function lease(): PostgresPoolClient {
    let released = false;
    function query<R>(sql: string, parameters: readonly unknown[]): Promise<PostgresQueryResult<R>>;
    function query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>;
    function query<R>(
      sql: string | PostgresCursor<R>,
      parameters: readonly unknown[] = [],
    ): Promise<PostgresQueryResult<R>> | PostgresCursor<R> {
      // Kysely asks for a cursor only when the dialect is given one (streaming), which this pool's never is.
      if (typeof sql !== 'string') throw new Error('PGlite pool: cursors (streaming) are not supported.');
      if (released) return Promise.reject(new Error('PGlite pool: a query on a connection already released.'));
      return database.query<R>(sql, [...parameters]).then((result) => ({
        rows: result.rows,
        // PGlite reads both from the statement's command tag, as pg does: `INSERT 0 1` is `INSERT`, 1 row; and a
        // commit of a transaction a failed statement aborted is `ROLLBACK`, which Kysely turns into an error.
        command: (result.command ?? '') as PostgresQueryResult<R>['command'],
        rowCount: result.rowCount ?? result.affectedRows ?? 0,
      }));
    }
    return {
      query,
      // `destroy` (Kysely's, after a failed rollback) cannot be honoured: there is no other connection to open.
      release: () => {
        if (released) return;
        released = true;
        const next = waiting.shift();
        if (next) next(lease());
        else lent = false;
      },
    };
  }

  return {
    options: {},
    connect: () => {
      if (!lent) {
        lent = true;
        return Promise.resolve(lease());
      }
      return new Promise((resolve) => waiting.push(resolve));
    },
    end: () => Promise.resolve(),
  };
}
