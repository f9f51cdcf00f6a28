import 'reflect-metadata';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from './app.factory.js';
import { parseEnv, toAppConfig } from './config/env.schema.js';
import { prepareData } from './startup.js';

/** Production entry (docker compose): a PostgreSQL server is given by DATABASE_URL. */
async function main(): Promise<void> {
  const env = parseEnv(process.env);
  if (!env.DATABASE_URL) throw new Error('DATABASE_URL is required (npm start runs an embedded PostgreSQL instead).');
  const here = path.dirname(fileURLToPath(import.meta.url));
  const config = toAppConfig({ ...env, WEB_DIST_DIR: env.WEB_DIST_DIR ?? path.resolve(here, '../web') }, env.DATABASE_URL);
  const app = await createApp(config);
  await prepareData(app, config, { demoWhenEmpty: false });
  await app.listen(config.port, '0.0.0.0');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
