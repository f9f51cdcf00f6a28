import { Logger } from '@nestjs/common';
import type { INestApplication } from '@nestjs/common';
import type { AppConfig } from './config/env.schema.js';
import { DemoDataLoader } from './database/seeds/demo-data.loader.js';

/**
 * After migrations (run by TypeORM on init): the first admin, then the demo data when asked for —
 * or, for `npm start`, whenever the database is still empty.
 */
export async function prepareData(
  app: INestApplication,
  config: AppConfig,
  options: { demoWhenEmpty: boolean },
): Promise<{ demoLoaded: boolean }> {
  const loader = app.get(DemoDataLoader);
  const logger = new Logger('Startup');
  if (config.admin && (await loader.ensureAdmin(config.admin.login, config.admin.password))) {
    logger.log(`Created administrator "${config.admin.login}"`);
  }
  const wantDemo = config.demoData || (options.demoWhenEmpty && (await loader.isDatabaseEmpty()));
  if (wantDemo) await loader.load();
  return { demoLoaded: wantDemo };
}
