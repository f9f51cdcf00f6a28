import { DataSource } from 'typeorm';
import { listRoutes } from '../src/common/routes/route-table.js';
import { AuthService } from '../src/modules/auth/auth.service.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

describe('authentication', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp({ config: { sessionTtlHours: 12 } });
  });
  afterAll(() => sut.close());

  it('signs in with the demo password and sets an httpOnly SameSite session cookie', async () => {
    const response = await sut.http().post('/api/auth/login').send({ login: 'vanphong', password: 'GiaoBan@2021' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ login: 'vanphong', role: 'office', agencyId: null });
    expect(response.body).not.toHaveProperty('passwordHash');
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/^gb_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  it('accepts the login name in any case and with spaces around it', async () => {
    const response = await sut.http().post('/api/auth/login').send({ login: '  SoNgoaiVu ', password: 'GiaoBan@2021' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ login: 'songoaivu', role: 'agency_reporter', agencyName: 'Sở Ngoại vụ' });
  });

  it.each([
    ['a wrong password', { login: 'vanphong', password: 'wrong' }],
    ['an unknown login', { login: 'nobody', password: 'GiaoBan@2021' }],
  ])('refuses %s with 401 INVALID_CREDENTIALS and no cookie', async (_label, body) => {
    const response = await sut.http().post('/api/auth/login').send(body);
    expect(response.status).toBe(401);
    expect(response.body).toEqual({ code: 'INVALID_CREDENTIALS', message: expect.any(String), requestId: response.headers['x-request-id'] });
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it('answers a malformed login with 422 and field details', async () => {
    const response = await sut.http().post('/api/auth/login').send({ login: '', role: 'admin' });
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    const fields = (response.body.details as { field: string }[]).map((d) => d.field).sort();
    expect(fields).toEqual(['login', 'password', 'role']);
  });

  it('answers broken JSON with 400 in the same error shape', async () => {
    const response = await sut.http().post('/api/auth/login').set('content-type', 'application/json').send('{"login":');
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ code: 'MALFORMED_BODY', message: expect.any(String), requestId: response.headers['x-request-id'] });
  });

  it('GET /api/auth/me returns the signed-in user; logout ends the session', async () => {
    const agent = await sut.signIn('congan');
    const me = await agent.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ login: 'congan', role: 'agency_reporter', agencyName: 'Công an tỉnh' });

    const logout = await agent.post('/api/auth/logout');
    expect(logout.status).toBe(204);
    expect(String(logout.headers['set-cookie'])).toMatch(/gb_session=;/);
    expect((await agent.get('/api/auth/me')).status).toBe(401);
  });

  it('a stolen cookie is dead after logout: the session is deleted server-side', async () => {
    const login = await sut.http().post('/api/auth/login').send({ login: 'lanhdao', password: 'GiaoBan@2021' });
    const cookie = String(login.headers['set-cookie']).split(';')[0]!;
    await sut.http().post('/api/auth/logout').set('Cookie', cookie).expect(204);
    const replay = await sut.http().get('/api/auth/me').set('Cookie', cookie);
    expect(replay.status).toBe(401);
  });

  it('a session expires after its time to live (injected clock)', async () => {
    sut.clock.set('2021-12-10T00:00:00Z');
    const agent = await sut.signIn('binhlieu');
    sut.clock.set('2021-12-10T11:59:00Z');
    expect((await agent.get('/api/auth/me')).status).toBe(200);
    sut.clock.set('2021-12-10T12:00:01Z');
    const expired = await agent.get('/api/auth/me');
    expect(expired.status).toBe(401);
    expect(expired.body.code).toBe('UNAUTHENTICATED');
  });

  describe('every non-public route answers 401 without a session', () => {
    it('covers the routes the application itself reports', () => {
      const routes = listRoutes(sut.app);
      const privateRoutes = routes.filter((r) => !r.isPublic);
      // The foundation's read routes must be among them; new routes join automatically.
      expect(privateRoutes.map((r) => `${r.method} ${r.path}`)).toEqual(
        expect.arrayContaining(['GET /api/auth/me', 'GET /api/agencies', 'GET /api/periods/:id/task-groups']),
      );
      expect(routes.filter((r) => r.isPublic).map((r) => `${r.method} ${r.path}`).sort()).toEqual([
        'GET /api/health',
        'GET /api/health/live',
        'GET /api/health/ready',
        // Guarded by METRICS_TOKEN instead of a session (operations.spec).
        'GET /api/metrics',
        'POST /api/auth/login',
        'POST /api/auth/logout',
      ]);
    });

    it.each([
      ['no cookie', undefined],
      ['a forged cookie', 'gb_session=forged-token-forged-token-forged-token-xx'],
    ])('with %s', async (_label, cookie) => {
      const privateRoutes = listRoutes(sut.app).filter((r) => !r.isPublic);
      const results: string[] = [];
      for (const route of privateRoutes) {
        const path = route.path.replace(/:(\w+)/g, '00000000-0000-4000-8000-000000000000');
        const call = sut.http()[route.method.toLowerCase() as 'get'](path);
        const response = await (cookie ? call.set('Cookie', cookie) : call);
        results.push(`${route.method} ${route.path} → ${response.status} ${response.body?.code}`);
      }
      expect(results).toEqual(privateRoutes.map((r) => `${r.method} ${r.path} → 401 UNAUTHENTICATED`));
    });
  });
});

describe('login rate limit', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp({ config: { loginRateLimit: 3 } });
  });
  afterAll(() => sut.close());

  it('answers 429 TOO_MANY_REQUESTS after the allowed attempts in a minute, even with the right password', async () => {
    const attempt = (password: string) => sut.http().post('/api/auth/login').send({ login: 'vanphong', password });
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await attempt('wrong')).status);
    const blocked = await attempt('GiaoBan@2021');
    expect(statuses).toEqual([401, 401, 401]);
    expect(blocked.status).toBe(429);
    expect(blocked.body.code).toBe('TOO_MANY_REQUESTS');
    // Other routes are not throttled.
    expect((await sut.http().get('/api/health')).status).toBe(200);
  });
});

