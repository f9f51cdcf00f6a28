import type { PeriodDashboard, SummaryDetail } from '@giao-ban/shared';
import { DataSource } from 'typeorm';
import { demoPeriodId } from './helpers/workflow.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

/**
 * The dashboard and the summary report count different reports on purpose (issue #13): the
 * dashboard every report a unit has sent, the summary the accepted ones (and, when the office asks,
 * the sent ones waiting to be accepted). Each says so on screen. Here the two are held to that:
 * once every sent report is accepted they must show the same totals, and before that they differ
 * by exactly the reports one counts and the other does not.
 *
 * Demo period: five reports accepted, Công an tỉnh sent late and not yet accepted, Liên đoàn Lao
 * động tỉnh returned for revision, Ban Quản lý Khu kinh tế tỉnh missing.
 */
describe('summary annexes and the dashboard count the same reports once all are accepted', () => {
  let sut: TestApp;
  let periodId: string;
  let office: Awaited<ReturnType<TestApp['signIn']>>;

  const dashboard = async (): Promise<PeriodDashboard> => (await office.get(`/api/periods/${periodId}/dashboard`).expect(200)).body;
  const compiledSummary = async (includeSubmitted: boolean): Promise<SummaryDetail> => {
    await office.post(`/api/periods/${periodId}/summary/compile`).send({ includeSubmitted }).expect(200);
    return (await office.get(`/api/periods/${periodId}/summary`).expect(200)).body;
  };
  /** The dashboard writes 0 where no unit gave a figure; the annex leaves the cell empty (null). */
  const annexTotals = (summary: SummaryDetail) => summary.figures.indicatorTotals.map((total) => total ?? 0);
  const dashboardTotals = (figures: PeriodDashboard) => figures.indicators.map((indicator) => indicator.total);
  const reportIdOf = async (code: string): Promise<string> =>
    (
      await sut.app
        .get(DataSource)
        .query(`SELECT r.id FROM agency_reports r JOIN agencies a ON a.id = r.agency_id WHERE a.code = $1 AND r.period_id = $2`, [code, periodId])
    )[0].id;

  beforeAll(async () => {
    sut = await startTestApp();
    periodId = await demoPeriodId(sut);
    sut.clock.set('2021-12-21T03:00:00Z');
    office = await sut.signIn('vanphong');
  });
  afterAll(() => sut.close());

  it('differs while sent reports wait to be accepted, and both count the same sent reports', async () => {
    const figures = await dashboard();
    const acceptedOnly = await compiledSummary(false);
    const withWaiting = await compiledSummary(true);

    // The dashboard's sent reports: the annex's accepted and waiting ones, and the returned one.
    const sentInAnnex = acceptedOnly.figures.units.filter((unit) => unit.firstSubmittedAt !== null);
    expect(figures.reporting.submitted).toBe(sentInAnnex.length);
    expect(acceptedOnly.figures.indicatorRows).toHaveLength(5);
    expect(withWaiting.figures.indicatorRows).toHaveLength(6);
    expect(sentInAnnex).toHaveLength(7);
    expect(annexTotals(acceptedOnly)).not.toEqual(dashboardTotals(figures));
    expect(annexTotals(withWaiting)).not.toEqual(dashboardTotals(figures));
  });

  it('agrees to the unit once every sent report is accepted: the reporting counts and every indicator total', async () => {
    const laodong = await sut.signIn('laodong');
    const returnedId = await reportIdOf('LDLD');
    await laodong.post(`/api/reports/${returnedId}/submit`).expect(200);
    for (const code of ['CAT', 'LDLD']) await office.post(`/api/reports/${await reportIdOf(code)}/accept`).expect(200);

    const figures = await dashboard();
    const summary = await compiledSummary(false);

    expect(summary.figures.indicatorRows).toHaveLength(7);
    expect(summary.figures.units.filter((unit) => unit.firstSubmittedAt !== null)).toHaveLength(figures.reporting.submitted);
    expect(summary.figures.units.filter((unit) => unit.submissionStatus === 'late').length).toBe(figures.reporting.late);
    expect(summary.figures.indicators.map((column) => column.name)).toEqual(figures.indicators.map((indicator) => indicator.name));
    expect(annexTotals(summary)).toEqual(dashboardTotals(figures));
  });
});
