import { GENERAL_SECTION_KEYS, type MyReportRow, type PeriodDashboard, type ReportDetail, type ReviewBoardRow } from '@giao-ban/shared';
import type TestAgent from 'supertest/lib/agent.js';
import { DataSource } from 'typeorm';
import { PasswordHasher } from '../src/modules/auth/password-hasher.js';
import { agencyIdByCode, fillReport, openNewPeriod } from './helpers/workflow.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

/**
 * "Thêm đơn vị vào kỳ báo cáo" on PostgreSQL: a unit created after a period opened gets its
 * report in that period, with every section, and files it like the others; the figures count it.
 * Draft, closed and archived periods refuse; so do ended units, the standing office and units that
 * already report, all or nothing.
 */
describe('adding units to an open period', () => {
  let sut: TestApp;
  let db: DataSource;
  let office: TestAgent;
  let periodId: string;
  let newUnit: string;

  const createUnit = async (name: string, shortName: string): Promise<string> =>
    (await office.post('/api/agencies').send({ name, shortName, kind: 'department', displayOrder: 20 }).expect(201)).body.id;
  const board = async (): Promise<ReviewBoardRow[]> => (await office.get(`/api/periods/${periodId}/reports`).expect(200)).body.items;
  const obligations = async (): Promise<number> =>
    (await db.query(`SELECT count(*)::int AS n FROM agency_reports WHERE period_id = $1`, [periodId]))[0].n;

  beforeAll(async () => {
    sut = await startTestApp();
    db = sut.app.get(DataSource);
    office = await sut.signIn('vanphong');
    ({ periodId } = await openNewPeriod(sut, office, ['SNGV', 'CAT']));
    newUnit = await createUnit('Sở Du lịch', 'SDL');
  });
  afterAll(() => sut.close());

  it('gives a new unit its report in the open period, with a section per task group and the general headings', async () => {
    const before = (await office.get(`/api/periods/${periodId}/dashboard`).expect(200)).body as PeriodDashboard;
    const added = await office.post(`/api/periods/${periodId}/agencies`).send({ agencyIds: [newUnit, newUnit] }).expect(201);
    expect(added.body.agencyIds).toHaveLength(3);
    expect(added.body.agencyIds).toContain(newUnit);
    expect((await office.get(`/api/periods/${periodId}/agencies`).expect(200)).body).toEqual(added.body);

    const row = (await board()).find((r) => r.agencyId === newUnit);
    expect(row).toMatchObject({ agencyName: 'Sở Du lịch', state: 'not_started', submissionStatus: 'missing_not_due', effectiveDueDate: '2022-06-17' });
    const sections: { task: number; general: number }[] = await db.query(
      `SELECT count(*) FILTER (WHERE task_group_id IS NOT NULL)::int AS task, count(*) FILTER (WHERE general_key IS NOT NULL)::int AS general
         FROM report_sections WHERE report_id = $1`,
      [row!.reportId],
    );
    const [{ groups }] = await db.query(`SELECT count(*)::int AS groups FROM task_groups WHERE period_id = $1`, [periodId]);
    const [{ general }] = await db.query(
      `SELECT count(*)::int AS general FROM report_sections s JOIN agency_reports r ON r.id = s.report_id
        WHERE r.period_id = $1 AND r.agency_id = $2 AND s.general_key IS NOT NULL`,
      [periodId, await agencyIdByCode(sut, 'SNGV')],
    );
    expect(sections).toEqual([{ task: groups, general }]);
    expect(groups).toBeGreaterThan(0);
    expect(general).toBe(GENERAL_SECTION_KEYS.length);

    const after = (await office.get(`/api/periods/${periodId}/dashboard`).expect(200)).body as PeriodDashboard;
    expect(after.reporting.expected).toBe(before.reporting.expected + 1);
    expect(after.unitCount).toBe(before.unitCount + 1);

    const audit = await db.query(`SELECT action, agency_id, period_id, summary FROM audit_events WHERE object_id = $1`, [row!.reportId]);
    expect(audit).toEqual([{ action: 'report.added_to_period', agency_id: newUnit, period_id: periodId, summary: { dueDate: '2022-06-17' } }]);
  });

  it('the new unit’s reporter finds the report, files it, and the board counts it on time', async () => {
    await db.query(`INSERT INTO users (login, full_name, role, agency_id, password_hash) VALUES ('sodulich', 'Cán bộ Sở Du lịch', 'agency_reporter', $1, $2)`, [
      newUnit,
      await sut.app.get(PasswordHasher).hash('GiaoBan@2021'),
    ]);
    const reporter = await sut.signIn('sodulich');
    const mine: MyReportRow[] = (await reporter.get('/api/reports/mine').expect(200)).body.items;
    expect(mine.map((r) => [r.agencyName, r.fromPredecessor])).toEqual([['Sở Du lịch', false]]);
    const report: ReportDetail = await fillReport(reporter, mine[0]!.reportId);
    expect(report.permissions.canEdit).toBe(true);
    await reporter.post(`/api/reports/${mine[0]!.reportId}/submit`).expect(200);
    expect((await board()).find((r) => r.agencyId === newUnit)).toMatchObject({ state: 'submitted', submissionStatus: 'on_time', versionNumber: 1 });
  });

  it('refuses, naming each unit and why, and adds none of them', async () => {
    const ended = await createUnit('Ban Dân tộc tỉnh', 'BDT');
    await office.post(`/api/agencies/${ended}/deactivate`).send({}).expect(200);
    const fresh = await createUnit('Sở Văn hóa và Thể thao', 'SVHTT');
    const [{ id: standingOffice }] = await db.query(`SELECT id FROM agencies WHERE is_standing_office`);
    const unknown = '00000000-0000-4000-8000-000000000000';
    const count = await obligations();

    const refused = await office
      .post(`/api/periods/${periodId}/agencies`)
      .send({ agencyIds: [fresh, await agencyIdByCode(sut, 'SNGV'), ended, standingOffice, unknown] })
      .expect(422);
    expect(refused.body.code).toBe('VALIDATION_FAILED');
    expect(refused.body.details).toEqual([
      { field: 'agencyIds.1', constraints: { alreadyObliged: expect.any(String) } },
      { field: 'agencyIds.2', constraints: { endedUnit: expect.any(String) } },
      { field: 'agencyIds.3', constraints: { standingOffice: expect.any(String) } },
      { field: 'agencyIds.4', constraints: { unknownUnit: expect.any(String) } },
    ]);
    expect(await obligations()).toBe(count);
    expect((await office.post(`/api/periods/${periodId}/agencies`).send({ agencyIds: [] }).expect(422)).body.code).toBe('VALIDATION_FAILED');
    expect(await obligations()).toBe(count);
    await office.post(`/api/periods/${periodId}/agencies`).send({ agencyIds: [fresh] }).expect(201);
    expect(await obligations()).toBe(count + 1);
  });

  it('a draft period chooses its units as a list; a closed or archived one takes no new unit', async () => {
    const unit = await createUnit('Sở Giáo dục và Đào tạo', 'SGDĐT');
    const draft = await office
      .post('/api/periods')
      .send({ title: 'Báo cáo tháng 8 năm 2022', kind: 'month', year: 2022, sequence: 8, dueDate: '2022-08-17', requiresHeadApproval: false })
      .expect(201);
    const refusedDraft = await office.post(`/api/periods/${draft.body.id}/agencies`).send({ agencyIds: [unit] }).expect(409);
    expect(refusedDraft.body.code).toBe('PERIOD_NOT_OPEN');
    expect((await office.get(`/api/periods/${draft.body.id}/agencies`).expect(200)).body.agencyIds).toEqual([]);
    // The lifecycle (decidePeriodAction): an empty draft cannot open, and says what it lacks; it cannot be closed or archived.
    const unopened = await office.post(`/api/periods/${draft.body.id}/open`).send({}).expect(422);
    expect(unopened.body.details.map((d: { field: string }) => d.field)).toEqual(['taskGroups', 'agencyIds']);
    for (const step of ['close', 'archive']) {
      expect((await office.post(`/api/periods/${draft.body.id}/${step}`).expect(409)).body.code).toBe('ILLEGAL_TRANSITION');
    }

    await office.post(`/api/periods/${periodId}/close`).expect(200);
    expect((await office.post(`/api/periods/${periodId}/agencies`).send({ agencyIds: [unit] }).expect(409)).body.code).toBe('PERIOD_NOT_OPEN');
    await office.post(`/api/periods/${periodId}/archive`).expect(200);
    expect((await office.post(`/api/periods/${periodId}/agencies`).send({ agencyIds: [unit] }).expect(409)).body.code).toBe('PERIOD_NOT_OPEN');
    expect((await board()).some((r) => r.agencyId === unit)).toBe(false);
  });

  it('is the standing office’s alone', async () => {
    const unit = await createUnit('Sở Nội vụ', 'SNV');
    for (const login of ['quantri', 'lanhdao', 'songoaivu']) {
      const agent = await sut.signIn(login);
      expect((await agent.post(`/api/periods/${periodId}/agencies`).send({ agencyIds: [unit] })).status).toBe(403);
    }
  });
});
