import type { DashboardUnitRow, Page, PeriodDashboard, ReportDetail } from '@giao-ban/shared';
import { DataSource } from 'typeorm';
import type TestAgent from 'supertest/lib/agent.js';
import { demoPeriodId, openNewPeriod } from './helpers/workflow.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

/**
 * A constructed scenario, counted by hand (due date Friday 17/06/2022):
 * - Sở Ngoại vụ: group (2) not applicable; (7) in progress, (8) not started, the rest done; on time 15/06.
 * - Công an tỉnh: extension to 20/06; everything done; submitted 19/06 — on time thanks to the extension.
 * - Huyện Bình Liêu: (5) in progress, the rest done; submitted 18/06 (1 day late); (5) returned, done,
 *   resubmitted 21/06 — the headline stays "late" and (5) counts as done late.
 * - Liên đoàn Lao động: never submits (its draft figures must not count).
 */
describe('period dashboard', () => {
  let sut: TestApp;
  let periodId: string;
  let office: TestAgent;

  type Plan = Record<number, 'done' | 'in_progress' | 'not_started'>;
  async function fill(agent: TestAgent, reportId: string, plan: Plan, training: [number, number]) {
    const report: ReportDetail = (await agent.get(`/api/reports/${reportId}`)).body;
    for (const s of report.sections.filter((x) => x.taskGroup && x.applicable)) {
      const ordinal = s.taskGroup!.ordinal;
      const response = await agent.put(`/api/reports/${reportId}/sections/${s.id}`).send({
        version: s.version,
        text: `Kết quả nhóm ${ordinal}`,
        status: plan[ordinal] ?? 'done',
        indicatorValues: ordinal === 7 ? s.indicatorValues.map((v, i) => ({ indicatorId: v.indicatorId, value: training[i] })) : [],
      });
      expect(response.status).toBe(200);
    }
    return report;
  }
  const at = (local: string) => sut.clock.set(`${local}+07:00`);
  const dashboard = async (agent: TestAgent = office): Promise<PeriodDashboard> => {
    const response = await agent.get(`/api/periods/${periodId}/dashboard`);
    expect(response.status).toBe(200);
    return response.body;
  };
  const units = async (query = '', agent: TestAgent = office): Promise<Page<DashboardUnitRow>> => {
    const response = await agent.get(`/api/periods/${periodId}/dashboard/units${query}`);
    expect(response.status).toBe(200);
    return response.body;
  };
  const group = (d: PeriodDashboard, ordinal: number) => {
    const { doneOnTime, doneLate, inProgressWithinDeadline, overdue, notApplicable, completionRate } = d.taskGroups.find((g) => g.ordinal === ordinal)!;
    return { doneOnTime, doneLate, inProgressWithinDeadline, overdue, notApplicable, completionRate };
  };

  beforeAll(async () => {
    sut = await startTestApp();
    office = await sut.signIn('vanphong');
    const opened = await openNewPeriod(sut, office, ['SNGV', 'CAT', 'BINHLIEU', 'LDLD']);
    periodId = opened.periodId;
    const sngv = opened.reportIdOf('SNGV');
    const cat = opened.reportIdOf('CAT');
    const bl = opened.reportIdOf('BINHLIEU');
    const ldld = opened.reportIdOf('LDLD');
    const songoaivu = await sut.signIn('songoaivu');
    const congan = await sut.signIn('congan');
    const binhlieu = await sut.signIn('binhlieu');
    const laodong = await sut.signIn('laodong');

    const sngvReport = (await office.get(`/api/reports/${sngv}`)).body as ReportDetail;
    await office
      .put(`/api/reports/${sngv}/sections/${sngvReport.sections.find((s) => s.taskGroup?.ordinal === 2)!.id}/applicability`)
      .send({ applicable: false })
      .expect(200);
    await fill(songoaivu, sngv, { 7: 'in_progress', 8: 'not_started' }, [1, 30]);
    await fill(congan, cat, {}, [2, 50]);
    await fill(binhlieu, bl, { 5: 'in_progress' }, [1, 20]);
    await fill(laodong, ldld, {}, [5, 500]);
    await office.post(`/api/reports/${cat}/extension`).send({ dueDate: '2022-06-20', reason: 'Phục vụ nhiệm vụ biên giới' }).expect(200);

    at('2022-06-15T09:00:00');
    await songoaivu.post(`/api/reports/${sngv}/submit`).expect(200);
  });
  afterAll(() => sut.close());

  it('before the due date, only what is due counts against anyone', async () => {
    at('2022-06-16T10:00:00');
    const d = await dashboard();
    expect(d.reporting).toEqual({
      expected: 4, submitted: 1, onTime: 1, late: 0, missingNotDue: 3, missingOverdue: 0, reportingRate: 0.25, onTimeRate: 0.25,
    });
    expect(group(d, 7)).toEqual({ doneOnTime: 0, doneLate: 0, inProgressWithinDeadline: 4, overdue: 0, notApplicable: 0, completionRate: null });
    expect(group(d, 2)).toEqual({ doneOnTime: 0, doneLate: 0, inProgressWithinDeadline: 3, overdue: 0, notApplicable: 1, completionRate: null });
  });

  it('after every deadline, the figures equal the hand count', async () => {
    const congan = await sut.signIn('congan');
    const binhlieu = await sut.signIn('binhlieu');
    const board = (await office.get(`/api/periods/${periodId}/reports`)).body.items as { agencyName: string; reportId: string }[];
    const id = (name: string) => board.find((b) => b.agencyName === name)!.reportId;
    at('2022-06-18T08:00:00');
    await binhlieu.post(`/api/reports/${id('Huyện Bình Liêu')}/submit`).expect(200);
    at('2022-06-19T16:00:00');
    await congan.post(`/api/reports/${id('Công an tỉnh')}/submit`).expect(200);
    // Bình Liêu's (5) is returned, finished and resubmitted late.
    const bl: ReportDetail = (await office.get(`/api/reports/${id('Huyện Bình Liêu')}`)).body;
    const s5 = bl.sections.find((s) => s.taskGroup?.ordinal === 5)!;
    at('2022-06-20T09:00:00');
    await office.post(`/api/reports/${bl.id}/return`).send({ sectionIds: [s5.id], reason: 'Cập nhật tiến độ', revisionDueDate: '2022-06-21' }).expect(200);
    await binhlieu.put(`/api/reports/${bl.id}/sections/${s5.id}`).send({ version: s5.version, text: 'Đã hoàn thành', status: 'done' }).expect(200);
    at('2022-06-21T15:00:00');
    await binhlieu.post(`/api/reports/${bl.id}/submit`).expect(200);

    at('2022-06-25T10:00:00');
    const d = await dashboard();
    expect(d.reporting).toEqual({
      expected: 4, submitted: 3, onTime: 2, late: 1, missingNotDue: 0, missingOverdue: 1, reportingRate: 0.75, onTimeRate: 0.5,
    });
    expect(d.unitCount).toBe(4);
    const rows = (await units()).items;
    expect(rows.map((u) => [u.agencyName, u.submissionStatus, u.daysLate, u.versionNumber, u.effectiveDueDate])).toEqual([
      ['Sở Ngoại vụ', 'on_time', null, 1, '2022-06-17'],
      ['Liên đoàn Lao động tỉnh', 'missing_overdue', 8, 0, '2022-06-17'],
      ['Công an tỉnh', 'on_time', null, 1, '2022-06-20'],
      ['Huyện Bình Liêu', 'late', 1, 2, '2022-06-17'],
    ]);
    expect(rows.find((u) => u.agencyName === 'Liên đoàn Lao động tỉnh')!.contacts.map((c) => c.fullName)).toEqual([
      'Cán bộ đầu mối Liên đoàn Lao động tỉnh',
    ]);
    expect(group(d, 1)).toEqual({ doneOnTime: 2, doneLate: 1, inProgressWithinDeadline: 0, overdue: 1, notApplicable: 0, completionRate: 0.75 });
    expect(group(d, 2)).toEqual({ doneOnTime: 1, doneLate: 1, inProgressWithinDeadline: 0, overdue: 1, notApplicable: 1, completionRate: 2 / 3 });
    expect(group(d, 5)).toEqual({ doneOnTime: 2, doneLate: 1, inProgressWithinDeadline: 0, overdue: 1, notApplicable: 0, completionRate: 0.75 });
    expect(group(d, 7)).toEqual({ doneOnTime: 1, doneLate: 1, inProgressWithinDeadline: 0, overdue: 2, notApplicable: 0, completionRate: 0.5 });
    expect(group(d, 8)).toEqual({ doneOnTime: 1, doneLate: 1, inProgressWithinDeadline: 0, overdue: 2, notApplicable: 0, completionRate: 0.5 });
    // Rates never pass 100 %.
    for (const g of d.taskGroups) expect(g.completionRate ?? 0).toBeLessThanOrEqual(1);

    // Indicators: submitted reports only (Liên đoàn Lao động's draft 5 classes / 500 people do not count).
    const training = d.indicators.filter((i) => i.taskGroupOrdinal === 7).map((i) => [i.unit, i.total, i.target, i.ratioToTarget, i.reportingUnits]);
    expect(training).toEqual([
      ['lớp', 4, 4, 1, 3],
      ['lượt người', 100, 300, 1 / 3, 3],
    ]);

    // Heatmap: each unit row's cells; a missing unit's cells are empty, a not-applicable cell says so.
    expect(rows[0]!.cells.map((c) => (c.applicable ? c.status : 'n/a'))).toEqual([
      'done', 'n/a', 'done', 'done', 'done', 'done', 'in_progress', 'not_started',
    ]);
    expect(rows[0]!.cells.map((c) => c.taskGroupId)).toEqual([...d.taskGroups].sort((a, b) => a.ordinal - b.ordinal).map((g) => g.taskGroupId));
    expect(rows[1]!.cells.every((c) => c.status === null)).toBe(true);

    // Trend: the demo half-year of 2021, then this one.
    expect(d.trend.map((t) => [t.title, t.reportingRate])).toEqual([
      ['Báo cáo 6 tháng cuối năm 2021', 7 / 8],
      ['Báo cáo 6 tháng đầu năm 2022', 0.75],
    ]);
  });

  it('pages, filters and orders the unit rows (the overdue list is one of those pages)', async () => {
    at('2022-06-25T10:00:00');
    const page1 = await units('?pageSize=3');
    const page2 = await units('?pageSize=3&page=2');
    expect([page1.total, page1.page, page1.pageSize, page1.items.length]).toEqual([4, 1, 3, 3]);
    expect([page2.total, page2.items.map((u) => u.agencyName)]).toEqual([4, ['Huyện Bình Liêu']]);
    expect(await units('?pageSize=3&page=5')).toEqual({ items: [], total: 4, page: 5, pageSize: 3 });

    const overdue = await units('?status=missing_overdue&status=late&order=most_overdue');
    expect(overdue.items.map((u) => [u.agencyName, u.submissionStatus, u.daysLate])).toEqual([
      ['Liên đoàn Lao động tỉnh', 'missing_overdue', 8],
      ['Huyện Bình Liêu', 'late', 1],
    ]);
    expect((await units('?status=on_time')).items.map((u) => u.agencyName)).toEqual(['Sở Ngoại vụ', 'Công an tỉnh']);

    const bad = await office.get(`/api/periods/${periodId}/dashboard/units?status=soon&order=random&pageSize=500`);
    expect(bad.status).toBe(422);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    expect(bad.body.details.map((e: { field: string }) => e.field).sort()).toEqual(['order', 'pageSize', 'status']);
  });

  it('an agency user gets its own row and the aggregate figures only', async () => {
    const congan = await sut.signIn('congan');
    const own = await dashboard(congan);
    const full = await dashboard();
    expect(own.unitCount).toBe(1);
    const ownRows = await units('?pageSize=100', congan);
    expect([ownRows.total, ownRows.items.map((u) => u.agencyName)]).toEqual([1, ['Công an tỉnh']]);
    expect(ownRows.items[0]!.cells).toHaveLength(8);
    expect((await units('?status=missing_overdue', congan)).items).toEqual([]);
    // A draft period is not there for a unit, nor is one that does not exist.
    const draft = await office.post('/api/periods').send({
      title: 'Báo cáo tháng 9 năm 2022', kind: 'month', year: 2022, sequence: 9, dueDate: '2022-09-19', requiresHeadApproval: false,
    });
    expect(draft.status).toBe(201);
    for (const id of [draft.body.id, '00000000-0000-4000-8000-000000000000']) {
      for (const path of ['dashboard', 'dashboard/units']) {
        const r = await congan.get(`/api/periods/${id}/${path}`);
        expect([path, r.status, r.body.code]).toEqual([path, 404, 'NOT_FOUND']);
      }
    }
    // The office sees its draft: no units obligated yet.
    const draftUnits = await office.get(`/api/periods/${draft.body.id}/dashboard/units`);
    expect([draftUnits.status, draftUnits.body.total, draftUnits.body.items]).toEqual([200, 0, []]);
    // How many units reported is the committee's; task outcomes and figures are the unit's own.
    expect(own.reporting).toEqual(full.reporting);
    expect(own.taskGroups.map((g) => [g.ordinal, g.doneOnTime, g.applicable])).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((o) => [o, 1, 1]));
    expect(own.indicators.filter((i) => i.taskGroupOrdinal === 7).map((i) => [i.total, i.reportingUnits])).toEqual([[2, 1], [50, 1]]);
    expect(full.indicators.filter((i) => i.taskGroupOrdinal === 7).map((i) => i.reportingUnits)).toEqual([3, 3]);
  });

  it('a returned report’s draft figures reach no dashboard until it is submitted again', async () => {
    const congan = await sut.signIn('congan');
    const songoaivu = await sut.signIn('songoaivu');
    const board = (await office.get(`/api/periods/${periodId}/reports`)).body.items as { agencyName: string; reportId: string }[];
    const cat = board.find((b) => b.agencyName === 'Công an tỉnh')!.reportId;
    const figures = (d: PeriodDashboard) => ({ reporting: d.reporting, taskGroups: d.taskGroups, indicators: d.indicators });
    const cellOf7 = async () => (await units('?pageSize=100')).items.find((u) => u.reportId === cat)!.cells[6]!.status;
    const before = { office: figures(await dashboard()), unit: figures(await dashboard(songoaivu)), cell: await cellOf7() };
    const training = (d: PeriodDashboard) => d.indicators.find((i) => i.taskGroupOrdinal === 7)!.total;

    await office.post(`/api/reports/${cat}/return`).send({ sectionIds: [], reason: 'Bổ sung số liệu tập huấn', revisionDueDate: '2022-06-30' }).expect(200);
    const report: ReportDetail = (await congan.get(`/api/reports/${cat}`)).body;
    const s7 = report.sections.find((s) => s.taskGroup?.ordinal === 7)!;
    await congan
      .put(`/api/reports/${cat}/sections/${s7.id}`)
      .send({ version: s7.version, text: 'Đang bổ sung', status: 'in_progress', indicatorValues: [{ indicatorId: s7.indicatorValues[0]!.indicatorId, value: 4321 }] })
      .expect(200);
    expect(figures(await dashboard())).toEqual(before.office);
    expect(figures(await dashboard(songoaivu))).toEqual(before.unit);
    expect(await cellOf7()).toBe(before.cell);

    await congan.post(`/api/reports/${cat}/submit`).expect(200);
    const after = await dashboard();
    const trainingBefore = before.office.indicators.find((i) => i.taskGroupOrdinal === 7)!.total;
    expect(training(after)).toBe(trainingBefore - 2 + 4321); // Công an tỉnh's 2 became 4321
    expect(await cellOf7()).toBe('in_progress');
  });

  it('keeps every report’s task tallies equal to its sections, through opening, waivers, saves and submissions', async () => {
    const db = sut.app.get(DataSource);
    const drift = await db.query(`
      SELECT r.id FROM agency_reports r
        LEFT JOIN (SELECT report_id, count(*)::int AS n,
                          count(*) FILTER (WHERE applicable AND submitted_status = 'done')::int AS done,
                          count(*) FILTER (WHERE NOT applicable)::int AS waived,
                          count(*) FILTER (WHERE applicable AND submitted_status = 'not_applicable')::int AS declared_na
                     FROM report_sections WHERE task_group_id IS NOT NULL GROUP BY report_id) d ON d.report_id = r.id
       WHERE (r.task_count, r.tasks_done, r.tasks_waived, r.tasks_declared_na)
             IS DISTINCT FROM (coalesce(d.n, 0), coalesce(d.done, 0), coalesce(d.waived, 0), coalesce(d.declared_na, 0))`);
    expect(drift).toEqual([]);
    const counted = await db.query(`SELECT count(*)::int AS n FROM agency_reports WHERE task_count > 0 AND tasks_done > 0`);
    expect(counted[0].n).toBeGreaterThan(3);
  });

  it('on the demo period the leader sees what the review board shows', async () => {
    const leader = await sut.signIn('lanhdao');
    const demo = await demoPeriodId(sut);
    const d: PeriodDashboard = (await leader.get(`/api/periods/${demo}/dashboard`)).body;
    const board = (await leader.get(`/api/periods/${demo}/reports`)).body.items as { agencyName: string; submissionStatus: string; state: string }[];
    const count = (status: string) => board.filter((b) => b.submissionStatus === status).length;
    expect(d.reporting).toMatchObject({
      expected: board.length,
      onTime: count('on_time'),
      late: count('late'),
      missingOverdue: count('missing_overdue'),
    });
    expect(d.reporting).toMatchObject({ expected: 8, submitted: 7, onTime: 6, late: 1, missingOverdue: 1 });
    const rows: Page<DashboardUnitRow> = (await leader.get(`/api/periods/${demo}/dashboard/units?pageSize=100`)).body;
    expect(rows.items.map((u) => [u.agencyName, u.submissionStatus])).toEqual(board.map((b) => [b.agencyName, b.submissionStatus]));
  });
});
