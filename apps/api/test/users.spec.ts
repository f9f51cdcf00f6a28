import { foldVietnamese, VIETNAMESE_MARKED_LETTERS, type Role, type TemporaryPasswordIssued, type UserAccount } from '@giao-ban/shared';
import supertest from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import { DataSource } from 'typeorm';
import { listRoutes } from '../src/common/routes/route-table.js';
import { demoEmail } from '../src/database/seeds/demo-data.js';
import { agencyIdByCode } from './helpers/workflow.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const NEW_PASSWORD = 'Quảng-Ninh-2025';

describe('user administration', () => {
  let sut: TestApp;
  let admin: TestAgent;
  let db: DataSource;
  let sngv: string;

  beforeAll(async () => {
    sut = await startTestApp();
    db = sut.app.get(DataSource);
    admin = await sut.signIn('quantri');
    sngv = await agencyIdByCode(sut, 'SNGV');
  });
  afterAll(() => sut.close());

  /** An account made by the administrator, with its temporary password. */
  async function createUser(login: string, overrides: Partial<{ fullName: string; role: Role; agencyId: string | null; email: string | null; phone: string | null }> = {}) {
    const response = await admin.post('/api/users').send({
      login,
      fullName: 'Nguyễn Văn Thử',
      email: null,
      phone: null,
      role: 'agency_reporter',
      agencyId: sngv,
      ...overrides,
    });
    if (response.status !== 201) throw new Error(`create ${login}: ${response.status} ${response.text}`);
    return response.body as TemporaryPasswordIssued;
  }

  async function signInAndChoosePassword(login: string, temporaryPassword: string): Promise<TestAgent> {
    const agent = await sut.signIn(login, temporaryPassword);
    await agent.post('/api/profile/password').send({ currentPassword: temporaryPassword, newPassword: NEW_PASSWORD }).expect(204);
    return agent;
  }

  const auditOf = async (userId: string): Promise<string[]> =>
    (await db.query(`SELECT action FROM audit_events WHERE object_type = 'user' AND object_id = $1 AND action LIKE 'user.%' ORDER BY id`, [userId])).map(
      (r: { action: string }) => r.action,
    );

  it('the administrator creates an account; its user signs in with the temporary password and must choose their own first', async () => {
    const { user, temporaryPassword } = await createUser('  NguyenVanThu ', { email: 'thu@songoaivu.quangninh.gov.vn', phone: '0203 3835 123' });
    expect(user).toMatchObject({
      login: 'nguyenvanthu',
      fullName: 'Nguyễn Văn Thử',
      role: 'agency_reporter',
      agencyId: sngv,
      agencyName: 'Sở Ngoại vụ',
      active: true,
      mustChangePassword: true,
      lastSignInAt: null,
      email: 'thu@songoaivu.quangninh.gov.vn',
      phone: '0203 3835 123',
    });
    expect(temporaryPassword).toMatch(/^\S{4}-\S{4}-\S{4}$/);
    const [{ password_hash }] = await db.query(`SELECT password_hash FROM users WHERE id = $1`, [user.id]);
    expect(password_hash).toMatch(/^\$argon2id\$/);

    const agent = request(sut);
    const signIn = await agent.post('/api/auth/login').send({ login: 'nguyenvanthu', password: temporaryPassword });
    expect(signIn.status).toBe(200);
    expect(signIn.body).toMatchObject({ login: 'nguyenvanthu', mustChangePassword: true });

    // Nothing but the session check, sign-out and the change of password until then.
    for (const path of ['/api/periods', '/api/reports/mine', '/api/profile', '/api/agencies']) {
      const refused = await agent.get(path);
      expect([path, refused.status, refused.body.code]).toEqual([path, 403, 'PASSWORD_CHANGE_REQUIRED']);
    }
    expect((await agent.get('/api/auth/me')).body).toMatchObject({ mustChangePassword: true });

    await agent.post('/api/profile/password').send({ currentPassword: temporaryPassword, newPassword: NEW_PASSWORD }).expect(204);
    expect((await agent.get('/api/periods')).status).toBe(200);
    expect((await agent.get('/api/auth/me')).body).toMatchObject({ mustChangePassword: false });
    // The temporary password is spent; the chosen one works.
    expect((await sut.http().post('/api/auth/login').send({ login: 'nguyenvanthu', password: temporaryPassword })).status).toBe(401);
    expect((await sut.http().post('/api/auth/login').send({ login: 'nguyenvanthu', password: NEW_PASSWORD })).status).toBe(200);

    const listed = await admin.get('/api/users').query({ search: 'nguyenvanthu' });
    expect(listed.body.items).toHaveLength(1);
    expect(listed.body.items[0]).toMatchObject({ mustChangePassword: false, lastSignInAt: sut.clock.now().toISOString() });
    expect(await auditOf(user.id)).toEqual(['user.created', 'user.password_changed']);
    const [created] = await db.query(`SELECT summary FROM audit_events WHERE object_id = $1 AND action = 'user.created'`, [user.id]);
    expect(JSON.stringify(created.summary)).not.toContain(temporaryPassword);
  });

  it('a login is unique whatever its case, and malformed fields are 422 with field details', async () => {
    await createUser('trungten');
    const again = await admin.post('/api/users').send({ login: 'TrungTen', fullName: 'Trùng Tên', role: 'office', agencyId: null });
    expect(again.status).toBe(422);
    expect(again.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'login', constraints: { unique: expect.any(String) } }] });

    const malformed = await admin
      .post('/api/users')
      .send({ login: 'quản trị', fullName: '', email: 'not-an-email', phone: 'call me', role: 'boss', agencyId: 'SNGV', password: 'x' });
    expect(malformed.status).toBe(422);
    expect(malformed.body.code).toBe('VALIDATION_FAILED');
    const fields = (malformed.body.details as { field: string }[]).map((d) => d.field).sort();
    expect(fields).toEqual(['agencyId', 'email', 'fullName', 'login', 'password', 'phone', 'role']);

    const badEdit = await admin.patch(`/api/users/${(await createUser('suasai')).user.id}`).send({ fullName: null, role: 'boss', login: 'doiten' });
    expect(badEdit.status).toBe(422);
    expect((badEdit.body.details as { field: string }[]).map((d) => d.field).sort()).toEqual(['fullName', 'login', 'role']);
  });

  it.each([
    ['an agency role without its unit', { role: 'agency_reporter', agencyId: null }, 'requiredForRole'],
    ['a committee-wide role with a unit', { role: 'leader', agencyId: 'SNGV' }, 'emptyForRole'],
    ['the standing office as a reporting unit', { role: 'agency_head', agencyId: 'BTG' }, 'memberUnit'],
    ['a unit that does not exist', { role: 'agency_head', agencyId: '00000000-0000-4000-8000-000000000000' }, 'exists'],
  ])('refuses %s (422 on agencyId)', async (_label, body, rule) => {
    const codes: Record<string, string> = { SNGV: sngv, BTG: (await db.query(`SELECT id FROM agencies WHERE is_standing_office`))[0].id };
    const agencyId = body.agencyId && codes[body.agencyId] ? codes[body.agencyId] : body.agencyId;
    const response = await admin.post('/api/users').send({ login: `donvi${rule.toLowerCase()}`, fullName: 'Cán bộ thử', role: body.role, agencyId });
    expect(response.status).toBe(422);
    expect(response.body.details).toEqual([{ field: 'agencyId', constraints: { [rule]: expect.any(String) } }]);
  });

  it('an edit changes name, contact, role and unit; a committee-wide role leaves the unit; it is audited field by field', async () => {
    const { user } = await createUser('doivaitro');
    const edited = await admin.patch(`/api/users/${user.id}`).send({ fullName: 'Đỗ Văn Đổi', email: 'doi@quangninh.gov.vn', role: 'office' });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ fullName: 'Đỗ Văn Đổi', email: 'doi@quangninh.gov.vn', role: 'office', agencyId: null, agencyName: null });
    const [event] = await db.query(`SELECT summary FROM audit_events WHERE object_id = $1 AND action = 'user.updated'`, [user.id]);
    expect(event.summary.changes).toEqual({
      fullName: { from: 'Nguyễn Văn Thử', to: 'Đỗ Văn Đổi' },
      email: { from: null, to: 'doi@quangninh.gov.vn' },
      role: { from: 'agency_reporter', to: 'office' },
      agencyId: { from: sngv, to: null },
    });
    const back = await admin.patch(`/api/users/${user.id}`).send({ role: 'agency_head', agencyId: await agencyIdByCode(sut, 'CAT') });
    expect(back.body).toMatchObject({ role: 'agency_head', agencyName: 'Công an tỉnh' });
    expect((await admin.patch(`/api/users/00000000-0000-4000-8000-000000000000`).send({ fullName: 'Không có' })).status).toBe(404);
  });

  it('a new role applies to the person’s open session at once, not after the session cache’s 5 s', async () => {
    const { user, temporaryPassword } = await createUser('vanphongmoi', { role: 'office', agencyId: null });
    const agent = await signInAndChoosePassword('vanphongmoi', temporaryPassword);
    expect((await agent.get('/api/auth/me')).body.role).toBe('office');
    await admin.patch(`/api/users/${user.id}`).send({ role: 'leader' }).expect(200);
    // The test clock stands still: without the explicit invalidation the cached office role would stay.
    expect((await agent.get('/api/auth/me')).body.role).toBe('leader');
    expect((await agent.post('/api/periods').send({})).status).toBe(403);
  });

  it('a deactivated user cannot sign in (the answer of a wrong password) and their open session ends at once', async () => {
    const { user, temporaryPassword } = await createUser('nghiviec');
    const agent = await signInAndChoosePassword('nghiviec', temporaryPassword);
    const second = await sut.signIn('nghiviec', NEW_PASSWORD);
    expect((await agent.get('/api/auth/me')).status).toBe(200); // resolved and cached

    const deactivated = await admin.post(`/api/users/${user.id}/deactivate`);
    expect(deactivated.status).toBe(200);
    expect(deactivated.body.active).toBe(false);

    for (const open of [agent, second]) {
      const gone = await open.get('/api/auth/me');
      expect([gone.status, gone.body.code]).toEqual([401, 'UNAUTHENTICATED']);
    }
    expect(await db.query(`SELECT id FROM sessions WHERE user_id = $1`, [user.id])).toEqual([]);
    const refused = await sut.http().post('/api/auth/login').send({ login: 'nghiviec', password: NEW_PASSWORD });
    const wrong = await sut.http().post('/api/auth/login').send({ login: 'vanphong', password: 'not the password' });
    // Each answer carries its own request id; nothing else may tell a deactivated account from a wrong password.
    const withoutRequestId = (body: { requestId?: string }) => {
      const { requestId, ...answer } = body;
      expect(requestId).toMatch(/\S/);
      return answer;
    };
    expect([refused.status, withoutRequestId(refused.body)]).toEqual([wrong.status, withoutRequestId(wrong.body)]);
    expect(refused.status).toBe(401);

    // Idempotent, and undone by activation; the account was never deleted.
    expect((await admin.post(`/api/users/${user.id}/deactivate`)).status).toBe(200);
    const activated = await admin.post(`/api/users/${user.id}/activate`);
    expect(activated.body.active).toBe(true);
    expect((await sut.http().post('/api/auth/login').send({ login: 'nghiviec', password: NEW_PASSWORD })).status).toBe(200);
    expect(await auditOf(user.id)).toEqual(['user.created', 'user.password_changed', 'user.deactivated', 'user.activated']);
  });

  it('the administrator cannot lock themselves out: no self-deactivation, no change of their own role', async () => {
    const me = (await admin.get('/api/auth/me')).body;
    const deactivate = await admin.post(`/api/users/${me.id}/deactivate`);
    expect([deactivate.status, deactivate.body.code]).toEqual([409, 'OWN_ACCOUNT_LOCKOUT']);
    const demote = await admin.patch(`/api/users/${me.id}`).send({ role: 'office' });
    expect([demote.status, demote.body.code]).toEqual([409, 'OWN_ACCOUNT_LOCKOUT']);
    expect((await admin.get('/api/auth/me')).body).toMatchObject({ role: 'admin' });
    // Their own name and contact details they may edit.
    expect((await admin.patch(`/api/users/${me.id}`).send({ phone: '0203 3600 000' })).status).toBe(200);
  });

  it('a password reset ends every session of the user and forces a new password before anything else', async () => {
    const { user, temporaryPassword } = await createUser('quenmatkhau');
    const first = await signInAndChoosePassword('quenmatkhau', temporaryPassword);
    const second = await sut.signIn('quenmatkhau', NEW_PASSWORD);
    expect((await first.get('/api/periods')).status).toBe(200);

    const reset = await admin.post(`/api/users/${user.id}/reset-password`);
    expect(reset.status).toBe(200);
    const issued = reset.body as TemporaryPasswordIssued;
    expect(issued.user.mustChangePassword).toBe(true);
    expect(issued.temporaryPassword).not.toBe(temporaryPassword);
    for (const open of [first, second]) expect((await open.get('/api/auth/me')).status).toBe(401);
    expect((await sut.http().post('/api/auth/login').send({ login: 'quenmatkhau', password: NEW_PASSWORD })).status).toBe(401);

    const agent = await sut.signIn('quenmatkhau', issued.temporaryPassword);
    const blocked = await agent.get('/api/periods');
    expect([blocked.status, blocked.body.code]).toEqual([403, 'PASSWORD_CHANGE_REQUIRED']);
    // The temporary password cannot be kept as the chosen one.
    const same = await agent.post('/api/profile/password').send({ currentPassword: issued.temporaryPassword, newPassword: issued.temporaryPassword });
    expect(same.status).toBe(422);
    expect(same.body.details).toEqual([{ field: 'newPassword', constraints: { differentFromCurrent: expect.any(String) } }]);
    await agent.post('/api/profile/password').send({ currentPassword: issued.temporaryPassword, newPassword: 'Hạ-Long-Bay-2026' }).expect(204);
    expect((await agent.get('/api/periods')).status).toBe(200);
    expect(await auditOf(user.id)).toEqual(['user.created', 'user.password_changed', 'user.password_reset', 'user.password_changed']);
  });

  it('lists accounts paged, searched without accents, filtered by role, unit and state', async () => {
    await createUser('nguyentimkiem', { fullName: 'Nguyễn Thị Tìm Kiếm', email: 'tim.kiem@binhlieu.quangninh.gov.vn', agencyId: await agencyIdByCode(sut, 'BINHLIEU') });
    const byName = await admin.get('/api/users').query({ search: 'nguyen thi tim' });
    expect(byName.body.items.map((u: UserAccount) => u.login)).toEqual(['nguyentimkiem']);
    expect((await admin.get('/api/users').query({ search: 'TÌM KIẾM' })).body.items.map((u: UserAccount) => u.login)).toEqual(['nguyentimkiem']);
    expect((await admin.get('/api/users').query({ search: 'binhlieu.quangninh' })).body.total).toBe(1);
    expect((await admin.get('/api/users').query({ search: '100%_' })).body.total).toBe(0);

    const all = await admin.get('/api/users').query({ pageSize: 100 });
    const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM users`);
    expect(all.body).toMatchObject({ total: count, page: 1, pageSize: 100 });
    expect(all.body.items[0]).not.toHaveProperty('passwordHash');
    expect(JSON.stringify(all.body)).not.toMatch(/argon2/);

    const paged = await admin.get('/api/users').query({ page: 2, pageSize: 3 });
    expect(paged.body).toMatchObject({ total: count, page: 2, pageSize: 3 });
    expect(paged.body.items.map((u: UserAccount) => u.id)).toEqual(all.body.items.slice(3, 6).map((u: UserAccount) => u.id));

    const leaders = await admin.get('/api/users').query({ role: 'leader' });
    expect(leaders.body.items.every((u: UserAccount) => u.role === 'leader')).toBe(true);
    const ofUnit = await admin.get('/api/users').query({ agencyId: sngv });
    expect(ofUnit.body.items.length).toBeGreaterThan(0);
    expect(ofUnit.body.items.every((u: UserAccount) => u.agencyId === sngv)).toBe(true);
    const { user } = await createUser('tamnghi');
    await admin.post(`/api/users/${user.id}/deactivate`).expect(200);
    const inactive = await admin.get('/api/users').query({ active: 'false' });
    expect(inactive.body.items.map((u: UserAccount) => u.login)).toContain('tamnghi');
    expect(inactive.body.items.every((u: UserAccount) => !u.active)).toBe(true);
    expect((await admin.get('/api/users').query({ active: 'true' })).body.items.every((u: UserAccount) => u.active)).toBe(true);
    // Inactive accounts come last.
    const states = (await admin.get('/api/users').query({ pageSize: 100 })).body.items.map((u: UserAccount) => u.active);
    expect(states).toContain(false);
    expect(states.slice(states.indexOf(false))).not.toContain(true);

    const bad = await admin.get('/api/users').query({ role: 'boss', active: 'maybe', agencyId: 'x', pageSize: 1000 });
    expect(bad.status).toBe(422);
    expect((bad.body.details as { field: string }[]).map((d) => d.field).sort()).toEqual(['active', 'agencyId', 'pageSize', 'role']);
  });

  it('every /api/users route refuses every role but the administrator (403)', async () => {
    const routes = listRoutes(sut.app).filter((r) => r.path.startsWith('/api/users'));
    expect(routes.map((r) => `${r.method} ${r.path}`).sort()).toEqual([
      'GET /api/users',
      'PATCH /api/users/:id',
      'POST /api/users',
      'POST /api/users/:id/activate',
      'POST /api/users/:id/deactivate',
      'POST /api/users/:id/reset-password',
    ]);
    const { user } = await createUser('muctieu');
    const refusals: string[] = [];
    for (const login of ['vanphong', 'lanhdao', 'songoaivu']) {
      const agent = await sut.signIn(login);
      for (const route of routes) {
        const response = await agent[route.method.toLowerCase() as 'get'](route.path.replace(':id', user.id)).send(
          route.method === 'GET' ? undefined : { login: 'chiemquyen', fullName: 'Chiếm Quyền', role: 'admin', agencyId: null },
        );
        refusals.push(`${login} ${route.method} ${route.path} → ${response.status} ${response.body.code}`);
      }
    }
    expect(refusals.filter((line) => !line.endsWith('→ 403 FORBIDDEN'))).toEqual([]);
    expect(await auditOf(user.id)).toEqual(['user.created']);
    expect(await db.query(`SELECT 1 FROM users WHERE login = 'chiemquyen'`)).toEqual([]);
  });
});

describe('profile', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp();
  });
  afterAll(() => sut.close());

  it('every signed-in user reads their own account and keeps their contact details up to date', async () => {
    const agent = await sut.signIn('congan');
    const profile = await agent.get('/api/profile');
    expect(profile.status).toBe(200);
    expect(profile.body).toMatchObject({ login: 'congan', role: 'agency_reporter', agencyName: 'Công an tỉnh', email: demoEmail('congan'), phone: null });
    expect(profile.body.lastSignInAt).toBe(sut.clock.now().toISOString());

    const updated = await agent.patch('/api/profile').send({ email: ' vanthu@congan.quangninh.gov.vn ', phone: '+84 203 3825 111' });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ email: 'vanthu@congan.quangninh.gov.vn', phone: '+84 203 3825 111' });
    expect((await agent.patch('/api/profile').send({ email: '' })).body.email).toBeNull();

    // Name, role and unit are the administrator's to change.
    const grab = await agent.patch('/api/profile').send({ role: 'admin', fullName: 'Tự đổi tên' });
    expect(grab.status).toBe(422);
    expect((grab.body.details as { field: string }[]).map((d) => d.field).sort()).toEqual(['fullName', 'role']);
    const invalid = await agent.patch('/api/profile').send({ email: 'no-at-sign', phone: '12' });
    expect((invalid.body.details as { field: string }[]).map((d) => d.field).sort()).toEqual(['email', 'phone']);
  });

  it('changing the password checks the current one and the rule, and ends the user’s other sessions', async () => {
    const here = await sut.signIn('binhlieu');
    const elsewhere = await sut.signIn('binhlieu');

    const wrongCurrent = await here.post('/api/profile/password').send({ currentPassword: 'not-it', newPassword: NEW_PASSWORD });
    expect(wrongCurrent.status).toBe(422);
    expect(wrongCurrent.body.details).toEqual([{ field: 'currentPassword', constraints: { matches: expect.any(String) } }]);

    const weak = await here.post('/api/profile/password').send({ currentPassword: 'GiaoBan@2021', newPassword: 'binhlieu1' });
    expect(weak.status).toBe(422);
    expect(weak.body.details).toEqual([
      { field: 'newPassword', constraints: { tooShort: expect.any(String), tooFewKinds: expect.any(String), containsLogin: expect.any(String) } },
    ]);
    expect((await here.post('/api/profile/password').send({ currentPassword: 'GiaoBan@2021' })).status).toBe(422);

    await here.post('/api/profile/password').send({ currentPassword: 'GiaoBan@2021', newPassword: NEW_PASSWORD }).expect(204);
    expect((await here.get('/api/profile')).status).toBe(200);
    expect((await elsewhere.get('/api/profile')).status).toBe(401);
    expect((await sut.http().post('/api/auth/login').send({ login: 'binhlieu', password: 'GiaoBan@2021' })).status).toBe(401);
    expect((await sut.http().post('/api/auth/login').send({ login: 'binhlieu', password: NEW_PASSWORD })).status).toBe(200);
    const [event] = await sut.app
      .get(DataSource)
      .query(`SELECT e.action, e.actor_id = u.id AS by_self FROM audit_events e JOIN users u ON u.id = e.object_id WHERE u.login = 'binhlieu' AND e.object_type = 'user' AND e.action LIKE 'user.%'`);
    expect(event).toEqual({ action: 'user.password_changed', by_self: true });
  });

  it('the database folds Vietnamese letters exactly as foldVietnamese does (the user search relies on it)', async () => {
    const text = `${VIETNAMESE_MARKED_LETTERS} Nguyễn Văn ĐỨC`;
    const [{ folded }] = await sut.app.get(DataSource).query(`SELECT fold_vietnamese($1) AS folded`, [text]);
    expect(folded).toBe(foldVietnamese(text));
  });
});

/** A bare agent that keeps its cookie (sut.signIn insists on a plain 200 sign-in). */
function request(sut: TestApp): TestAgent {
  return supertest.agent(sut.app.getHttpServer());
}
