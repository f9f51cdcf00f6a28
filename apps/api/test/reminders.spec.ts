import { DataSource } from 'typeorm';
import type TestAgent from 'supertest/lib/agent.js';
import type { NotificationPage, ReviewBoardRow } from '@giao-ban/shared';
import { JobsService } from '../src/jobs/jobs.service.js';
import { PasswordHasher } from '../src/modules/auth/password-hasher.js';
import { RemindersService } from '../src/modules/reminders/reminders.service.js';
import { DEMO_PASSWORD } from '../src/database/seeds/demo-data.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';
import { agencyIdByCode, demoPeriodId, fillReport } from './helpers/workflow.js';

async function addUser(sut: TestApp, login: string, role: string, agencyCode: string): Promise<void> {
  await sut.app.get(DataSource).query(
    `INSERT INTO users (login, full_name, role, agency_id, password_hash) VALUES ($1, $2, $3, $4, $5)`,
    [login, `Cán bộ ${login}`, role, await agencyIdByCode(sut, agencyCode), await sut.app.get(PasswordHasher).hash(DEMO_PASSWORD)],
  );
}

/** 09:00 in Vietnam on a day of June (or May) 2022. */
const at = (day: string) => `${day}T02:00:00Z`;

/** Every day from `from` to `to` inclusive, YYYY-MM-DD. */
function days(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) out.push(d.toISOString().slice(0, 10));
  return out;
}

/**
 * A period copied from the demo one, due 17/06/2022 (a Friday) unless `dueDate`, obliging the
 * units given, some with their own due date; created and opened on 20/05/2022.
 */
async function openPeriod(sut: TestApp, office: TestAgent, units: string[], options: { year: number; unitDueDates?: Record<string, string> }) {
  sut.clock.set(at(`${options.year}-05-20`));
  const created = await office.post('/api/periods').send({
    title: `Báo cáo 6 tháng đầu năm ${options.year}`,
    kind: 'half_year',
    year: options.year,
    sequence: 1,
    dueDate: `${options.year}-06-17`,
    requiresHeadApproval: false,
    copyFromPeriodId: await demoPeriodId(sut),
  });
  expect(created.status).toBe(201);
  const periodId: string = created.body.id;
  const agencyIds = await Promise.all(units.map((c) => agencyIdByCode(sut, c)));
  await office.put(`/api/periods/${periodId}/agencies`).send({ agencyIds }).expect(200);
  const own = Object.entries(options.unitDueDates ?? {});
  if (own.length > 0) {
    const unitDueDates = await Promise.all(own.map(async ([code, dueDate]) => ({ agencyId: await agencyIdByCode(sut, code), dueDate })));
    await office.put(`/api/periods/${periodId}/unit-due-dates`).send({ unitDueDates }).expect(200);
  }
  await office.post(`/api/periods/${periodId}/open`).send({}).expect(200);
  const board: ReviewBoardRow[] = (await office.get(`/api/periods/${periodId}/reports`)).body.items;
  const reportIdOf = (code: string) => board.find((r) => r.agencyId === agencyIds[units.indexOf(code)])!.reportId;
  return { periodId, reportIdOf, agencyIds };
}

/** The reminders and digests of a period as people got them: "MM-DD login daysLeft" or "MM-DD login digest names". */
async function remindersOf(sut: TestApp, periodId: string): Promise<string[]> {
  const rows: { day: string; login: string; kind: string; params: { daysLeft?: number; agencyNames?: string[] } }[] = await sut.app.get(DataSource).query(
    `SELECT to_char(n.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'MM-DD') AS day, u.login, n.kind, n.params
       FROM notifications n JOIN users u ON u.id = n.recipient_id
      WHERE n.period_id = $1 AND n.kind IN ('reminder', 'overdue_digest')
      ORDER BY n.created_at, u.login`,
    [periodId],
  );
  return rows.map((r) => `${r.day} ${r.login} ${r.kind === 'overdue_digest' ? `digest ${r.params.agencyNames!.join(', ')}` : r.params.daysLeft}`);
}

