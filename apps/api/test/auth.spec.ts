import { listRoutes } from '../src/common/routes/route-table.js';
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
    expect(response.body).toEqual({ code: 'INVALID_CREDENTIALS', message: expect.any(String) });
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
    expect(response.body).toEqual({ code: 'MALFORMED_BODY', message: expect.any(String) });
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
