import { z } from 'zod';

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/**
 * Every environment variable the API reads. docker-compose.yml is checked against these names
 * by a test, so a renamed variable cannot silently stop reaching the container.
 */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** postgres://user:pass@host:port/db — when unset, `npm start` runs an embedded PostgreSQL. */
  DATABASE_URL: z.string().url().optional(),
  /** Port of the embedded PostgreSQL used by `npm start` when DATABASE_URL is unset. */
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  SESSION_TTL_HOURS: z.coerce.number().positive().max(24 * 30).default(12),
  /** A session unused this long ends before its lifetime is over. */
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).max(24 * 60 * 30).default(120),
  /** Set true when served over HTTPS so the session cookie is marked Secure. */
  COOKIE_SECURE: flag.default(false),
  /** Login attempts allowed per client address per minute. */
  LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
  /** Folder of the built web app; served at `/` when it exists. */
  WEB_DIST_DIR: z.string().optional(),
  /** Folder of uploaded evidence files (created when missing). Default: .data/uploads of the checkout. */
  UPLOAD_DIR: z.string().optional(),
  /** Load the demo data (seed document) on start. `npm start` does so when the database is empty. */
  DEMO_DATA: flag.default(false),
  /** First administrator, created on start when no user with this login exists. */
  ADMIN_LOGIN: z.string().min(3).max(60).optional(),
  ADMIN_PASSWORD: z.string().min(10).max(200).optional(),
  /** Express "trust proxy" setting, so rate limits see the client address behind a proxy. */
  TRUST_PROXY: flag.default(false),
  /** How long a request waits for PostgreSQL (a connection, a statement) before answering 503. */
  DATABASE_TIMEOUT_MS: z.coerce.number().int().min(500).max(600_000).default(10_000),
});

export type Env = z.infer<typeof envSchema>;

export const ENV_NAMES = Object.keys(envSchema.shape) as (keyof Env)[];

export interface AppConfig {
  nodeEnv: Env['NODE_ENV'];
  port: number;
  databaseUrl: string;
  sessionTtlHours: number;
  sessionIdleMinutes: number;
  cookieSecure: boolean;
  loginRateLimit: number;
  webDistDir: string | null;
  uploadDir: string;
  demoData: boolean;
  admin: { login: string; password: string } | null;
  trustProxy: boolean;
  databaseTimeoutMs: number;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

export class ConfigError extends Error {}

/** Validates the environment once, at boot; the result is injected, so tests replace it freely. */
export function parseEnv(source: NodeJS.ProcessEnv): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const env = result.data;
  if ((env.ADMIN_LOGIN === undefined) !== (env.ADMIN_PASSWORD === undefined)) {
    throw new ConfigError('Invalid configuration:\n  ADMIN_LOGIN and ADMIN_PASSWORD go together');
  }
  return env;
}

export function toAppConfig(env: Env, databaseUrl: string): AppConfig {
  return {
    nodeEnv: env.NODE_ENV,
    port: env.PORT,
    databaseUrl,
    sessionTtlHours: env.SESSION_TTL_HOURS,
    sessionIdleMinutes: env.SESSION_IDLE_MINUTES,
    cookieSecure: env.COOKIE_SECURE,
    loginRateLimit: env.LOGIN_RATE_LIMIT,
    webDistDir: env.WEB_DIST_DIR ?? null,
    uploadDir: env.UPLOAD_DIR ?? '.data/uploads',
    demoData: env.DEMO_DATA,
    admin: env.ADMIN_LOGIN && env.ADMIN_PASSWORD ? { login: env.ADMIN_LOGIN, password: env.ADMIN_PASSWORD } : null,
    trustProxy: env.TRUST_PROXY,
    databaseTimeoutMs: env.DATABASE_TIMEOUT_MS,
  };
}
