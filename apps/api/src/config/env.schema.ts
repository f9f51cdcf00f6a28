import { z } from 'zod';

/** The scheme of a URL, or null when it is not one (zod runs every check, the failed .url() too). */
function protocolOf(value: string): string | null {
  try {
    return new URL(value).protocol;
  } catch {
    return null;
  }
}

const httpUrl = z
  .string()
  .url()
  .refine((v) => protocolOf(v) === 'http:' || protocolOf(v) === 'https:', 'must start with http:// or https://');

/** Optional, and unset when empty: docker-compose passes `${SMTP_URL:-}` through as "". */
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === '' ? undefined : value), schema.optional());
}

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
  /**
   * Where evidence files are kept: `local` (UPLOAD_DIR, one instance) or `s3`, an S3-compatible bucket
   * (MinIO, AWS S3) that every instance reaches; `s3` needs S3_BUCKET and S3_REGION.
   */
  STORAGE_DRIVER: z.enum(['local', 's3']).default('local'),
  /** The S3 server's address (MinIO: http://minio:9000); unset for AWS S3 itself. */
  S3_ENDPOINT: optional(httpUrl),
  S3_BUCKET: optional(z.string().min(3).max(63)),
  S3_REGION: optional(z.string().min(1).max(40)),
  /** Without a key pair the SDK's own credential chain is used (an instance role on AWS). */
  S3_ACCESS_KEY_ID: optional(z.string().min(1).max(200)),
  S3_SECRET_ACCESS_KEY: optional(z.string().min(1).max(200)),
  /** Buckets addressed as http://host/bucket rather than http://bucket.host: MinIO wants true. */
  S3_FORCE_PATH_STYLE: optional(flag),
  /** Load the demo data (seed document) on start. `npm start` does so when the database is empty. */
  DEMO_DATA: flag.default(false),
  /**
   * Demo mode: the administrator may move the app's clock (GET/PUT /api/demo-clock) to watch
   * deadlines and reminders fall due. `npm start` turns it on unless set to false; production leaves it off.
   */
  DEMO_MODE: optional(flag),
  /** First administrator, created on start when no user with this login exists. */
  ADMIN_LOGIN: z.string().min(3).max(60).optional(),
  ADMIN_PASSWORD: z.string().min(10).max(200).optional(),
  /** Express "trust proxy" setting, so rate limits see the client address behind a proxy. */
  TRUST_PROXY: flag.default(false),
  /** How long a request waits for PostgreSQL (a connection, a statement) before answering 503. */
  DATABASE_TIMEOUT_MS: z.coerce.number().int().min(500).max(600_000).default(10_000),
  /** The address people open the app at; e-mails link to it. Default: http://localhost:PORT. */
  APP_URL: optional(httpUrl),
  /** SMTP server as one URL (smtp://user:pass@host:587, smtps://… for TLS from the start); or SMTP_HOST and the rest. */
  SMTP_URL: optional(
    z
      .string()
      .url()
      .refine((v) => protocolOf(v) === 'smtp:' || protocolOf(v) === 'smtps:', 'must start with smtp:// or smtps://'),
  ),
  SMTP_HOST: optional(z.string().max(253)),
  SMTP_PORT: optional(z.coerce.number().int().min(1).max(65535)),
  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. Default: true on port 465. */
  SMTP_SECURE: optional(flag),
  SMTP_USER: optional(z.string().max(200)),
  SMTP_PASSWORD: optional(z.string().max(200)),
  /** Sender of the e-mails: an address, or "Name <address>". Required with an SMTP server. */
  MAIL_FROM: optional(
    z
      .string()
      .max(300)
      .regex(/^(?:[^<>]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, 'must be an e-mail address or "Name <address>"'),
  ),
  /** How often a failed e-mail is tried again, and the first wait (doubling each time, with jitter). */
  MAIL_RETRY_LIMIT: z.coerce.number().int().min(0).max(20).default(5),
  MAIL_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  /** Lowest level of the JSON log lines on standard output (pino); silent writes none. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Bearer token Prometheus sends to GET /api/metrics; unset, the route answers 404. */
  METRICS_TOKEN: optional(z.string().min(16).max(200).regex(/^[\x21-\x7e]+$/, 'printable ASCII without spaces')),
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
  /** The local driver's folder, and where uploads wait (incoming/) while their type is checked, whatever the driver. */
  uploadDir: string;
  storage: StorageConfig;
  demoData: boolean;
  /** The clock is real time plus an offset the administrator sets (the demo clock). */
  demoMode: boolean;
  admin: { login: string; password: string } | null;
  trustProxy: boolean;
  databaseTimeoutMs: number;
  /** Public address of the app, without a trailing slash: the links in e-mails. */
  appUrl: string;
  mail: MailConfig;
  logLevel: Env['LOG_LEVEL'];
  /** null: GET /api/metrics answers 404. */
  metricsToken: string | null;
}

export type StorageConfig = { driver: 'local' } | S3StorageConfig;

