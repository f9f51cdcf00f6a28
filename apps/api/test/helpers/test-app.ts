import { randomBytes } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import pg from 'pg';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import { createApp } from '../../src/app.factory.js';
import type { Clock } from '../../src/common/clock/clock.js';
import type { AppConfig } from '../../src/config/env.schema.js';
import { DemoDataLoader } from '../../src/database/seeds/demo-data.loader.js';
import { DEMO_PASSWORD } from '../../src/database/seeds/demo-data.js';

/** A fresh, empty database on the run's PostgreSQL (see global-setup.ts). */
export async function createTestDatabase(): Promise<string> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set: global setup did not run');
  const name = `gb_test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
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
    cookieSecure: false,
    loginRateLimit: 1000,
    webDistDir: null,
    demoData: false,
    admin: null,
    trustProxy: false,
    ...overrides,
  };
}

/** The real application on its own fresh database, migrated on init; demo data loaded unless told not to. */
export async function startTestApp(
  options: { demo?: boolean; config?: Partial<AppConfig>; databaseUrl?: string } = {},
): Promise<TestApp> {
  const databaseUrl = options.databaseUrl ?? (await createTestDatabase());
  const clock = new TestClock();
  const app = await createApp(testConfig(databaseUrl, options.config), { clock, logger: ['error'] });
  await app.init();
  if (options.demo ?? true) await app.get(DemoDataLoader).load();
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