describe('sign-in back-off per account and per address; sessions end when idle', () => {
  let sut: TestApp;
  const attempt = (login: string, password: string) => sut.http().post('/api/auth/login').send({ login, password });
  const later = (minutes: number) => sut.clock.set(new Date(sut.clock.now().getTime() + minutes * 60_000));
  const audited = async (action: string) =>
    (await sut.app.get(DataSource).query(`SELECT count(*)::int AS n FROM audit_events WHERE action = $1`, [action]))[0].n as number;

  beforeAll(async () => {
    sut = await startTestApp({ config: { sessionIdleMinutes: 30 } });
  });
  afterAll(() => sut.close());

  it('an office signing in together is never blocked: successful sign-ins are not counted', async () => {
    // The default flood limit of failures (10 a minute per address) is on here.
    const office = await startTestApp({ config: { loginRateLimit: 10 } });
    try {
      const statuses = [];
      for (let i = 0; i < 15; i += 1) {
        statuses.push((await office.http().post('/api/auth/login').send({ login: i % 2 ? 'vanphong' : 'congan', password: 'GiaoBan@2021' })).status);
      }
      expect(statuses).toEqual(Array(15).fill(200));
      const [signedIn] = await office.app.get(DataSource).query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'auth.signed_in'`);
      expect(signedIn.n).toBe(15);
    } finally {
      await office.close();
    }
  });

  it('five wrong passwords lock the account for a minute (429 with Retry-After), not the others; then it signs in again', async () => {
    later(120);
    const failures = [];
    for (let i = 0; i < 5; i += 1) failures.push((await attempt('songoaivu', `sai-${i}`)).status);
    expect(failures).toEqual([401, 401, 401, 401, 401]);
    const locked = await attempt('songoaivu', 'GiaoBan@2021');
    expect([locked.status, locked.body.code, locked.headers['retry-after']]).toEqual([429, 'TOO_MANY_REQUESTS', '60']);
    expect((await attempt('congan', 'GiaoBan@2021')).status).toBe(200);
    expect(await audited('auth.locked_out')).toBe(1);
    expect(await audited('auth.sign_in_failed')).toBe(5);
    later(1.1);
    expect((await attempt('songoaivu', 'GiaoBan@2021')).status).toBe(200);
    // The success cleared the account's count: one more slip is not a lockout.
    expect((await attempt('songoaivu', 'sai')).status).toBe(401);
    expect((await attempt('songoaivu', 'GiaoBan@2021')).status).toBe(200);
  });

  it('twenty failures from one address over many accounts lock the address, whatever the account', async () => {
    later(120);
    const statuses = [];
    for (let i = 0; i < 20; i += 1) statuses.push((await attempt(`khong-co-${i}`, 'sai')).status);
    expect(statuses).toEqual(Array(20).fill(401));
    const blocked = await attempt('vanphong', 'GiaoBan@2021');
    expect([blocked.status, blocked.body.code]).toEqual([429, 'TOO_MANY_REQUESTS']);
    const [unknown] = await sut.app.get(DataSource).query(
      `SELECT object_id, summary->>'login' AS login FROM audit_events WHERE action = 'auth.sign_in_failed' ORDER BY id DESC LIMIT 1`,
    );
    expect(unknown).toEqual({ object_id: '00000000-0000-0000-0000-000000000000', login: 'khong-co-19' });
    later(2);
    expect((await attempt('vanphong', 'GiaoBan@2021')).status).toBe(200);
  });

  it('a session unused for 30 minutes ends; one in use lives on; signing out is audited', async () => {
    later(120);
    const agent = await sut.signIn('lanhdao');
    later(20);
    expect((await agent.get('/api/auth/me')).status).toBe(200);
    later(25); // 45 minutes after signing in, 25 after the last use
    expect((await agent.get('/api/auth/me')).status).toBe(200);
    later(31);
    expect((await agent.get('/api/auth/me')).status).toBe(401);
    const other = await sut.signIn('lanhdao');
    const before = await audited('auth.signed_out');
    expect((await other.post('/api/auth/logout')).status).toBe(204);
    expect(await audited('auth.signed_out')).toBe(before + 1);
  });

  it('ending a user’s sessions counts the sessions it ended, keeping the one asked to keep', async () => {
    later(1);
    const [first, second, third] = [await sut.signIn('xuctiendautu'), await sut.signIn('xuctiendautu'), await sut.signIn('xuctiendautu')];
    const [{ id: userId }] = await sut.app.get(DataSource).query(`SELECT id FROM users WHERE login = 'xuctiendautu'`);
    const [{ id: keep }] = await sut.app.get(DataSource).query(`SELECT id FROM sessions WHERE user_id = $1 ORDER BY created_at DESC, id LIMIT 1`, [userId]);
    const [{ n: open }] = await sut.app.get(DataSource).query(`SELECT count(*)::int AS n FROM sessions WHERE user_id = $1`, [userId]);
    expect(open).toBeGreaterThanOrEqual(3);
    expect(await sut.app.get(AuthService).endSessionsOf(sut.app.get(DataSource).manager, userId, keep)).toBe(open - 1);
    sut.app.get(AuthService).forgetUser(userId);
    const statuses = [(await first.get('/api/auth/me')).status, (await second.get('/api/auth/me')).status, (await third.get('/api/auth/me')).status];
    expect(statuses.sort()).toEqual([200, 401, 401]);
  });
});
