import { Logger } from '@nestjs/common';
import type { INestApplication } from '@nestjs/common';
import type { AppConfig } from './config/env.schema.js';
import { DemoDataLoader } from './database/seeds/demo-data.loader.js';
import { DEMO_STORY_PRESENT } from './database/seeds/demo-reports.js';
import { DemoClockService } from './modules/demo-clock/demo-clock.service.js';

/**
 * After migrations (run by TypeORM on init): the first admin, then the demo data when asked for —
 * or, for `npm start`, whenever the database is still empty. A demo loaded into an empty database
 * with the demo clock on starts on its story's day (20/12/2021), not years after its deadlines.
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
  const empty = await loader.isDatabaseEmpty();
  const wantDemo = config.demoData || (options.demoWhenEmpty && empty);
  if (wantDemo) await loader.load();
  if (wantDemo && empty && config.demoMode) await app.get(DemoClockService).startAt(new Date(DEMO_STORY_PRESENT));
  return { demoLoaded: wantDemo };
}
