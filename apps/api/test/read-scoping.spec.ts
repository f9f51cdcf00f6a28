import type { Role } from '@giao-ban/shared';
import { DataSource } from 'typeorm';
import { PasswordHasher } from '../src/modules/auth/password-hasher.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

/** Read routes of the foundation, for each of the five roles, on own and other units' objects. */
describe('read routes are scoped by role', () => {
  let sut: TestApp;
  const ids = { ownAgency: '', otherAgency: '', openPeriod: '', draftPeriod: '' };
  const loginOf: Record<Role, string> = {
    agency_reporter: 'songoaivu',
    agency_head: 'giamdocsongoaivu',
    office: 'vanphong',
    leader: 'lanhdao',
    admin: 'quantri',
  };

  beforeAll(async () => {
    sut = await startTestApp();
    const db = sut.app.get(DataSource);
    const [own] = await db.query(`SELECT id FROM agencies WHERE code = 'SNGV'`);
    const [other] = await db.query(`SELECT id FROM agencies WHERE code = 'CAT'`);
    ids.ownAgency = own.id;
    ids.otherAgency = other.id;
    const hash = await sut.app.get(PasswordHasher).hash('GiaoBan@2021');
    await db.query(
      `INSERT INTO users (login, full_name, role, agency_id, password_hash) VALUES ($1, 'Giám đốc Sở Ngoại vụ', 'agency_head', $2, $3)`,
      [loginOf.agency_head, own.id, hash],
    );
    const [open] = await db.query(`SELECT id FROM reporting_periods WHERE state = 'open'`);
    ids.openPeriod = open.id;
    const [draft] = await db.query(
      `INSERT INTO reporting_periods (title, kind, year, sequence, cut_off_from, cut_off_to, due_date, state)
       VALUES ('Báo cáo 6 tháng đầu năm 2022', 'half_year', 2022, 1, '2021-12-15', '2022-06-14', '2022-06-17', 'draft')
       RETURNING id`,
    );
    ids.draftPeriod = draft.id;
  });
  afterAll(() => sut.close());

  const ALL_ROLES: Role[] = ['agency_reporter', 'agency_head', 'office', 'leader', 'admin'];
  const AGENCY: Role[] = ['agency_reporter', 'agency_head'];

  type Case = [string, (i: typeof ids) => string, (role: Role) => number];
  const cases: Case[] = [
    ['own unit', (i) => `/api/agencies/${i.ownAgency}`, () => 200],
    ['another unit', (i) => `/api/agencies/${i.otherAgency}`, (r) => (AGENCY.includes(r) ? 404 : 200)],
    ['an open period', (i) => `/api/periods/${i.openPeriod}`, () => 200],
    ['its task groups', (i) => `/api/periods/${i.openPeriod}/task-groups`, () => 200],
    ['a draft period', (i) => `/api/periods/${i.draftPeriod}`, (r) => (AGENCY.includes(r) ? 404 : 200)],
    ['a draft period’s task groups', (i) => `/api/periods/${i.draftPeriod}/task-groups`, (r) => (AGENCY.includes(r) ? 404 : 200)],
  ];

  it.each(ALL_ROLES)('%s gets exactly the expected answers', async (role) => {
    const agent = await sut.signIn(loginOf[role]);
    const got: string[] = [];
    const expected: string[] = [];
    for (const [label, url, status] of cases) {
      got.push(`${label}: ${(await agent.get(url(ids))).status}`);
      expected.push(`${label}: ${status(role)}`);
    }
    expect(got).toEqual(expected);
  });

  it.each(ALL_ROLES)('%s lists only the units it may see', async (role) => {
    const agent = await sut.signIn(loginOf[role]);
    const response = await agent.get('/api/agencies?pageSize=100');
    expect(response.status).toBe(200);
    const names = (response.body.items as { name: string }[]).map((a) => a.name);
    if (AGENCY.includes(role)) {
      expect(names).toEqual(['Sở Ngoại vụ']);
      expect(response.body.total).toBe(1);
    } else {
      expect(names).toHaveLength(9);
      expect(names[0]).toBe('Sở Ngoại vụ');
    }
  });

  it.each(ALL_ROLES)('%s lists periods without the drafts unless it is committee-wide', async (role) => {
    const agent = await sut.signIn(loginOf[role]);
    const response = await agent.get('/api/periods');
    const titles = (response.body.items as { title: string }[]).map((p) => p.title);
    expect(titles).toEqual(
      AGENCY.includes(role)
        ? ['Báo cáo 6 tháng cuối năm 2021']
        : ['Báo cáo 6 tháng đầu năm 2022', 'Báo cáo 6 tháng cuối năm 2021'],
    );
  });

  it('task groups come in the seed’s order with their indicators', async () => {
    const agent = await sut.signIn('vanphong');
    const response = await agent.get(`/api/periods/${ids.openPeriod}/task-groups`);
    expect(response.body.items.map((g: { ordinal: number }) => g.ordinal)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(response.body.items[6].indicators.map((i: { unit: string }) => i.unit)).toEqual(['lớp', 'lượt người']);
    expect(response.body.items[5].indicators[0]).toMatchObject({ unit: 'tin/bài', target: 96, aggregation: 'sum' });
  });

  it('paginates and validates the page query', async () => {
    const agent = await sut.signIn('vanphong');
    const page2 = await agent.get('/api/agencies?page=2&pageSize=4');
    expect(page2.body).toMatchObject({ total: 9, page: 2, pageSize: 4 });
    expect(page2.body.items.map((a: { name: string }) => a.name)).toEqual([
      'Liên đoàn Lao động tỉnh',
      'Công an tỉnh',
      'Huyện Bình Liêu',
      'Ban Quản lý Khu kinh tế tỉnh',
    ]);
    const bad = await agent.get('/api/agencies?pageSize=1000&page=0');
    expect(bad.status).toBe(422);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['page', 'pageSize']);
  });

  it('a malformed id is a 400 in the error shape, not a database error', async () => {
    const agent = await sut.signIn('vanphong');
    const response = await agent.get('/api/periods/not-a-uuid');
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('BAD_REQUEST');
  });
});
