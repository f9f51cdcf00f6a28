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
