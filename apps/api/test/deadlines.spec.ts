import {
  daysLateFor,
  deadlineStanding,
  effectiveDueDate,
  submissionStatus,
  toLocalDate,
  type DashboardUnitRow,
  type PastDueDetails,
  type PeriodDashboard,
  type ReportDetail,
  type ReviewBoardRow,
  type SubmissionStatus,
} from '@giao-ban/shared';
import { DataSource } from 'typeorm';
import type TestAgent from 'supertest/lib/agent.js';
import { agencyIdByCode, demoPeriodId } from './helpers/workflow.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

/**
 * Deadline rules (issue #12) against the real API and PostgreSQL: units' own due dates and
 * extensions roll over weekends and holidays as the period's due date does; the dashboard's SQL,
 * the board and the overdue list agree with libs/shared on a table of cases; creating or opening a
 * period whose due date has passed needs an explicit confirmation; a copied period copies its units.
 * Dates of 2022: 17/06 is a Friday, 18/06 a Saturday; 27/06 (a Monday) is made a holiday here.
 */
describe('deadline rules', () => {
  let sut: TestApp;
  let db: DataSource;
  let office: TestAgent;
  const at = (local: string) => sut.clock.set(`${local}+07:00`);
  let periodSeq = 0;

  /** A draft half-year period (cut-off 15/12/2021–14/06/2022: the earliest due date is Wednesday 15/06). */
  async function draft(body: Record<string, unknown> = {}) {
    const response = await office.post('/api/periods').send({
      title: `Kỳ thử thời hạn ${++periodSeq}`,
      kind: 'ad_hoc',
      year: 2022,
      sequence: null,
      cutOffFrom: '2021-12-15',
      cutOffTo: '2022-06-14',
      dueDate: '2022-06-17',
      requiresHeadApproval: false,
      copyFromPeriodId: await demoPeriodId(sut),
      ...body,
    });
    return response;
  }
  const ids = async (...codes: string[]) => Promise.all(codes.map((c) => agencyIdByCode(sut, c)));
  const audit = async (periodId: string, action: string) =>
    (await db.query(`SELECT summary FROM audit_events WHERE period_id = $1 AND action = $2 ORDER BY id`, [periodId, action])).map(
      (r: { summary: Record<string, unknown> }) => r.summary,
    );

  beforeAll(async () => {
    sut = await startTestApp();
    db = sut.app.get(DataSource);
    office = await sut.signIn('vanphong');
    await db.query(`INSERT INTO public_holidays (date, name) VALUES ('2022-06-27', 'Ngày nghỉ thử') ON CONFLICT DO NOTHING`);
  });
  afterAll(() => sut.close());

  describe('units\' own due dates and extensions roll over weekends and holidays', () => {
    let periodId: string;
    let sngv: string, cat: string, binhlieu: string, ldld: string;

    beforeAll(async () => {
      at('2022-05-20T09:00:00');
      [sngv, cat, binhlieu, ldld] = await ids('SNGV', 'CAT', 'BINHLIEU', 'LDLD');
      const created = await draft();
      expect(created.status).toBe(201);
      periodId = created.body.id;
    });

    it('a copied period copies its units: the demo period\'s eight', async () => {
      const units = await office.get(`/api/periods/${periodId}/agencies`).expect(200);
      const demo = await office.get(`/api/periods/${await demoPeriodId(sut)}/agencies`).expect(200);
      expect(units.body.agencyIds).toHaveLength(8);
      expect(units.body.agencyIds).toEqual(demo.body.agencyIds);
      expect(await audit(periodId, 'period.created')).toEqual([expect.objectContaining({ copiedUnits: 8 })]);
    });

    it('sets units\' own dates, settled on the calendar, and audits the change', async () => {
      const response = await office.put(`/api/periods/${periodId}/unit-due-dates`).send({
        unitDueDates: [
          { agencyId: sngv, dueDate: '2022-06-15' }, // earlier, a Wednesday: stays
          { agencyId: cat, dueDate: '2022-06-18' }, // a Saturday: Monday
          { agencyId: binhlieu, dueDate: '2022-06-25' }, // Saturday, then Sunday and the holiday: Tuesday
        ],
      });
      expect(response.status).toBe(200);
      expect(response.body.unitDueDates).toEqual([
        { agencyId: sngv, dueDate: '2022-06-15' },
        { agencyId: cat, dueDate: '2022-06-20' },
        { agencyId: binhlieu, dueDate: '2022-06-28' },
      ]);
      expect((await office.get(`/api/periods/${periodId}/unit-due-dates`).expect(200)).body).toEqual(response.body);
      const [event] = await audit(periodId, 'period.unit_due_dates_set');
      expect(event).toEqual({
        changes: expect.arrayContaining([
          { agencyId: sngv, before: null, after: '2022-06-15' },
          { agencyId: cat, before: null, after: '2022-06-20', requested: '2022-06-18' },
          { agencyId: binhlieu, before: null, after: '2022-06-28', requested: '2022-06-25' },
        ]),
      });
    });

    it('refuses a unit the period does not oblige, twice the same unit, and a date without a working day after the cut-off', async () => {
      const [standingOffice] = await ids('BTGTU');
      const response = await office.put(`/api/periods/${periodId}/unit-due-dates`).send({
        unitDueDates: [
          { agencyId: standingOffice, dueDate: '2022-06-20' },
          { agencyId: sngv, dueDate: '2022-06-14' },
          { agencyId: cat, dueDate: '2022-06-20' },
          { agencyId: cat, dueDate: '2022-06-21' },
        ],
      });
      expect(response.status).toBe(422);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(response.body.details.map((d: { field: string }) => d.field)).toEqual([
        'unitDueDates.0.agencyId',
        'unitDueDates.1.dueDate',
        'unitDueDates.3.agencyId',
      ]);
      const leader = await sut.signIn('lanhdao');
      await leader.put(`/api/periods/${periodId}/unit-due-dates`).send({ unitDueDates: [] }).expect(403);
      // nothing changed
      expect((await office.get(`/api/periods/${periodId}/unit-due-dates`)).body.unitDueDates).toHaveLength(3);
    });

    it('changing the list of units keeps the own dates of those that stay', async () => {
      await office.put(`/api/periods/${periodId}/agencies`).send({ agencyIds: [sngv, cat, binhlieu, ldld] }).expect(200);
      expect((await office.get(`/api/periods/${periodId}/unit-due-dates`)).body.unitDueDates.map((u: { agencyId: string }) => u.agencyId)).toEqual([
        sngv,
        cat,
        binhlieu,
      ]);
    });

    it('opening gives each report its unit\'s own date: the board and the unit see it', async () => {
      await office.post(`/api/periods/${periodId}/task-groups`).send({ title: 'Nhóm nhiệm vụ thử', indicators: [] }).expect(201);
      await office.post(`/api/periods/${periodId}/open`).expect(200);
      const board: ReviewBoardRow[] = (await office.get(`/api/periods/${periodId}/reports`).expect(200)).body.items;
      expect(board.map((r) => [r.agencyId, r.unitDueDate, r.effectiveDueDate, r.deadline])).toEqual([
        [sngv, '2022-06-15', '2022-06-15', { kind: 'due_in', dueDate: '2022-06-15', daysLeft: 26 }],
        [ldld, null, '2022-06-17', { kind: 'due_in', dueDate: '2022-06-17', daysLeft: 28 }],
        [cat, '2022-06-20', '2022-06-20', { kind: 'due_in', dueDate: '2022-06-20', daysLeft: 31 }],
        [binhlieu, '2022-06-28', '2022-06-28', { kind: 'due_in', dueDate: '2022-06-28', daysLeft: 39 }],
      ]);
      const mine = (await (await sut.signIn('congan')).get('/api/reports/mine').expect(200)).body.items;
      expect(mine.find((r: { periodId: string }) => r.periodId === periodId)).toMatchObject({ effectiveDueDate: '2022-06-20', daysLeft: 31 });
      expect((await office.get(`/api/periods/${periodId}/unit-due-dates`)).body.unitDueDates).toHaveLength(3);
      await office.put(`/api/periods/${periodId}/unit-due-dates`).send({ unitDueDates: [] }).expect(409);
    });

    it('an extension to a Saturday rolls over to Monday; one across the holiday to Tuesday', async () => {
      const board: ReviewBoardRow[] = (await office.get(`/api/periods/${periodId}/reports`)).body.items;
      const reportOf = (agencyId: string) => board.find((r) => r.agencyId === agencyId)!.reportId;

      const ldldExt = await office.post(`/api/reports/${reportOf(ldld)}/extension`).send({ dueDate: '2022-06-18', reason: 'Gia hạn thử' });
      expect(ldldExt.status).toBe(200);
      expect(ldldExt.body).toMatchObject({ extendedDueDate: '2022-06-20', effectiveDueDate: '2022-06-20' });

      const catExt = await office.post(`/api/reports/${reportOf(cat)}/extension`).send({ dueDate: '2022-06-25', reason: 'Phục vụ nhiệm vụ biên giới' });
      expect(catExt.body).toMatchObject({ unitDueDate: '2022-06-20', extendedDueDate: '2022-06-28', effectiveDueDate: '2022-06-28' });
      const events = (
        await db.query(`SELECT summary FROM audit_events WHERE object_id = $1 AND action = 'report.extension_granted'`, [reportOf(cat)])
      ).map((r: { summary: unknown }) => r.summary);
      expect(events).toEqual([{ before: '2022-06-20', after: '2022-06-28', requested: '2022-06-25', reason: 'Phục vụ nhiệm vụ biên giới' }]);

      // an extension must come after the unit's own due date (a Saturday before it rolls onto it)
      const refused = await office.post(`/api/reports/${reportOf(binhlieu)}/extension`).send({ dueDate: '2022-06-25', reason: 'Gia hạn thử' });
      expect(refused.status).toBe(422);
      expect(refused.body.details).toEqual([{ field: 'dueDate', constraints: { afterDueDate: 'Must be after 2022-06-28.' } }]);
    });

    it('a period that does not roll over keeps a Saturday', async () => {
      const created = await draft({ shiftDueDateToWorkingDay: false, dueDate: '2022-06-18' });
      expect(created.body.dueDate).toBe('2022-06-18');
      const response = await office.put(`/api/periods/${created.body.id}/unit-due-dates`).send({ unitDueDates: [{ agencyId: sngv, dueDate: '2022-06-25' }] });
      expect(response.body.unitDueDates).toEqual([{ agencyId: sngv, dueDate: '2022-06-25' }]);
    });
  });

  describe('the dashboard\'s SQL, the board and the overdue list agree with the shared rule', () => {
    let periodId: string;
    /** Period due Friday 17/06/2022. Each case is one unit's stored facts. */
    const CASES: { unit: string | null; extension: string | null; submitted: string | null }[] = [
      { unit: null, extension: null, submitted: null },
      { unit: '2022-06-15', extension: null, submitted: null },
      { unit: '2022-06-22', extension: null, submitted: null },
      { unit: null, extension: '2022-06-21', submitted: null },
      { unit: null, extension: '2022-06-16', submitted: null }, // not later: the period's date
      { unit: '2022-06-15', extension: '2022-06-16', submitted: null },
      { unit: '2022-06-22', extension: '2022-06-20', submitted: null }, // earlier than its own date
      { unit: '2022-06-15', extension: null, submitted: '2022-06-15T23:59:59.999+07:00' },
      { unit: '2022-06-15', extension: null, submitted: '2022-06-16T00:00:00+07:00' },
      { unit: null, extension: null, submitted: '2022-06-17T23:59:59+07:00' },
      { unit: null, extension: null, submitted: '2022-06-18T00:00:00+07:00' },
      { unit: null, extension: '2022-06-21', submitted: '2022-06-21T12:00:00+07:00' },
      { unit: '2022-06-22', extension: null, submitted: '2022-06-18T10:00:00+07:00' },
      { unit: '2022-06-15', extension: '2022-06-20', submitted: '2022-06-21T08:00:00+07:00' },
    ];
    const NOWS = [
      '2022-06-14T12:00:00',
      '2022-06-15T23:59:59',
      '2022-06-16T00:00:00',
      '2022-06-17T12:00:00',
      '2022-06-18T00:00:00',
      '2022-06-21T23:59:59',
      '2022-06-23T09:00:00',
      '2026-01-05T09:00:00',
    ];
    let agencyIds: string[];

    beforeAll(async () => {
      at('2022-05-20T09:00:00');
      agencyIds = (
        await db.query(
          `INSERT INTO agencies (code, name, short_name, kind, display_order)
           SELECT 'HAN' || n, 'Đơn vị thời hạn ' || lpad(n::text, 2, '0'), 'ĐV ' || n, 'department', 200 + n
             FROM generate_series(1, ${CASES.length}) n RETURNING id`,
        )
      ).map((r: { id: string }) => r.id);
      const created = await draft({ copyFromPeriodId: null });
      periodId = created.body.id;
      await office.put(`/api/periods/${periodId}/agencies`).send({ agencyIds }).expect(200);
      await office.post(`/api/periods/${periodId}/task-groups`).send({ title: 'Nhóm nhiệm vụ thử', indicators: [] }).expect(201);
      await office.post(`/api/periods/${periodId}/open`).expect(200);
      // The stored facts, as the API would have left them (dates settled, first submissions made).
      for (const [i, c] of CASES.entries()) {
        await db.query(
          `UPDATE agency_reports SET unit_due_date = $3, extended_due_date = $4, first_submitted_at = $5,
                  state = CASE WHEN $5::timestamptz IS NULL THEN state ELSE 'submitted' END
            WHERE period_id = $1 AND agency_id = $2`,
          [periodId, agencyIds[i], c.unit, c.extension, c.submitted],
        );
      }
    });

    const expected = (now: Date) =>
      CASES.map((c, i) => {
        const due = effectiveDueDate({ periodDueDate: '2022-06-17', unitDueDate: c.unit, extendedTo: c.extension });
        const submitted = c.submitted ? new Date(c.submitted) : null;
        const status = submissionStatus(submitted, due, now);
        return {
          agencyId: agencyIds[i]!,
          effectiveDueDate: due,
          submissionStatus: status,
          daysLate: daysLateFor(status, due, submitted, now),
          deadline: deadlineStanding(toLocalDate(now), due, submitted),
        };
      });
    const pick = (r: Pick<DashboardUnitRow, 'agencyId' | 'effectiveDueDate' | 'submissionStatus' | 'daysLate' | 'deadline'>) => ({
      agencyId: r.agencyId,
      effectiveDueDate: r.effectiveDueDate,
      submissionStatus: r.submissionStatus,
      daysLate: r.daysLate,
      deadline: r.deadline,
    });

    it.each(NOWS)('at %s', async (now) => {
      at(now);
      const want = expected(new Date(`${now}+07:00`));
      const rows: DashboardUnitRow[] = (await office.get(`/api/periods/${periodId}/dashboard/units?pageSize=100`).expect(200)).body.items;
      expect(rows.map(pick)).toEqual(want);
      const board: ReviewBoardRow[] = (await office.get(`/api/periods/${periodId}/reports`).expect(200)).body.items;
      expect(board.map(pick)).toEqual(want);

      const count = (status: SubmissionStatus) => want.filter((w) => w.submissionStatus === status).length;
      const d: PeriodDashboard = (await office.get(`/api/periods/${periodId}/dashboard`).expect(200)).body;
      expect(d.reporting).toMatchObject({
        expected: CASES.length,
        onTime: count('on_time'),
        late: count('late'),
        missingNotDue: count('missing_not_due'),
        missingOverdue: count('missing_overdue'),
      });
      const overdue: DashboardUnitRow[] = (
        await office.get(`/api/periods/${periodId}/dashboard/units?status=missing_overdue&order=most_overdue&pageSize=100`).expect(200)
      ).body.items;
      expect(new Set(overdue.map((r) => r.agencyId))).toEqual(new Set(want.filter((w) => w.submissionStatus === 'missing_overdue').map((w) => w.agencyId)));
      expect(overdue.every((r) => r.deadline.kind === 'overdue')).toBe(true);
    });

    it('the table covers every standing and every status', () => {
      const seen = NOWS.flatMap((now) => expected(new Date(`${now}+07:00`)));
      expect(new Set(seen.map((s) => s.deadline.kind))).toEqual(new Set(['due_in', 'due_today', 'overdue', 'submitted_on_time', 'submitted_late']));
      expect(new Set(seen.map((s) => s.submissionStatus))).toEqual(new Set(['on_time', 'late', 'missing_not_due', 'missing_overdue']));
    });
  });

  describe('a due date already past needs the office\'s confirmation', () => {
    it('creating: 409 PAST_DUE_CONFIRMATION_REQUIRED and nothing written, then created when confirmed', async () => {
      at('2022-07-01T09:00:00');
      const [{ n: before }] = await db.query(`SELECT count(*)::int AS n FROM reporting_periods`);
      const refused = await draft();
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe('PAST_DUE_CONFIRMATION_REQUIRED');
      expect(refused.body.details).toEqual({ today: '2022-07-01', dueDate: '2022-06-17', unitCount: null, pastDueAgencyIds: [] } satisfies PastDueDetails);
      expect((await db.query(`SELECT count(*)::int AS n FROM reporting_periods`))[0].n).toBe(before);

      const confirmed = await draft({ title: 'Kỳ thử quá hạn', confirmPastDue: true });
      expect(confirmed.status).toBe(201);
      expect(await audit(confirmed.body.id, 'period.created')).toEqual([expect.objectContaining({ confirmedPastDue: true })]);
    });

    it('a period due today is not past due', async () => {
      at('2022-06-17T22:00:00');
      const response = await draft({ title: 'Kỳ thử hạn hôm nay' });
      expect(response.status).toBe(201);
    });

    it('opening when some units\' dates have passed: refused with who, then opened when confirmed', async () => {
      at('2022-05-20T09:00:00');
      const [sngv, cat] = await ids('SNGV', 'CAT');
      const created = await draft({ copyFromPeriodId: null, dueDate: '2022-06-24' });
      const periodId: string = created.body.id;
      await office.put(`/api/periods/${periodId}/agencies`).send({ agencyIds: [sngv, cat] }).expect(200);
      await office.post(`/api/periods/${periodId}/task-groups`).send({ title: 'Nhóm nhiệm vụ thử', indicators: [] }).expect(201);
      await office.put(`/api/periods/${periodId}/unit-due-dates`).send({ unitDueDates: [{ agencyId: sngv, dueDate: '2022-06-15' }] }).expect(200);

      at('2022-06-20T09:00:00');
      const refused = await office.post(`/api/periods/${periodId}/open`).send({});
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({
        code: 'PAST_DUE_CONFIRMATION_REQUIRED',
        details: { today: '2022-06-20', dueDate: '2022-06-24', unitCount: 2, pastDueAgencyIds: [sngv] },
      });
      expect((await office.get(`/api/periods/${periodId}`)).body.state).toBe('draft');
      expect((await db.query(`SELECT count(*)::int AS n FROM agency_reports WHERE period_id = $1`, [periodId]))[0].n).toBe(0);

      await office.post(`/api/periods/${periodId}/open`).send({ confirmPastDue: 'yes' }).expect(422);
      await office.post(`/api/periods/${periodId}/open`).send({ confirmPastDue: true }).expect(200);
      expect(await audit(periodId, 'period.opened')).toEqual([{ units: 2, taskGroups: 1, pastDueUnits: 1 }]);
      const board: ReviewBoardRow[] = (await office.get(`/api/periods/${periodId}/reports`)).body.items;
      expect(board.map((r) => [r.agencyId, r.submissionStatus, r.deadline])).toEqual([
        [sngv, 'missing_overdue', { kind: 'overdue', dueDate: '2022-06-15', daysLate: 5 }],
        [cat, 'missing_not_due', { kind: 'due_in', dueDate: '2022-06-24', daysLeft: 4 }],
      ]);
    });

    it('the report a unit reads says where it stands', async () => {
      at('2022-06-20T09:00:00');
      const songoaivu = await sut.signIn('songoaivu');
      const mine = (await songoaivu.get('/api/reports/mine')).body.items as { reportId: string; deadline: unknown; periodTitle: string }[];
      const overdue = mine.find((r) => r.deadline && (r.deadline as { kind: string }).kind === 'overdue')!;
      const detail: ReportDetail = (await songoaivu.get(`/api/reports/${overdue.reportId}`).expect(200)).body;
      expect(detail.deadline).toEqual(overdue.deadline);
      expect(detail.unitDueDate).toBe(detail.effectiveDueDate);
    });
  });
});