/** What the hourly job does: decide and queue the rungs falling due, then deliver them. */
async function remind(service: RemindersService): Promise<{ queued: number; units: number; messages: number }> {
  const { units: queued } = await service.sweep();
  return { queued, ...(await service.deliver()) };
}

describe('reminders (issue #12)', () => {
  let sut: TestApp;
  let db: DataSource;
  let office: TestAgent;
  let reminders: RemindersService;

  beforeAll(async () => {
    sut = await startTestApp();
    db = sut.app.get(DataSource);
    reminders = sut.app.get(RemindersService);
    await addUser(sut, 'lanhdaosngv', 'agency_head', 'SNGV');
    await addUser(sut, 'lanhdaocat', 'agency_head', 'CAT');
    office = await sut.signIn('vanphong');
    // The demo period is over: its reminders would only add noise to the sweeps' counts.
    await office.post(`/api/periods/${await demoPeriodId(sut)}/close`).expect(200);
  });
  afterAll(() => sut.close());

  it('a whole period, day by day: exactly the expected rungs to exactly the expected people, once each', async () => {
    // Bình Liêu reports by its own, earlier date; Công an gets an extension on 12/06; Sở TT&TT submits on 15/06.
    const { periodId, reportIdOf } = await openPeriod(sut, office, ['SNGV', 'STTTT', 'CAT', 'BINHLIEU'], { year: 2022, unitDueDates: { BINHLIEU: '2022-06-15' } });
    const sotttt = await sut.signIn('sotttt');
    const outcomes: Record<string, { queued: number; units: number; messages: number }> = {};
    for (const day of days('2022-05-21', '2022-06-28')) {
      sut.clock.set(at(day));
      if (day === '2022-06-12') {
        await office.post(`/api/reports/${reportIdOf('CAT')}/extension`).send({ dueDate: '2022-06-24', reason: 'Chờ số liệu quý II' }).expect(200);
      }
      if (day === '2022-06-15') {
        await fillReport(sotttt, reportIdOf('STTTT'));
        await sotttt.post(`/api/reports/${reportIdOf('STTTT')}/submit`).expect(200);
      }
      outcomes[day] = await remind(reminders);
      // A second sweep the same day (the next hour, or another process) sends nothing.
      if (day === '2022-06-20' || day === '2022-06-10') expect(await remind(reminders)).toEqual({ queued: 0, units: 0, messages: 0 });
    }
    expect(await remindersOf(sut, periodId)).toEqual([
      '06-08 binhlieu 7',
      '06-10 congan 7',
      '06-10 songoaivu 7',
      '06-10 sotttt 7',
      '06-12 binhlieu 3',
      '06-14 binhlieu 1',
      '06-14 songoaivu 3',
      '06-14 sotttt 3',
      '06-15 binhlieu 0',
      '06-16 songoaivu 1',
      // Công an's extension to 24/06 starts its ladder again from the new date.
      '06-17 congan 7',
      '06-17 songoaivu 0',
      // Overdue: the unit's head too (Bình Liêu has none), and one digest for the office.
      '06-18 binhlieu -3',
      '06-18 vanphong digest Huyện Bình Liêu',
      '06-20 lanhdaosngv -3',
      '06-20 songoaivu -3',
      '06-20 vanphong digest Sở Ngoại vụ',
      '06-21 binhlieu -6',
      '06-21 congan 3',
      '06-21 vanphong digest Huyện Bình Liêu',
      '06-23 congan 1',
      '06-23 lanhdaosngv -6',
      '06-23 songoaivu -6',
      '06-23 vanphong digest Sở Ngoại vụ',
      '06-24 binhlieu -9',
      '06-24 congan 0',
      '06-24 vanphong digest Huyện Bình Liêu',
      '06-26 lanhdaosngv -9',
      '06-26 songoaivu -9',
      '06-26 vanphong digest Sở Ngoại vụ',
      '06-27 binhlieu -12',
      '06-27 congan -3',
      '06-27 lanhdaocat -3',
      '06-27 vanphong digest Công an tỉnh, Huyện Bình Liêu',
    ]);
    expect(outcomes['2022-05-31']).toEqual({ queued: 0, units: 0, messages: 0 });
    expect(outcomes['2022-06-10']).toEqual({ queued: 3, units: 3, messages: 3 });
    expect(outcomes['2022-06-27']).toEqual({ queued: 2, units: 2, messages: 4 });
    // Each rung is recorded once per report and due date; the reminder leads to the unit's report.
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM reminders m JOIN agency_reports r ON r.id = m.report_id WHERE r.period_id = $1 AND m.kind = 'ladder'`, [periodId]);
    expect(n).toBe(23);
    const [reminder] = await db.query(
      `SELECT n.link, n.params FROM notifications n JOIN users u ON u.id = n.recipient_id WHERE u.login = 'congan' AND n.kind = 'reminder' AND n.period_id = $1 ORDER BY n.created_at DESC LIMIT 1`,
      [periodId],
    );
    expect(reminder).toEqual({ link: { to: 'report', reportId: reportIdOf('CAT') }, params: { periodTitle: 'Báo cáo 6 tháng đầu năm 2022', dueDate: '2022-06-24', daysLeft: -3, message: null } });
    await office.post(`/api/periods/${periodId}/close`).expect(200);
  }, 180_000);

  it('the office changes a period\'s ladder (stored normalized, audited); the sweep follows it; a copy keeps it', async () => {
    const { periodId } = await openPeriod(sut, office, ['LDLD'], { year: 2023 });
    expect((await office.get(`/api/periods/${periodId}/reminder-ladder`)).body).toEqual({ ladder: { daysBefore: [7, 3, 1], onDueDay: true, repeatEveryDays: 3 } });
    const put = await office.put(`/api/periods/${periodId}/reminder-ladder`).send({ ladder: { daysBefore: [2, 10], onDueDay: false, repeatEveryDays: 5 } }).expect(200);
    expect(put.body).toEqual({ ladder: { daysBefore: [10, 2], onDueDay: false, repeatEveryDays: 5 } });
    const leader = await sut.signIn('lanhdao');
    expect((await leader.get(`/api/periods/${periodId}/reminder-ladder`)).body.ladder.daysBefore).toEqual([10, 2]);
    const [event] = await db.query(`SELECT summary FROM audit_events WHERE action = 'period.reminder_ladder_set' AND object_id = $1`, [periodId]);
    expect(event.summary).toEqual({
      before: { daysBefore: [7, 3, 1], onDueDay: true, repeatEveryDays: 3 },
      after: { daysBefore: [10, 2], onDueDay: false, repeatEveryDays: 5 },
    });

    // 17/06/2023 is a Saturday: the period is due on Monday 19/06.
    for (const day of days('2023-05-21', '2023-06-29')) {
      sut.clock.set(at(day));
      await remind(reminders);
    }
    expect(await remindersOf(sut, periodId)).toEqual([
      '06-09 laodong 10',
      '06-17 laodong 2',
      '06-24 laodong -5',
      '06-24 vanphong digest Liên đoàn Lao động tỉnh',
      '06-29 laodong -10',
      '06-29 vanphong digest Liên đoàn Lao động tỉnh',
    ]);

    // A period copied from this one starts with its ladder; one made from scratch with the committee's default.
    sut.clock.set(at('2023-06-29'));
    const copy = await office.post('/api/periods').send({ title: 'Báo cáo năm 2023', kind: 'year', year: 2023, sequence: null, dueDate: '2023-12-15', requiresHeadApproval: false, copyFromPeriodId: periodId });
    expect(copy.status).toBe(201);
    expect((await office.get(`/api/periods/${copy.body.id}/reminder-ladder`)).body.ladder).toEqual({ daysBefore: [10, 2], onDueDay: false, repeatEveryDays: 5 });
    await db.query(`UPDATE committee_settings SET reminder_ladder = '{"daysBefore": [5], "onDueDay": true, "repeatEveryDays": null}'`);
    const fresh = await office.post('/api/periods').send({ title: 'Báo cáo quý III năm 2023', kind: 'quarter', year: 2023, sequence: 3, dueDate: '2023-09-15', requiresHeadApproval: false });
    expect(fresh.status).toBe(201);
    expect((await office.get(`/api/periods/${fresh.body.id}/reminder-ladder`)).body.ladder).toEqual({ daysBefore: [5], onDueDay: true, repeatEveryDays: null });
    await db.query(`UPDATE committee_settings SET reminder_ladder = '{"daysBefore": [7, 3, 1], "onDueDay": true, "repeatEveryDays": 3}'`);

    // Every wrong field at once; nothing stored.
    const bad = await office.put(`/api/periods/${periodId}/reminder-ladder`).send({ ladder: { daysBefore: [0, 3, 3], onDueDay: 'yes', repeatEveryDays: 31 } });
    expect(bad.status).toBe(422);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['ladder.daysBefore.0', 'ladder.daysBefore.2', 'ladder.onDueDay', 'ladder.repeatEveryDays']);
    expect((await office.put(`/api/periods/${periodId}/reminder-ladder`).send({})).status).toBe(422);
    expect((await office.put(`/api/periods/${periodId}/reminder-ladder`).send({ ladder: { daysBefore: [1], onDueDay: true, repeatEveryDays: null, extra: 1 } })).body.ladder).toEqual({
      daysBefore: [1],
      onDueDay: true,
      repeatEveryDays: null,
    });
    // Office only; a closed period's ladder no longer changes.
    expect((await leader.put(`/api/periods/${periodId}/reminder-ladder`).send({ ladder: { daysBefore: [], onDueDay: true, repeatEveryDays: null } })).status).toBe(403);
    await office.post(`/api/periods/${periodId}/close`).expect(200);
    const closed = await office.put(`/api/periods/${periodId}/reminder-ladder`).send({ ladder: { daysBefore: [], onDueDay: true, repeatEveryDays: null } });
    expect([closed.status, closed.body.code]).toEqual([409, 'ILLEGAL_TRANSITION']);
  }, 120_000);

  it('đôn đốc: the office\'s words reach the chosen units\' reporters and heads; the board and the overdue list show the last reminder', async () => {
    const { periodId, reportIdOf, agencyIds } = await openPeriod(sut, office, ['SNGV', 'STTTT', 'CAT'], { year: 2025 });
    const [sngv, sttt, cat] = agencyIds as [string, string, string];
    const sotttt = await sut.signIn('sotttt');
    sut.clock.set('2025-06-10T01:00:00Z');
    await fillReport(sotttt, reportIdOf('STTTT'));
    await sotttt.post(`/api/reports/${reportIdOf('STTTT')}/submit`).expect(200);

    sut.clock.set('2025-06-20T03:15:00Z');
    const message = '  Đề nghị Sở Ngoại vụ và Công an tỉnh gửi báo cáo trước ngày 25/6.  ';
    const sent = await office.post(`/api/periods/${periodId}/reminders`).send({ agencyIds: [sngv, cat], message });
    expect([sent.status, sent.body]).toEqual([200, { units: 2, recipients: 4 }]);

    // The unit's bell: the reminder with the office's words, leading to its report.
    const unit = await sut.signIn('songoaivu');
    const bell: NotificationPage = (await unit.get('/api/notifications?pageSize=1')).body;
    expect(bell.items[0]).toMatchObject({
      kind: 'reminder',
      params: { periodTitle: 'Báo cáo 6 tháng đầu năm 2025', dueDate: '2025-06-17', daysLeft: -3, message: message.trim() },
      link: { to: 'report', reportId: reportIdOf('SNGV') },
    });
    const head = await sut.signIn('lanhdaocat');
    expect((await head.get('/api/notifications?pageSize=1')).body.items[0]).toMatchObject({ kind: 'reminder', params: { message: message.trim() } });
    // Nobody else: not the unit that submitted, not the office.
    const told: { login: string }[] = await db.query(
      `SELECT u.login FROM notifications n JOIN users u ON u.id = n.recipient_id WHERE n.period_id = $1 AND n.kind = 'reminder' ORDER BY u.login`,
      [periodId],
    );
    expect(told.map((t) => t.login)).toEqual(['congan', 'lanhdaocat', 'lanhdaosngv', 'songoaivu']);
    const [audit] = await db.query(`SELECT summary, agency_id FROM audit_events WHERE action = 'report.reminded' AND object_id = $1`, [reportIdOf('SNGV')]);
    expect(audit).toEqual({ summary: { message: message.trim() }, agency_id: sngv });

    // The board and the dashboard's overdue list: the last reminder of either kind.
    const board: ReviewBoardRow[] = (await office.get(`/api/periods/${periodId}/reports`)).body.items;
    const lastOf = (rows: { agencyId: string; lastReminderAt: string | null }[], id: string) => rows.find((r) => r.agencyId === id)!.lastReminderAt;
    expect(lastOf(board, sngv)).toBe('2025-06-20T03:15:00.000Z');
    expect(lastOf(board, sttt)).toBeNull();
    const overdue = (await office.get(`/api/periods/${periodId}/dashboard/units?status=missing_overdue&pageSize=100`)).body.items;
    expect(lastOf(overdue, cat)).toBe('2025-06-20T03:15:00.000Z');
    sut.clock.set('2025-06-21T02:00:00Z');
    await remind(reminders);
    const later: ReviewBoardRow[] = (await office.get(`/api/periods/${periodId}/reports`)).body.items;
    expect(lastOf(later, sngv)).toBe('2025-06-21T02:00:00.000Z');
    expect(lastOf((await unit.get(`/api/periods/${periodId}/reports`)).body.items, sngv)).toBe('2025-06-21T02:00:00.000Z');

    // A unit that submitted, or that this period does not oblige, is refused by its place in the list; nothing is sent.
    const before = await db.query(`SELECT count(*)::int AS n FROM reminders m JOIN agency_reports r ON r.id = m.report_id WHERE r.period_id = $1`, [periodId]);
    const refused = await office.post(`/api/periods/${periodId}/reminders`).send({ agencyIds: [sngv, sttt, await agencyIdByCode(sut, 'LDLD')], message: 'Nhắc lần hai' });
    expect(refused.status).toBe(422);
    expect(refused.body.details).toEqual([
      { field: 'agencyIds.1', constraints: { alreadySubmitted: expect.any(String) } },
      { field: 'agencyIds.2', constraints: { notObliged: expect.any(String) } },
    ]);
    expect(await db.query(`SELECT count(*)::int AS n FROM reminders m JOIN agency_reports r ON r.id = m.report_id WHERE r.period_id = $1`, [periodId])).toEqual(before);
    // A returned report may be chased again.
    await office.post(`/api/reports/${reportIdOf('STTTT')}/return`).send({ sectionIds: [], reason: 'Bổ sung số liệu', revisionDueDate: '2025-06-27' }).expect(200);
    expect((await office.post(`/api/periods/${periodId}/reminders`).send({ agencyIds: [sttt], message: 'Đề nghị bổ sung' })).body).toEqual({ units: 1, recipients: 1 });

    // Bad input: 422 with the fields; other roles: 403.
    for (const body of [{ agencyIds: [], message: 'x' }, { agencyIds: [sngv, sngv], message: 'x' }, { agencyIds: [sngv], message: '   ' }, { agencyIds: ['x'], message: 'x' }, { agencyIds: [sngv], message: 'x'.repeat(1001) }]) {
      const bad = await office.post(`/api/periods/${periodId}/reminders`).send(body);
      expect([bad.status, bad.body.code]).toEqual([422, 'VALIDATION_FAILED']);
    }
    for (const login of ['lanhdao', 'quantri', 'songoaivu', 'lanhdaosngv']) {
      const agent = await sut.signIn(login);
      expect([login, (await agent.post(`/api/periods/${periodId}/reminders`).send({ agencyIds: [sngv], message: 'x' })).status]).toEqual([login, 403]);
    }
    await office.post(`/api/periods/${periodId}/close`).expect(200);
    const closed = await office.post(`/api/periods/${periodId}/reminders`).send({ agencyIds: [sngv], message: 'x' });
    expect([closed.status, closed.body.code]).toEqual([409, 'PERIOD_NOT_OPEN']);
  }, 120_000);

  it('a rung queued by the sweep is delivered only if still true: a report submitted meanwhile is not reminded', async () => {
    const { periodId, reportIdOf } = await openPeriod(sut, office, ['LDLD', 'CAT'], { year: 2026 });
    // 17/06/2026 is a Wednesday: seven days before.
    sut.clock.set(at('2026-06-10'));
    expect(await reminders.sweep()).toEqual({ units: 2 });
    const congan = await sut.signIn('congan');
    await fillReport(congan, reportIdOf('CAT'));
    await congan.post(`/api/reports/${reportIdOf('CAT')}/submit`).expect(200);
    expect(await reminders.deliver()).toEqual({ units: 1, messages: 1 });
    expect(await remindersOf(sut, periodId)).toEqual(['06-10 laodong 7']);
    // Nothing left to queue that day: one unit was reminded, the other has submitted.
    expect(await remind(reminders)).toEqual({ queued: 0, units: 0, messages: 0 });
    await office.post(`/api/periods/${periodId}/close`).expect(200);
  }, 120_000);

  it('two API processes sweeping one database at the same moment send each reminder once; the sweep is a pg-boss schedule', async () => {
    const { periodId } = await openPeriod(sut, office, ['SNGV', 'TTTT', 'BXTDT', 'BQLKKT'], { year: 2024 });
    const other = await startTestApp({ databaseUrl: sut.databaseUrl });
    try {
      // 17/06/2024 is a Monday.
      for (const day of ['2024-06-10', '2024-06-14', '2024-06-20']) {
        sut.clock.set(at(day));
        other.clock.set(at(day));
        const twin = other.app.get(RemindersService);
        // Sweeps at the same moment may each queue the day's rungs; each rung is delivered once.
        const both = await Promise.all([remind(reminders), remind(twin), remind(reminders), remind(twin)]);
        expect(both.reduce((sum, o) => sum + o.queued, 0)).toBeGreaterThanOrEqual(4);
        expect(both.reduce((sum, o) => sum + o.units, 0)).toBe(4);
      }
      const sent = await remindersOf(sut, periodId);
      expect(sent).toHaveLength(new Set(sent).size);
      expect(sent.filter((s) => s.startsWith('06-20'))).toEqual([
        '06-20 khukinhte -3',
        '06-20 lanhdaosngv -3',
        '06-20 songoaivu -3',
        '06-20 truyenthong -3',
        '06-20 vanphong digest Sở Ngoại vụ, Trung tâm Truyền thông tỉnh, Ban Xúc tiến và Hỗ trợ đầu tư tỉnh, Ban Quản lý Khu kinh tế tỉnh',
        '06-20 xuctiendautu -3',
      ]);
      expect(sent).toHaveLength(4 + 4 + 6);

      const schedules = await sut.app.get(JobsService).findSchedules();
      expect(schedules.filter((s) => s.name === 'reminders.sweep')).toEqual([{ name: 'reminders.sweep', cron: '0 * * * *', timeZone: 'Asia/Ho_Chi_Minh', data: {} }]);
    } finally {
      await other.close();
    }
    await office.post(`/api/periods/${periodId}/close`).expect(200);
  }, 120_000);
});