export interface S3StorageConfig {
  driver: 's3';
  bucket: string;
  region: string;
  /** null: AWS S3 itself. */
  endpoint: string | null;
  forcePathStyle: boolean;
  /** null: the SDK's default credential chain. */
  credentials: { accessKeyId: string; secretAccessKey: string } | null;
}

/** Where e-mail goes: an SMTP server, or (none configured, as in the demo) the outbox the administrator reads. */
export interface MailConfig {
  smtp: SmtpSettings | null;
  from: string;
  retryLimit: number;
  retryDelaySeconds: number;
}

export interface SmtpSettings {
  host: string;
  port: number;
  secure: boolean;
  auth: { user: string; pass: string } | null;
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
  const mailProblem = mailConfigProblem(env);
  if (mailProblem) throw new ConfigError(`Invalid configuration:\n  ${mailProblem}`);
  const storageProblem = storageConfigProblem(env);
  if (storageProblem) throw new ConfigError(`Invalid configuration:\n  ${storageProblem}`);
  return env;
}

function mailConfigProblem(env: Env): string | null {
  const smtpVars = (['SMTP_HOST', 'SMTP_PORT', 'SMTP_SECURE', 'SMTP_USER', 'SMTP_PASSWORD'] as const).filter((name) => env[name] !== undefined);
  if (env.SMTP_URL && smtpVars.length) return `SMTP_URL and ${smtpVars.join(', ')}: give the server one way, not both`;
  if (!env.SMTP_HOST && smtpVars.length) return `${smtpVars.join(', ')} need SMTP_HOST`;
  if ((env.SMTP_USER === undefined) !== (env.SMTP_PASSWORD === undefined)) return 'SMTP_USER and SMTP_PASSWORD go together';
  if ((env.SMTP_URL || env.SMTP_HOST) && !env.MAIL_FROM) return 'MAIL_FROM is required with an SMTP server (the sender of the e-mails)';
  return null;
}

function storageConfigProblem(env: Env): string | null {
  const s3Vars = (['S3_ENDPOINT', 'S3_BUCKET', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_FORCE_PATH_STYLE'] as const).filter(
    (name) => env[name] !== undefined,
  );
  if (env.STORAGE_DRIVER !== 's3') {
    return s3Vars.length ? `${s3Vars.join(', ')} need STORAGE_DRIVER=s3 (files are kept in UPLOAD_DIR otherwise)` : null;
  }
  const missing = (['S3_BUCKET', 'S3_REGION'] as const).filter((name) => env[name] === undefined);
  if (missing.length) return `STORAGE_DRIVER=s3 needs ${missing.join(' and ')}`;
  if ((env.S3_ACCESS_KEY_ID === undefined) !== (env.S3_SECRET_ACCESS_KEY === undefined)) return 'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together';
  return null;
}

function storageConfig(env: Env): StorageConfig {
  if (env.STORAGE_DRIVER !== 's3') return { driver: 'local' };
  return {
    driver: 's3',
    bucket: env.S3_BUCKET!,
    region: env.S3_REGION!,
    endpoint: env.S3_ENDPOINT ?? null,
    forcePathStyle: env.S3_FORCE_PATH_STYLE ?? false,
    credentials:
      env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY } : null,
  };
}

/** The SMTP server of SMTP_URL or SMTP_HOST…, or null: e-mail then goes to the outbox. */
function smtpSettings(env: Env): SmtpSettings | null {
  if (env.SMTP_URL) {
    const url = new URL(env.SMTP_URL);
    const secure = url.protocol === 'smtps:';
    return {
      host: url.hostname,
      port: url.port ? Number(url.port) : secure ? 465 : 587,
      secure,
      auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : null,
    };
  }
  if (!env.SMTP_HOST) return null;
  const port = env.SMTP_PORT ?? 587;
  return {
    host: env.SMTP_HOST,
    port,
    secure: env.SMTP_SECURE ?? port === 465,
    auth: env.SMTP_USER && env.SMTP_PASSWORD ? { user: env.SMTP_USER, pass: env.SMTP_PASSWORD } : null,
  };
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
    storage: storageConfig(env),
    demoData: env.DEMO_DATA,
    demoMode: env.DEMO_MODE ?? false,
    admin: env.ADMIN_LOGIN && env.ADMIN_PASSWORD ? { login: env.ADMIN_LOGIN, password: env.ADMIN_PASSWORD } : null,
    trustProxy: env.TRUST_PROXY,
    databaseTimeoutMs: env.DATABASE_TIMEOUT_MS,
    appUrl: (env.APP_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ''),
    mail: {
      smtp: smtpSettings(env),
      from: env.MAIL_FROM ?? 'Giao Ban <giaoban@localhost>',
      retryLimit: env.MAIL_RETRY_LIMIT,
      retryDelaySeconds: env.MAIL_RETRY_DELAY_SECONDS,
    },
    logLevel: env.LOG_LEVEL,
    metricsToken: env.METRICS_TOKEN ?? null,
  };
}
