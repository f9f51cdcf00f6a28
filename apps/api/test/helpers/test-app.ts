import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import pg from 'pg';
import type { DestinationStream } from 'pino';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import { createApp } from '../../src/app.factory.js';
import type { Clock } from '../../src/common/clock/clock.js';
import type { AppConfig } from '../../src/config/env.schema.js';
import { DemoDataLoader } from '../../src/database/seeds/demo-data.loader.js';
import { DEMO_PASSWORD } from '../../src/database/seeds/demo-data.js';

function adminUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set: global setup did not run');
  return url;
}

function urlOf(database: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

async function onServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh database on the run's PostgreSQL (see global-setup.mjs): empty, or a copy of `template`. */
export async function createTestDatabase(template?: string): Promise<string> {
  const name = `gb_test_${process.env.TEST_RUN_ID ?? 'local'}_${randomBytes(6).toString('hex')}`;
  await onServer((client) => client.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`));
  return urlOf(name);
}

/**
 * The demo data is loaded once per run into a template database (migrations, then the loader
 * living through the demo period); every spec file that wants it gets a copy in milliseconds.
 * Jest's workers ask for it at once: the first takes an advisory lock and builds it, the others
 * wait on the lock and then find it built. The lock goes with the session when the client ends.
 */
async function demoTemplate(): Promise<string> {
  const name = `gb_demo_template_${process.env.TEST_RUN_ID ?? 'local'}`;
  return onServer(async (lock) => {
    await lock.query('SELECT pg_advisory_lock(hashtext($1))', [name]);
    const exists = (await lock.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1;
    if (!exists) {
      const building = `${name}_building`;
      await lock.query(`DROP DATABASE IF EXISTS ${building}`);
      await lock.query(`CREATE DATABASE ${building}`);
      const app = await createApp(testConfig(urlOf(building)), { clock: new TestClock() });
      await app.init();
      await app.get(DemoDataLoader).load();
      await app.close();
      await lock.query(`ALTER DATABASE ${building} RENAME TO ${name}`);
    }
    return name;
  });
}

/** A settable clock: tests move time explicitly instead of mocking Date. */
export class TestClock implements Clock {
  constructor(private current = new Date('2021-12-10T03:00:00Z')) {}
  now(): Date {
    return new Date(this.current);
  }
  set(instant: Date | string): void {
    this.current = new Date(instant);
  }
}

export interface TestApp {
  app: NestExpressApplication;
  databaseUrl: string;
  clock: TestClock;
  http: () => ReturnType<typeof request>;
  /** A supertest agent holding the session cookie of a demo user. */
  signIn(login: string, password?: string): Promise<TestAgent>;
  close(): Promise<void>;
}

export function testConfig(databaseUrl: string, overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    nodeEnv: 'test',
    port: 0,
    databaseUrl,
    // Tests move the clock by months; sessions must outlive that unless a test is about expiry.
    sessionTtlHours: 24 * 365 * 10,
    sessionIdleMinutes: 24 * 60 * 365 * 10,
    cookieSecure: false,
    loginRateLimit: 1000,
    webDistDir: null,
    uploadDir: path.join(tmpdir(), 'giao-ban-test-uploads'),
    storage: { driver: 'local' },
    demoData: false,
    demoMode: false,
    admin: null,
    trustProxy: false,
    databaseTimeoutMs: 10_000,
    appUrl: 'http://giaoban.test',
    // No SMTP server: e-mail goes to the outbox unless a test starts a receiver.
    mail: { smtp: null, from: 'Giao Ban <giaoban@giaoban.test>', retryLimit: 2, retryDelaySeconds: 1 },
    // Quiet runs: only errors (LOG_LEVEL=info shows every request's line while a test is studied).
    logLevel: (process.env.LOG_LEVEL as AppConfig['logLevel'] | undefined) ?? 'error',
    metricsToken: null,
    ...overrides,
  };
}

/** The real application on its own fresh database, migrated on init; demo data loaded unless told not to. */
export async function startTestApp(
  options: { demo?: boolean; config?: Partial<AppConfig>; databaseUrl?: string; logDestination?: DestinationStream } = {},
): Promise<TestApp> {
  const demo = options.demo ?? true;
  const databaseUrl = options.databaseUrl ?? (await createTestDatabase(demo ? await demoTemplate() : undefined));
  const clock = new TestClock();
  const app = await createApp(testConfig(databaseUrl, options.config), { clock, logDestination: options.logDestination });
  await app.init();
  const server = app.getHttpServer();
  return {
    app,
    databaseUrl,
    clock,
    http: () => request(server),
    async signIn(login: string, password = DEMO_PASSWORD) {
      const agent = request.agent(server);
      const response = await agent.post('/api/auth/login').send({ login, password });
      if (response.status !== 200) throw new Error(`Sign-in of ${login} failed: ${response.status} ${response.text}`);
      return agent;
    },
    close: () => app.close(),
  };
}
