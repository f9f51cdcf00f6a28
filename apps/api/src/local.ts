import 'reflect-metadata';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from './app.factory.js';
import { CLOCK, type Clock } from './common/clock/clock.js';
import { parseEnv, toAppConfig } from './config/env.schema.js';
import { EmbeddedPostgresError, startEmbeddedPostgres, type EmbeddedDatabase } from './database/embedded-postgres.js';
import { DEMO_PASSWORD, DEMO_USERS } from './database/seeds/demo-data.js';
import { prepareData } from './startup.js';

let embedded: EmbeddedDatabase | null = null;

/**
 * `npm start`: the whole app on one URL. Without DATABASE_URL it runs an embedded PostgreSQL whose
 * data lives in .data/postgres (git-ignored), so a second start keeps what was entered. (As root in
 * a folder other users cannot enter, .data/postgres links to a folder the postgres user can reach;
 * a PostgreSQL a killed start left running is stopped first: see database/embedded-postgres.ts.)
 */
async function main(): Promise<void> {
  const env = parseEnv(process.env);
  const here = path.dirname(fileURLToPath(import.meta.url)); // dist/apps/api
  const repoRoot = path.resolve(here, '../../..');
  let databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) {
    console.log(`Starting embedded PostgreSQL on port ${env.EMBEDDED_PG_PORT} (data in .data/postgres)…`);
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(repoRoot, '.data', 'postgres'),
      port: env.EMBEDDED_PG_PORT,
      persistent: true,
      onNotice: (sentence) => console.log(sentence),
    });
    databaseUrl = embedded.url;
  }
  const config = toAppConfig(
    {
      ...env,
      WEB_DIST_DIR: env.WEB_DIST_DIR ?? path.resolve(here, '../web'),
      UPLOAD_DIR: env.UPLOAD_DIR ?? path.join(repoRoot, '.data', 'uploads'),
      // The demo clock: the administrator moves time to see reminders fall due (DEMO_MODE=false turns it off).
      DEMO_MODE: env.DEMO_MODE ?? true,
    },
    databaseUrl,
  );

  const app = await createApp(config);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping Giao Ban${embedded ? ' and its PostgreSQL' : ''}…`);
    await app.close().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  const { demoLoaded } = await prepareData(app, config, { demoWhenEmpty: true });
  await app.listen(config.port);

  const url = `http://localhost:${config.port}`;
  const logins = DEMO_USERS.map((u) => `    ${u.login.padEnd(14)} ${u.role.padEnd(16)} ${u.fullName}`).join('\n');
  console.log(
    [
      '',
      `  Giao Ban is running at ${url}`,
      `  API docs: ${url}/api/docs`,
      demoLoaded ? '  Demo data loaded from the seed document.' : '  Existing data kept.',
      ...(config.demoMode ? [`  Demo clock: the app's time is ${app.get<Clock>(CLOCK).now().toISOString()} (quantri moves it; DEMO_MODE=false turns it off).`] : []),
      '',
      `  Demo logins (password ${DEMO_PASSWORD}):`,
      logins,
      '',
      '  Ctrl-C stops everything.',
      '',
    ].join('\n'),
  );
}

/** One readable sentence; the stack only for errors nobody explained (a bug, not the machine). */
function describeStartError(error: unknown): string {
  if (error instanceof EmbeddedPostgresError) return `Giao Ban could not start: ${error.message}`;
  if (error instanceof Error) return `Giao Ban could not start: ${error.message || error.name}\n${error.stack ?? ''}`;
  return `Giao Ban could not start: ${error === undefined ? 'an unexplained failure (no error was given)' : String(error)}.`;
}

main().catch(async (error: unknown) => {
  console.error(describeStartError(error));
  await embedded?.stop().catch(() => undefined); // never leave PostgreSQL running without its app
  process.exit(1);
});
