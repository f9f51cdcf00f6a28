import pg from 'pg';
import type { DataSourceOptions } from 'typeorm';
import { ENTITIES, MIGRATIONS } from './entities.js';

// `date` columns hold calendar dates in Asia/Ho_Chi_Minh: keep them as 'YYYY-MM-DD' strings instead
// of letting pg turn them into midnight in the server's time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);

export function dataSourceOptions(url: string): DataSourceOptions {
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
    extra: { max: 10, application_name: 'giao-ban' },
  };
}
