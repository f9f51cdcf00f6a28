import { ConfigError, parseEnv, toAppConfig, type Env } from './env.schema.js';

const mailOf = (env: Record<string, string>) => toAppConfig(parseEnv(env), 'postgres://x@localhost/db');

describe('mail configuration (SMTP_*, MAIL_FROM, APP_URL)', () => {
  it.each<[string, Record<string, string>, ReturnType<typeof mailOf>['mail']['smtp']]>([
    ['nothing: the outbox', {}, null],
    ['empty values, as docker compose passes unset ones', { SMTP_URL: '', SMTP_HOST: '', MAIL_FROM: '', APP_URL: '' }, null],
    ['a URL with credentials', { SMTP_URL: 'smtp://gb%40tinh:m%E1%BA%ADt@mail.quangninh.gov.vn:2525', MAIL_FROM: 'giaoban@quangninh.gov.vn' }, {
      host: 'mail.quangninh.gov.vn', port: 2525, secure: false, auth: { user: 'gb@tinh', pass: 'mật' },
    }],
    ['smtps:// is TLS on 465 by default', { SMTP_URL: 'smtps://mail.quangninh.gov.vn', MAIL_FROM: 'Giao Ban <giaoban@quangninh.gov.vn>' }, {
      host: 'mail.quangninh.gov.vn', port: 465, secure: true, auth: null,
    }],
    ['host and parts', { SMTP_HOST: 'mail.local', SMTP_USER: 'u', SMTP_PASSWORD: 'p', MAIL_FROM: 'a@b.vn' }, {
      host: 'mail.local', port: 587, secure: false, auth: { user: 'u', pass: 'p' },
    }],
    ['port 465 is secure unless told', { SMTP_HOST: 'mail.local', SMTP_PORT: '465', MAIL_FROM: 'a@b.vn' }, { host: 'mail.local', port: 465, secure: true, auth: null }],
    ['SMTP_SECURE=false on 465', { SMTP_HOST: 'mail.local', SMTP_PORT: '465', SMTP_SECURE: 'false', MAIL_FROM: 'a@b.vn' }, { host: 'mail.local', port: 465, secure: false, auth: null }],
  ])('%s', (_, env, smtp) => {
    expect(mailOf(env).mail.smtp).toEqual(smtp);
  });

  it.each<[string, Record<string, string>, RegExp]>([
    ['not an SMTP URL', { SMTP_URL: 'http://mail.local', MAIL_FROM: 'a@b.vn' }, /SMTP_URL: must start with smtp:\/\/ or smtps:\/\//],
    ['both ways at once', { SMTP_URL: 'smtp://mail.local', SMTP_HOST: 'mail.local', MAIL_FROM: 'a@b.vn' }, /SMTP_URL and SMTP_HOST/],
    ['parts without a host', { SMTP_PORT: '25' }, /SMTP_PORT need SMTP_HOST/],
    ['a user without a password', { SMTP_HOST: 'mail.local', SMTP_USER: 'u', MAIL_FROM: 'a@b.vn' }, /SMTP_USER and SMTP_PASSWORD go together/],
    ['a server without a sender', { SMTP_HOST: 'mail.local' }, /MAIL_FROM is required/],
    ['a sender that is no address', { SMTP_HOST: 'mail.local', MAIL_FROM: 'Giao Ban' }, /MAIL_FROM: must be an e-mail address/],
    ['a link address that is not http', { APP_URL: 'ftp://giaoban' }, /APP_URL: must start with http/],
    ['retries out of bounds', { MAIL_RETRY_LIMIT: '50' }, /MAIL_RETRY_LIMIT/],
  ])('refuses %s, naming the variable', (_, env, message) => {
    expect(() => parseEnv(env)).toThrow(ConfigError);
    expect(() => parseEnv(env)).toThrow(message);
  });

  it('links go to APP_URL without its trailing slash, else to localhost on PORT; retries have defaults', () => {
    expect(mailOf({ APP_URL: 'https://giaoban.quangninh.gov.vn/' }).appUrl).toBe('https://giaoban.quangninh.gov.vn');
    const config = mailOf({ PORT: '8080' });
    expect(config.appUrl).toBe('http://localhost:8080');
    expect(config.mail).toMatchObject({ retryLimit: 5, retryDelaySeconds: 60 });
    expect(Object.keys(parseEnv({}) satisfies Env)).toContain('MAIL_RETRY_LIMIT');
  });
});

describe('demo mode (DEMO_MODE)', () => {
  const demoModeOf = (env: Record<string, string>) => toAppConfig(parseEnv(env), 'postgres://x@localhost/db').demoMode;

  it('is off unless asked for (docker compose never asks); npm start asks unless DEMO_MODE=false', () => {
    expect([demoModeOf({}), demoModeOf({ DEMO_MODE: '' }), demoModeOf({ DEMO_MODE: 'false' }), demoModeOf({ DEMO_MODE: 'true' }), demoModeOf({ DEMO_MODE: '1' })]).toEqual([
      false,
      false,
      false,
      true,
      true,
    ]);
    expect(() => parseEnv({ DEMO_MODE: 'maybe' })).toThrow(/DEMO_MODE/);
  });
});

describe('file storage (STORAGE_DRIVER, S3_*)', () => {
  const storageOf = (env: Record<string, string>) => toAppConfig(parseEnv(env), 'postgres://x@localhost/db').storage;
  const minio = { STORAGE_DRIVER: 's3', S3_BUCKET: 'giaoban', S3_REGION: 'us-east-1' };

  it.each<[string, Record<string, string>, ReturnType<typeof storageOf>]>([
    ['nothing: the local folder', {}, { driver: 'local' }],
    ['empty values, as docker compose passes unset ones', { STORAGE_DRIVER: 'local', S3_ENDPOINT: '', S3_BUCKET: '' }, { driver: 'local' }],
    ['MinIO with keys, path-style', { ...minio, S3_ENDPOINT: 'http://minio:9000', S3_ACCESS_KEY_ID: 'giaoban', S3_SECRET_ACCESS_KEY: 'a-long-secret', S3_FORCE_PATH_STYLE: 'true' }, {
      driver: 's3', bucket: 'giaoban', region: 'us-east-1', endpoint: 'http://minio:9000', forcePathStyle: true,
      credentials: { accessKeyId: 'giaoban', secretAccessKey: 'a-long-secret' },
    }],
    ['AWS S3 with the instance role: no endpoint, no keys', { ...minio, S3_REGION: 'ap-southeast-1' }, {
      driver: 's3', bucket: 'giaoban', region: 'ap-southeast-1', endpoint: null, forcePathStyle: false, credentials: null,
    }],
  ])('%s', (_, env, storage) => {
    expect(storageOf(env)).toEqual(storage);
  });

  it.each<[string, Record<string, string>, RegExp]>([
    ['an unknown driver', { STORAGE_DRIVER: 'ftp' }, /STORAGE_DRIVER/],
    ['s3 without a bucket', { STORAGE_DRIVER: 's3', S3_REGION: 'us-east-1' }, /STORAGE_DRIVER=s3 needs S3_BUCKET$/m],
    ['s3 without bucket and region', { STORAGE_DRIVER: 's3' }, /STORAGE_DRIVER=s3 needs S3_BUCKET and S3_REGION/],
    ['a key without its secret', { ...minio, S3_ACCESS_KEY_ID: 'giaoban' }, /S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together/],
    ['an endpoint that is not http', { ...minio, S3_ENDPOINT: 'minio:9000' }, /S3_ENDPOINT/],
    ['S3 settings while files stay local', { S3_BUCKET: 'giaoban', S3_ENDPOINT: 'http://minio:9000' }, /S3_ENDPOINT, S3_BUCKET need STORAGE_DRIVER=s3/],
  ])('refuses %s, naming the variable', (_, env, message) => {
    expect(() => parseEnv(env)).toThrow(ConfigError);
    expect(() => parseEnv(env)).toThrow(message);
  });
});

describe('operations (LOG_LEVEL, METRICS_TOKEN)', () => {
  const configOf = (env: Record<string, string>) => toAppConfig(parseEnv(env), 'postgres://x@localhost/db');

  it.each<[string, Record<string, string>, { logLevel: string; metricsToken: string | null }]>([
    ['nothing: info, no metrics', {}, { logLevel: 'info', metricsToken: null }],
    ['an empty token, as docker compose passes an unset one', { METRICS_TOKEN: '' }, { logLevel: 'info', metricsToken: null }],
    ['a level and a token', { LOG_LEVEL: 'warn', METRICS_TOKEN: 'prometheus-scrape-0123' }, { logLevel: 'warn', metricsToken: 'prometheus-scrape-0123' }],
  ])('%s', (_, env, expected) => {
    const { logLevel, metricsToken } = configOf(env);
    expect({ logLevel, metricsToken }).toEqual(expected);
  });

  it.each<[string, Record<string, string>, RegExp]>([
    ['an unknown level', { LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
    ['a token shorter than 16 characters', { METRICS_TOKEN: 'short-token' }, /METRICS_TOKEN/],
    ['a token with a space', { METRICS_TOKEN: 'prometheus scrape 0123' }, /METRICS_TOKEN: printable ASCII without spaces/],
  ])('refuses %s, naming the variable', (_, env, message) => {
    expect(() => parseEnv(env)).toThrow(message);
  });
});
