import pg from 'pg';
import type { DataSourceOptions } from 'typeorm';
import { ENTITIES, MIGRATIONS } from './entities.js';

// `date` columns hold calendar dates in Asia/Ho_Chi_Minh: keep them as 'YYYY-MM-DD' strings instead
// of letting pg turn them into midnight in the server's time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);

/**
 * How long a request waits for PostgreSQL before it answers 503: to get a connection, for a
 * statement (on the server) and for an answer (on the client, for a server that is frozen or cut
 * off). A transaction left idle is ended by the server after twice that.
 */
export const DEFAULT_DATABASE_TIMEOUT_MS = 10_000;

export function dataSourceOptions(url: string, timeoutMs = DEFAULT_DATABASE_TIMEOUT_MS): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    // The schema changes through migrations only, in every environment (tests included).
    synchronize: false,
    migrationsRun: true,
    extra: {
      max: 10,
      application_name: 'giao-ban',
      connectionTimeoutMillis: timeoutMs,
      statement_timeout: timeoutMs,
      query_timeout: timeoutMs + 1_000,
      idle_in_transaction_session_timeout: 2 * timeoutMs,
    },
  };
}
