import type { DatabaseSync, SQLInputValue, StatementSync } from 'node:sqlite';
import {
  CompiledQuery,
  SqliteAdapter,
  SqliteDriver,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  type QueryCompiler,
  type SqliteDatabase,
  type SqliteStatement,
} from 'kysely';

/** Prepared statements kept per connection, most recently used last. */
const STATEMENT_CACHE_SIZE = 200;

/**
 * Kysely over Node's built-in `node:sqlite`: no native build, nothing to
 * download. Kysely's own SQLite driver expects better-sqlite3's statements
 * (a `reader` flag, parameters as one array); this gives it those, keeps
 * prepared statements, and begins every transaction `IMMEDIATE` so that a
 * transaction that reads before it writes takes the write lock first and
 * waits its turn (the busy timeout) instead of failing when another process
 * writes. Kysely already runs one query at a time on the one connection.
 */
export class NodeSqliteDialect implements Dialect {
  readonly #database: DatabaseSync;

  constructor(database: DatabaseSync) {
    this.#database = database;
  }

  createDriver(): Driver {
    return new ImmediateTransactionDriver({ database: statementsOf(this.#database) });
  }

  createQueryCompiler(): QueryCompiler {
    return new SqliteQueryCompiler();
  }

  createAdapter(): DialectAdapter {
    return new SqliteAdapter();
  }

  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new SqliteIntrospector(db);
  }
}

class ImmediateTransactionDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

function statementsOf(database: DatabaseSync): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => {
      cache.clear();
      database.close();
    },
    prepare(sql) {
      const cached = cache.get(sql);
      if (cached) {
        cache.delete(sql);
        cache.set(sql, cached);
        return cached;
      }
      const statement = kyselyStatementOf(database.prepare(sql));
      cache.set(sql, statement);
      if (cache.size > STATEMENT_CACHE_SIZE) {
        const oldest = cache.keys().next().value;
        if (oldest !== undefined) cache.delete(oldest);
      }
      return statement;
    },
  };
}

function kyselyStatementOf(statement: StatementSync): SqliteStatement {
  return {
    // A statement that yields columns (a select, or a write with `returning`) is read with `all`.
    reader: statement.columns().length > 0,
    all: (parameters) => statement.all(...parameters.map(sqliteValueOf)),
    run: (parameters) => statement.run(...parameters.map(sqliteValueOf)),
    iterate: (parameters) => statement.iterate(...parameters.map(sqliteValueOf)),
  };
}

/**
 * What SQLite can hold: booleans as 1/0 (as better-sqlite3 stores them), dates as ISO 8601 UTC text (the layer's
 * convention on both engines). Anything else pg would bind and SQLite cannot (an object) fails here, named.
 */
function sqliteValueOf(value: unknown): SQLInputValue {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object' && value !== null && !ArrayBuffer.isView(value)) {
    throw new TypeError('SQLite cannot store an object: store JSON text (JSON.stringify) instead.');
  }
  return value as SQLInputValue;
}
