import type { CurrentUser, ReportDetail, ReviewBoardRow } from '@giao-ban/shared';
import { DataSource } from 'typeorm';
import type { TaskStatus } from '@giao-ban/shared';
import { jest } from '@jest/globals';
import { ReportsRepository } from '../src/modules/reports/reports.repository.js';
import { ReportsService } from '../src/modules/reports/reports.service.js';
import { fillReport, openNewPeriod } from './helpers/workflow.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

describe('reporting workflow (SPEC §3)', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp();
  });
  afterAll(() => sut.close());

  /** The rows a refused request must leave exactly as they were. */
  const snapshot = async (reportId: string) => {
    const db = sut.app.get(DataSource);
    return {
      report: await db.query(`SELECT * FROM agency_reports WHERE id = $1`, [reportId]),
      sections: await db.query(`SELECT * FROM report_sections WHERE report_id = $1 ORDER BY id`, [reportId]),
      values: await db.query(
        `SELECT v.* FROM indicator_values v JOIN report_sections s ON s.id = v.section_id WHERE s.report_id = $1 ORDER BY 1, 2`,
        [reportId],
      ),
      versions: await db.query(`SELECT count(*)::int FROM report_versions WHERE report_id = $1`, [reportId]),
    };
  };

  it('the whole cycle: open for three units, file on time and late, return a section, resubmit, accept', async () => {
    const office = await sut.signIn('vanphong');
    const { periodId, reportIdOf } = await openNewPeriod(sut, office, ['SNGV', 'CAT', 'BINHLIEU']);
    const songoaivu = await sut.signIn('songoaivu');
    const congan = await sut.signIn('congan');

    // Obligations: three reports, each with the eight copied task groups and six general sections.
    const board1 = (await office.get(`/api/periods/${periodId}/reports`)).body.items as ReviewBoardRow[];
    expect(board1.map((r) => [r.agencyName, r.state, r.submissionStatus])).toEqual([
      ['Sở Ngoại vụ', 'not_started', 'missing_not_due'],
      ['Công an tỉnh', 'not_started', 'missing_not_due'],
      ['Huyện Bình Liêu', 'not_started', 'missing_not_due'],
    ]);
    const sngv = reportIdOf('SNGV');
    const cat = reportIdOf('CAT');
    const first: ReportDetail = (await songoaivu.get(`/api/reports/${sngv}`)).body;
    expect(first.sections.filter((s) => s.taskGroup)).toHaveLength(8);
    expect(first.sections.filter((s) => s.generalKey)).toHaveLength(6);

    // "My reports" shows the due date and days left.
    const mine = (await songoaivu.get('/api/reports/mine')).body.items;
    expect(mine[0]).toMatchObject({ periodTitle: 'Báo cáo 6 tháng đầu năm 2022', effectiveDueDate: '2022-06-17', daysLeft: 16, state: 'not_started' });

    // Sở Ngoại vụ files on time (23:59:59 on the due date).
    await fillReport(songoaivu, sngv, 'Sở Ngoại vụ đã triển khai');
    sut.clock.set('2022-06-17T23:59:59+07:00');
    const submitted = await songoaivu.post(`/api/reports/${sngv}/submit`);
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ state: 'submitted', submissionStatus: 'on_time', versionNumber: 1 });

    // Công an tỉnh files at midnight: one day late.
    await fillReport(congan, cat, 'Công an tỉnh đã triển khai');
    sut.clock.set('2022-06-18T00:00:00+07:00');
    const late = await congan.post(`/api/reports/${cat}/submit`);
    expect(late.body).toMatchObject({ state: 'submitted', submissionStatus: 'late', daysLate: 1 });

    // The office returns section (3) of Sở Ngoại vụ's report.
    const section3 = first.sections.find((s) => s.taskGroup?.ordinal === 3)!;
    const returned = await office.post(`/api/reports/${sngv}/return`).send({
      sectionIds: [section3.id],
      reason: 'Đề nghị bổ sung số liệu tin, bài đấu tranh phản bác.',
      revisionDueDate: '2022-06-22',
    });
    expect(returned.status).toBe(200);
    expect(returned.body.state).toBe('returned');
    const unitView: ReportDetail = (await songoaivu.get(`/api/reports/${sngv}`)).body;
    expect(unitView.sections.filter((s) => s.returned).map((s) => s.id)).toEqual([section3.id]);
    expect(unitView.notes.map((n) => n.body)).toContain('Đề nghị bổ sung số liệu tin, bài đấu tranh phản bác.');
    expect(unitView.returnReason).toBe('Đề nghị bổ sung số liệu tin, bài đấu tranh phản bác.');

    // Only the returned section can change.
    const other = unitView.sections.find((s) => s.taskGroup?.ordinal === 1)!;
    const refused = await songoaivu.put(`/api/reports/${sngv}/sections/${other.id}`).send({ version: other.version, text: 'x', status: 'done' });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('ILLEGAL_TRANSITION');
    const s3 = unitView.sections.find((s) => s.id === section3.id)!;
    const fixed = await songoaivu.put(`/api/reports/${sngv}/sections/${s3.id}`).send({
      version: s3.version,
      text: 'Sở Ngoại vụ đã đăng 12 tin, bài đấu tranh phản bác luận điệu xuyên tạc.',
      status: 'done',
      indicatorValues: [{ indicatorId: s3.indicatorValues[0]!.indicatorId, value: 12 }],
    });
    expect(fixed.status).toBe(200);
    sut.clock.set('2022-06-21T10:00:00+07:00');
    const resubmitted = await songoaivu.post(`/api/reports/${sngv}/submit`);
    // A new version; the headline timeliness stays that of the first submission.
    expect(resubmitted.body).toMatchObject({ state: 'submitted', versionNumber: 2, submissionStatus: 'on_time' });
    expect(resubmitted.body.sections.every((s: { returned: boolean }) => !s.returned)).toBe(true);

    // Versions and a readable diff of the changed section only.
    const versions = (await office.get(`/api/reports/${sngv}/versions`)).body;
    expect(versions.map((v: { number: number; onTime: boolean }) => [v.number, v.onTime])).toEqual([[1, true], [2, true]]);
    const diff = (await office.get(`/api/reports/${sngv}/compare?from=1&to=2`)).body;
    const changed = diff.sections.filter((s: { changed: boolean }) => s.changed);
    expect(changed.map((s: { key: string }) => s.key)).toEqual(['tg:3']);
    expect(changed[0].diff.filter((p: { added?: boolean }) => p.added).map((p: { value: string }) => p.value).join('')).toContain('12 tin, bài');

    // The office accepts both.
    expect((await office.post(`/api/reports/${sngv}/accept`)).body.state).toBe('accepted');
    expect((await office.post(`/api/reports/${cat}/accept`)).body.state).toBe('accepted');
    const board2 = (await office.get(`/api/periods/${periodId}/reports`)).body.items as ReviewBoardRow[];
    expect(board2.map((r) => [r.agencyName, r.state, r.submissionStatus, r.daysLate, r.versionNumber])).toEqual([
      ['Sở Ngoại vụ', 'accepted', 'on_time', null, 2],
      ['Công an tỉnh', 'accepted', 'late', 1, 1],
      ['Huyện Bình Liêu', 'not_started', 'missing_overdue', 4, 0],
    ]);

    // The history shows each step, in order; nobody can rewrite it.
    const history = (await office.get(`/api/reports/${sngv}/audit`)).body as { action: string; actorRole: string }[];
    const steps = history.map((e) => e.action).filter((a) => a !== 'report.section_saved');
    expect(steps).toEqual(['report.submitted', 'report.returned', 'report.submitted', 'report.accepted']);
    expect(history.filter((e) => e.action === 'report.section_saved').length).toBeGreaterThanOrEqual(9);
    const db = sut.app.get(DataSource);
    await expect(db.query(`UPDATE audit_events SET action = 'x'`)).rejects.toThrow(/append-only/);
    await expect(db.query(`DELETE FROM audit_events`)).rejects.toThrow(/append-only/);
    await expect(db.query(`DELETE FROM report_versions`)).rejects.toThrow(/append-only/);
  });

  it('refuses illegal transitions with a clear code and changes nothing', async () => {
    const office = await sut.signIn('vanphong');
    const { reportIdOf } = await openNewPeriodOnce();
    const reporter = await sut.signIn('laodong');
    const leader = await sut.signIn('lanhdao');
    const id = reportIdOf('LDLD');
    const detail: ReportDetail = await fillReport(reporter, id);
    const section = detail.sections.find((s) => s.taskGroup?.ordinal === 1)!;

    // accept a draft
    let before = await snapshot(id);
    let r = await office.post(`/api/reports/${id}/accept`);
    expect([r.status, r.body.code]).toEqual([409, 'ILLEGAL_TRANSITION']);
    expect(await snapshot(id)).toEqual(before);

    // the leader writes anything
    for (const [method, url, body] of [
      ['put', `/api/reports/${id}/sections/${section.id}`, { version: section.version, text: 'x' }],
      ['post', `/api/reports/${id}/submit`, {}],
      ['post', `/api/reports/${id}/accept`, {}],
      ['post', `/api/reports/${id}/notes`, { body: 'x' }],
      ['post', `/api/reports/${id}/extension`, { dueDate: '2022-07-01', reason: 'xin gia hạn' }],
    ] as const) {
      r = await leader[method](url).send(body);
      expect([url, r.status, r.body.code]).toEqual([url, 403, 'FORBIDDEN']);
    }
    expect(await snapshot(id)).toEqual(before);

    // submit, then submit twice, edit after submit
    expect((await reporter.post(`/api/reports/${id}/submit`)).status).toBe(200);
    before = await snapshot(id);
    r = await reporter.post(`/api/reports/${id}/submit`);
    expect([r.status, r.body.code]).toEqual([409, 'ILLEGAL_TRANSITION']);
    const fresh: ReportDetail = (await reporter.get(`/api/reports/${id}`)).body;
    const s1 = fresh.sections.find((s) => s.id === section.id)!;
    r = await reporter.put(`/api/reports/${id}/sections/${s1.id}`).send({ version: s1.version, text: 'sửa sau khi gửi', status: 'done' });
    expect([r.status, r.body.code]).toEqual([409, 'ILLEGAL_TRANSITION']);
    // the office cannot write the unit's report either
    r = await office.put(`/api/reports/${id}/sections/${s1.id}`).send({ version: s1.version, text: 'x' });
    expect([r.status, r.body.code]).toEqual([403, 'FORBIDDEN']);
    expect(await snapshot(id)).toEqual(before);
  });

  let shared: Awaited<ReturnType<typeof openNewPeriod>> | null = null;
  async function openNewPeriodOnce() {
    if (!shared) {
      const office = await sut.signIn('vanphong');
      shared = await openNewPeriodAlt(office);
    }
    return shared;
  }
  async function openNewPeriodAlt(office: Awaited<ReturnType<TestApp['signIn']>>) {
    // A quarter, so it does not collide with the half-year of the first test.
    sut.clock.set('2022-03-01T02:00:00Z');
    const created = await office.post('/api/periods').send({
      title: 'Báo cáo quý II năm 2022',
      kind: 'quarter',
      year: 2022,
      sequence: 2,
      dueDate: '2022-06-16',
      requiresHeadApproval: false,
      copyFromPeriodId: (await office.get('/api/periods')).body.items.find((p: { title: string }) => p.title === 'Báo cáo 6 tháng cuối năm 2021').id,
    });
    const periodId = created.body.id as string;
    const db = sut.app.get(DataSource);
    const units = await db.query(`SELECT id, code FROM agencies WHERE code = ANY($1)`, [['LDLD', 'BQLKKT', 'STTTT']]);
    await office.put(`/api/periods/${periodId}/agencies`).send({ agencyIds: units.map((u: { id: string }) => u.id) });
    await office.post(`/api/periods/${periodId}/open`);
    const board = (await office.get(`/api/periods/${periodId}/reports`)).body.items as ReviewBoardRow[];
    return {
      periodId,
      reportIdOf: (code: string) => board.find((b) => b.agencyId === units.find((u: { code: string }) => u.code === code).id)!.reportId,
    };
  }

  it('a closed period takes no submissions, except the one report the office reopens (audited)', async () => {
    const office = await sut.signIn('vanphong');
    const { periodId, reportIdOf } = await openNewPeriod(sut, office, ['TTTT', 'BXTDT'], { year: 2024 });
    const tttt = await sut.signIn('truyenthong');
    const bxtdt = await sut.signIn('xuctiendautu');
    await fillReport(tttt, reportIdOf('TTTT'));
    await fillReport(bxtdt, reportIdOf('BXTDT'));
    await tttt.post(`/api/reports/${reportIdOf('TTTT')}/submit`).expect(200);
    expect((await office.post(`/api/periods/${periodId}/close`)).body.state).toBe('closed');

    const refused = await bxtdt.post(`/api/reports/${reportIdOf('BXTDT')}/submit`);
    expect([refused.status, refused.body.code]).toEqual([409, 'PERIOD_NOT_OPEN']);
    // Reopening needs something to reopen: a submitted or accepted report.
    const notYet = await office.post(`/api/reports/${reportIdOf('BXTDT')}/reopen`).send({ reason: 'Cho phép gửi muộn' });
    expect([notYet.status, notYet.body.code]).toEqual([409, 'ILLEGAL_TRANSITION']);

    const reopened = await office.post(`/api/reports/${reportIdOf('TTTT')}/reopen`).send({ reason: 'Bổ sung số liệu tháng 12' });
    expect(reopened.body).toMatchObject({ state: 'returned', reopened: true });
    const detail: ReportDetail = (await tttt.get(`/api/reports/${reportIdOf('TTTT')}`)).body;
    const s1 = detail.sections.find((s) => s.taskGroup?.ordinal === 1)!;
    await tttt.put(`/api/reports/${detail.id}/sections/${s1.id}`).send({ version: s1.version, text: 'Bổ sung sau khi mở lại', status: 'done' }).expect(200);
    expect((await tttt.post(`/api/reports/${detail.id}/submit`)).body).toMatchObject({ state: 'submitted', versionNumber: 2, reopened: false });
    // Once resubmitted, the period is closed to it again.
    const again = await tttt.put(`/api/reports/${detail.id}/sections/${s1.id}`).send({ version: s1.version + 1, text: 'x', status: 'done' });
    expect(again.status).toBe(409);
    const history = (await office.get(`/api/reports/${detail.id}/audit`)).body.map((e: { action: string }) => e.action);
    expect(history).toContain('report.reopened');
  });

  it('with head approval: the reporter sends it up, the head sends it back or approves and submits', async () => {
    const office = await sut.signIn('vanphong');
    const db = sut.app.get(DataSource);
    const [sngv] = await db.query(`SELECT id FROM agencies WHERE code = 'SNGV'`);
    const [{ password_hash }] = await db.query(`SELECT password_hash FROM users WHERE login = 'songoaivu'`);
    await db.query(
      `INSERT INTO users (login, full_name, role, agency_id, password_hash) VALUES ('giamdocsngv', 'Giám đốc Sở Ngoại vụ', 'agency_head', $1, $2)`,
      [sngv.id, password_hash],
    );
    const { reportIdOf } = await openNewPeriod(sut, office, ['SNGV'], { requiresHeadApproval: true, year: 2025 });
    const id = reportIdOf('SNGV');
    const reporter = await sut.signIn('songoaivu');
    const head = await sut.signIn('giamdocsngv');
    await fillReport(reporter, id);

    const direct = await reporter.post(`/api/reports/${id}/submit`);
    expect([direct.status, direct.body.code]).toEqual([403, 'FORBIDDEN']);
    expect((await reporter.post(`/api/reports/${id}/request-approval`)).body.state).toBe('awaiting_approval');
    // While it waits, nobody edits it.
    const detail: ReportDetail = (await reporter.get(`/api/reports/${id}`)).body;
    const s1 = detail.sections.find((s) => s.taskGroup?.ordinal === 1)!;
    const locked = await reporter.put(`/api/reports/${id}/sections/${s1.id}`).send({ version: s1.version, text: 'x', status: 'done' });
    expect([locked.status, locked.body.code]).toEqual([409, 'ILLEGAL_TRANSITION']);
    expect((await head.post(`/api/reports/${id}/send-back`)).body.state).toBe('draft');
    expect((await reporter.post(`/api/reports/${id}/request-approval`)).body.state).toBe('awaiting_approval');
    const approved = await head.post(`/api/reports/${id}/submit`);
    expect(approved.body).toMatchObject({ state: 'submitted', versionNumber: 1 });
    const history = (await office.get(`/api/reports/${id}/audit`)).body.map((e: { action: string; actorRole: string }) => `${e.action}:${e.actorRole}`);
    expect(history.filter((a: string) => !a.startsWith('report.section_saved'))).toEqual([
      'report.approval_requested:agency_reporter',
      'report.sent_back_to_draft:agency_head',
      'report.approval_requested:agency_reporter',
      'report.approved_and_submitted:agency_head',
    ]);
    // The head's approval is recorded on the report, at the time of the submission.
    const [headUser] = await db.query(`SELECT id FROM users WHERE login = 'giamdocsngv'`);
    const [approval] = await db.query(`SELECT approved_by, approved_at = last_submitted_at AS at_submission FROM agency_reports WHERE id = $1`, [id]);
    expect(approval).toEqual({ approved_by: headUser.id, at_submission: true });
  });

  describe('deadlines on an injected clock', () => {
    it('an extension moves the line; a late resubmission keeps the first timeliness', async () => {
      const office = await sut.signIn('vanphong');
      const { reportIdOf } = await openNewPeriodOnce();
      const id = reportIdOf('BQLKKT');
      const unit = await sut.signIn('khukinhte');
      await fillReport(unit, id);
      const ext = await office.post(`/api/reports/${id}/extension`).send({ dueDate: '2022-06-20', reason: 'Đơn vị đề nghị gia hạn do tổ chức đoàn công tác.' });
      expect(ext.status).toBe(200);
      expect(ext.body).toMatchObject({ effectiveDueDate: '2022-06-20', extendedDueDate: '2022-06-20' });
      sut.clock.set('2022-06-20T23:59:59+07:00');
      const onTime = await unit.post(`/api/reports/${id}/submit`);
      expect(onTime.body).toMatchObject({ submissionStatus: 'on_time', daysLate: null });
      // A second extension after submission is refused.
      const again = await office.post(`/api/reports/${id}/extension`).send({ dueDate: '2022-06-25', reason: 'lần hai' });
      expect([again.status, again.body.code]).toEqual([409, 'ILLEGAL_TRANSITION']);
    });

    it('rejects a due date without a working day after the cut-off, and moves a weekend due date to Monday', async () => {
      const office = await sut.signIn('vanphong');
      const tooEarly = await office.post('/api/periods').send({
        title: 'Báo cáo tháng 7 năm 2022', kind: 'month', year: 2022, sequence: 7, dueDate: '2022-07-14', requiresHeadApproval: false,
      });
      expect(tooEarly.status).toBe(422);
      expect(tooEarly.body.details[0].field).toBe('dueDate');
      const weekend = await office.post('/api/periods').send({
        title: 'Báo cáo tháng 7 năm 2022', kind: 'month', year: 2022, sequence: 7, dueDate: '2022-07-16', requiresHeadApproval: false,
      });
      expect(weekend.status).toBe(201);
      expect(weekend.body).toMatchObject({ cutOffFrom: '2022-06-15', cutOffTo: '2022-07-14', dueDate: '2022-07-18', state: 'draft' });
    });
  });

  describe('autosave concurrency', () => {
    it('two sessions save the same section from the same version: one wins, the other gets 409 with the server copy', async () => {
      const { reportIdOf } = await openNewPeriodOnce();
      const id = reportIdOf('STTTT');
      const a = await sut.signIn('sotttt');
      const b = await sut.signIn('sotttt');
      const detail: ReportDetail = (await a.get(`/api/reports/${id}`)).body;
      const section = detail.sections.find((s) => s.generalKey === 'difficulties')!;
      const first = await a.put(`/api/reports/${id}/sections/${section.id}`).send({ version: section.version, text: 'Bản của máy A' });
      const second = await b.put(`/api/reports/${id}/sections/${section.id}`).send({ version: section.version, text: 'Bản của máy B' });
      expect(first.status).toBe(200);
      expect(second.status).toBe(409);
      expect(second.body.code).toBe('STALE_VERSION');
      expect(second.body.details.server).toMatchObject({ id: section.id, text: 'Bản của máy A', version: section.version + 1 });
      // The loser keeps its text and saves it on top of the server's version.
      const retry = await b.put(`/api/reports/${id}/sections/${section.id}`).send({ version: second.body.details.server.version, text: 'Bản của máy B' });
      expect(retry.status).toBe(200);
      expect(retry.body.text).toBe('Bản của máy B');
    });

    it('20 parallel saves: from one version exactly one wins; to different sections, none is lost', async () => {
      const { reportIdOf } = await openNewPeriodOnce();
      const id = reportIdOf('STTTT');
      const agent = await sut.signIn('sotttt');
      const detail: ReportDetail = (await agent.get(`/api/reports/${id}`)).body;
      const target = detail.sections.find((s) => s.generalKey === 'proposals')!;
      const race = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          agent.put(`/api/reports/${id}/sections/${target.id}`).send({ version: target.version, text: `Đề xuất số ${i}` }),
        ),
      );
      const winners = race.filter((r) => r.status === 200);
      expect(winners).toHaveLength(1);
      expect(race.filter((r) => r.status === 409 && r.body.code === 'STALE_VERSION')).toHaveLength(19);
      const after: ReportDetail = (await agent.get(`/api/reports/${id}`)).body;
      expect(after.sections.find((s) => s.id === target.id)!.text).toBe(winners[0]!.body.text);

      const sections = after.sections.filter((s) => s.applicable && s.id !== target.id);
      const parallel = await Promise.all(
        sections.map((s, i) => agent.put(`/api/reports/${id}/sections/${s.id}`).send({ version: s.version, text: `Nội dung ${i}` })),
      );
      expect(parallel.map((r) => r.status)).toEqual(sections.map(() => 200));
      const final: ReportDetail = (await agent.get(`/api/reports/${id}`)).body;
      expect(sections.map((s) => final.sections.find((f) => f.id === s.id)!.text)).toEqual(sections.map((_, i) => `Nội dung ${i}`));
    });

    /** Notes each write statement's saves (by text), then lets it really write: observed, not replaced. */
    function observeWriteStatements() {
      const repository = sut.app.get(ReportsRepository);
      const statements: string[][] = [];
      const writeSectionSaves = repository.writeSectionSaves.bind(repository);
      const spy = jest.spyOn(repository, 'writeSectionSaves').mockImplementation((manager, writes) => {
        statements.push(writes.map((write) => write.text));
        return writeSectionSaves(manager, writes);
      });
      // The sections whose save facts have been read, noted once the read has answered.
      const factsRead: string[] = [];
      const findSaveFacts = repository.findSaveFacts.bind(repository);
      const factsSpy = jest.spyOn(repository, 'findSaveFacts').mockImplementation(async (manager, sectionIds) => {
        const rows = await findSaveFacts(manager, sectionIds);
        factsRead.push(...sectionIds);
        return rows;
      });
      return {
        statements,
        factsRead,
        restore: () => {
          spy.mockRestore();
          factsSpy.mockRestore();
        },
      };
    }
    const nextTurn = () => new Promise((resolve) => setImmediate(resolve));
    /** Waits until `done` holds (the database answers in its own time), at most five seconds. */
    async function until(done: () => boolean): Promise<void> {
      for (let waited = 0; !done(); waited += 10) {
        if (waited >= 5_000) throw new Error('waited five seconds in vain');
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    }

    it('saves in flight together share one statement; each keeps its answer and a failing one fails alone', async () => {
      const office = await sut.signIn('vanphong');
      const { reportIdOf } = await openNewPeriod(sut, office, ['STTTT'], { year: 2031 });
      const id = reportIdOf('STTTT');
      const agent = await sut.signIn('sotttt');
      const user: CurrentUser = (await agent.get('/api/auth/me').expect(200)).body;
      const opened: ReportDetail = (await agent.get(`/api/reports/${id}`)).body;
      const [g6, g7, g8] = [6, 7, 8].map((n) => opened.sections.find((s) => s.taskGroup?.ordinal === n)!);
      // A first save makes the report a draft, so the three saves below start from the same state.
      await agent.put(`/api/reports/${id}/sections/${g6.id}`).send({ version: g6.version, text: 'Sáu' }).expect(200);
      const detail: ReportDetail = (await agent.get(`/api/reports/${id}`)).body;
      const general = detail.sections.find((s) => s.generalKey === 'causes')!;
      const db = sut.app.get(DataSource);
      const audited = async () => (await db.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'report.section_saved' AND object_id = $1`, [id]))[0].n;
      const before = await audited();
      const reports = sut.app.get(ReportsService);
      const observed = observeWriteStatements();
      try {
        const outcomes = await Promise.allSettled([
          reports.saveSection(user, id, g7.id, {
            version: g7.version, text: 'Nhóm 7 trong lô', status: 'done',
            indicatorValues: g7.indicatorValues.map((v, i) => ({ indicatorId: v.indicatorId, value: i + 3 })),
          }),
          reports.saveSection(user, id, general.id, { version: general.version, text: 'Nguyên nhân trong lô' }),
          // A status the database refuses (the DTO would have): this save must fail without taking the others down.
          reports.saveSection(user, id, g8.id, { version: g8.version, text: 'Nhóm 8 hỏng', status: 'bogus' as TaskStatus }),
        ]);
        expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
        // One statement for the three; it failed, so each went again alone.
        expect(observed.statements[0]).toEqual(['Nhóm 7 trong lô', 'Nguyên nhân trong lô', 'Nhóm 8 hỏng']);
        expect(observed.statements.slice(1).every((statement) => statement.length === 1)).toBe(true);
      } finally {
        observed.restore();
      }
      const after: ReportDetail = (await agent.get(`/api/reports/${id}`)).body;
      const section = (sid: string) => after.sections.find((s) => s.id === sid)!;
      expect([section(g7.id).text, section(g7.id).status, section(g7.id).version, section(g7.id).indicatorValues.map((v) => v.value)]).toEqual([
        'Nhóm 7 trong lô', 'done', g7.version + 1, g7.indicatorValues.map((_, i) => i + 3),
      ]);
      expect([section(general.id).text, section(general.id).version]).toEqual(['Nguyên nhân trong lô', general.version + 1]);
      expect([section(g8.id).text, section(g8.id).version]).toEqual([g8.text, g8.version]);
      expect((await audited()) - before).toBe(2);

      // The same indicator twice is refused before anything is written.
      const twice = await agent.put(`/api/reports/${id}/sections/${g7.id}`).send({
        version: section(g7.id).version, text: 'x', status: 'done',
        indicatorValues: [{ indicatorId: g7.indicatorValues[0]!.indicatorId, value: 1 }, { indicatorId: g7.indicatorValues[0]!.indicatorId, value: 2 }],
      });
      expect([twice.status, twice.body.code, twice.body.details[0].field]).toEqual([422, 'VALIDATION_FAILED', 'indicatorValues.1.indicatorId']);
    });

    it('one write in flight: the saves that arrive while it runs wait and go together in the next statement', async () => {
      const office = await sut.signIn('vanphong');
      const { reportIdOf } = await openNewPeriod(sut, office, ['STTTT'], { year: 2029 });
      const id = reportIdOf('STTTT');
      const agent = await sut.signIn('sotttt');
      const user: CurrentUser = (await agent.get('/api/auth/me').expect(200)).body;
      const detail: ReportDetail = (await agent.get(`/api/reports/${id}`)).body;
      const [g1, g2, g3, g4] = [1, 2, 3, 4].map((n) => detail.sections.find((s) => s.taskGroup?.ordinal === n)!);
      // A first save makes the report a draft, so the three saves below start from the same state.
      await agent.put(`/api/reports/${id}/sections/${g4.id}`).send({ version: g4.version, text: 'Bốn' }).expect(200);
      const reports = sut.app.get(ReportsService);
      const db = sut.app.get(DataSource);
      const observed = observeWriteStatements();
      // Another transaction holds the first section's row, so the first write stays in flight.
      const holder = db.createQueryRunner();
      try {
        await holder.startTransaction();
        await holder.query(`SELECT 1 FROM report_sections WHERE id = $1 FOR UPDATE`, [g1.id]);
        const first = reports.saveSection(user, id, g1.id, { version: g1.version, text: 'Một' });
        await until(() => observed.statements.length === 1);
        const second = reports.saveSection(user, id, g2.id, { version: g2.version, text: 'Hai' });
        await nextTurn();
        const third = reports.saveSection(user, id, g3.id, { version: g3.version, text: 'Ba' });
        // Both have read their facts and asked to write: they wait behind the first.
        await until(() => observed.factsRead.includes(g2.id) && observed.factsRead.includes(g3.id));
        for (let turn = 0; turn < 5; turn += 1) await nextTurn();
        expect(observed.statements).toEqual([['Một']]);
        await holder.commitTransaction();
        const saved = await Promise.all([first, second, third]);
        expect(saved.map((section) => section.version)).toEqual([g1.version + 1, g2.version + 1, g3.version + 1]);
        // The two waiting saves went together, in whichever order their facts came back.
        expect(observed.statements.map((statement) => [...statement].sort())).toEqual([['Một'], ['Ba', 'Hai']]);
      } finally {
        observed.restore();
        if (holder.isTransactionActive) await holder.rollbackTransaction();
        await holder.release();
      }
    });

    it('facts remembered from the last save never write past a change: a waived group, a closed period', async () => {
      const office = await sut.signIn('vanphong');
      const { periodId, reportIdOf } = await openNewPeriod(sut, office, ['STTTT'], { year: 2027 });
      const id = reportIdOf('STTTT');
      const agent = await sut.signIn('sotttt');
      const detail: ReportDetail = (await agent.get(`/api/reports/${id}`)).body;
      const g3 = detail.sections.find((s) => s.taskGroup?.ordinal === 3)!;
      const general = detail.sections.find((s) => s.generalKey === 'strengths')!;
      const save = (sectionId: string, version: number, text: string) => agent.put(`/api/reports/${id}/sections/${sectionId}`).send({ version, text });
      const db = sut.app.get(DataSource);
      const versionOf = async (sectionId: string) => (await db.query(`SELECT version FROM report_sections WHERE id = $1`, [sectionId]))[0].version;

      const first = await save(g3.id, g3.version, 'Lần 1');
      const second = await save(g3.id, first.body.version, 'Lần 2'); // decided on the remembered facts
      expect([first.status, second.status, second.body.version]).toEqual([200, 200, g3.version + 2]);
      await office.put(`/api/reports/${id}/sections/${g3.id}/applicability`).send({ applicable: false }).expect(200);
      const waived = await save(g3.id, second.body.version, 'Lần 3');
      expect([waived.status, waived.body.code]).toEqual([409, 'ILLEGAL_TRANSITION']);

      const kept = await save(general.id, general.version, 'Ưu điểm 1');
      expect(kept.status).toBe(200);
      await office.post(`/api/periods/${periodId}/close`).expect(200);
      expect(await versionOf(general.id)).toBe(kept.body.version); // closing leaves the section alone: only the write's guard can refuse
      const closed = await save(general.id, kept.body.version, 'Ưu điểm 2');
      expect([closed.status, closed.body.code]).toEqual([409, 'PERIOD_NOT_OPEN']);

      const after: ReportDetail = (await office.get(`/api/reports/${id}`)).body;
      expect(after.sections.find((s) => s.id === g3.id)!.text).toBe('Lần 2');
      expect(after.sections.find((s) => s.id === general.id)!.text).toBe('Ưu điểm 1');
    });

    it('the history gets one "content saved" per edit session: a new editor, a status change or a 10-minute pause', async () => {
      const office = await sut.signIn('vanphong');
      const { reportIdOf } = await openNewPeriod(sut, office, ['STTTT'], { year: 2028 });
      const id = reportIdOf('STTTT');
      const db = sut.app.get(DataSource);
      // A second reporter of the same unit, with the demo password.
      await db.query(
        `INSERT INTO users (login, full_name, role, agency_id, password_hash)
         SELECT 'sotttt2', 'Cán bộ thứ hai', role, agency_id, password_hash FROM users WHERE login = 'sotttt'`,
      );
      const [first, second] = [await sut.signIn('sotttt'), await sut.signIn('sotttt2')];
      const g2 = ((await first.get(`/api/reports/${id}`)).body as ReportDetail).sections.find((s) => s.taskGroup?.ordinal === 2)!;
      let version = g2.version;
      const save = async (agent: typeof first, text: string, status: TaskStatus | null = null) => {
        const r = await agent.put(`/api/reports/${id}/sections/${g2.id}`).send({ version, text, status });
        expect(r.status).toBe(200);
        version = r.body.version;
      };
      const sessions = async () =>
        (await db.query(`SELECT summary->>'version' AS v FROM audit_events WHERE action = 'report.section_saved' AND summary->>'sectionId' = $1 ORDER BY id`, [g2.id]))
          .map((r: { v: string }) => Number(r.v));
      const start = sut.clock.now().getTime();
      const at = (minutes: number) => sut.clock.set(new Date(start + minutes * 60_000));

      await save(first, 'Đã triển khai'); // v1: the first save of this person opens a session
      at(1);
      await save(first, 'Đã triển khai các'); // v2
      at(9);
      await save(first, 'Đã triển khai các hoạt động'); // v3: 8 minutes after the last save, same session
      await save(first, 'Đã triển khai các hoạt động', 'in_progress'); // v4: the status changed
      at(19);
      await save(first, 'Đã triển khai các hoạt động.', 'in_progress'); // v5: exactly 10 minutes later
      await save(second, 'Đã triển khai các hoạt động. Bổ sung.', 'in_progress'); // v6: another person
      await save(second, 'Đã triển khai các hoạt động. Bổ sung số liệu.', 'in_progress'); // v7
      expect(await sessions()).toEqual([1, 4, 5, 6]);
    });

    it('validates figures: non-negative, bounded, whole numbers where the unit says so', async () => {
      const { reportIdOf } = await openNewPeriodOnce();
      const id = reportIdOf('STTTT');
      const agent = await sut.signIn('sotttt');
      const detail: ReportDetail = (await agent.get(`/api/reports/${id}`)).body;
      const s = detail.sections.find((x) => x.taskGroup?.ordinal === 7)!;
      const [lop] = s.indicatorValues;
      for (const value of [-1, 2.5, 5_000_000_000]) {
        const r = await agent.put(`/api/reports/${id}/sections/${s.id}`).send({ version: s.version, text: 'x', status: 'done', indicatorValues: [{ indicatorId: lop!.indicatorId, value }] });
        expect([value, r.status, r.body.code]).toEqual([value, 422, 'VALIDATION_FAILED']);
        expect(r.body.details[0].field).toMatch(/^indicatorValues\.0\.value$/);
      }
      const unchanged: ReportDetail = (await agent.get(`/api/reports/${id}`)).body;
      expect(unchanged.sections.find((x) => x.id === s.id)!.version).toBe(s.version);
    });
  });
});

describe('large sections', () => {
  let sut: TestApp;
  beforeAll(async () => {
    sut = await startTestApp();
  });
  afterAll(() => sut.close());

  it('saves a 100,000-character section (about 250 KB of Vietnamese) and refuses one character more with 422', async () => {
    const office = await sut.signIn('vanphong');
    const { reportIdOf } = await openNewPeriod(sut, office, ['SNGV']);
    const unit = await sut.signIn('songoaivu');
    const detail: ReportDetail = (await unit.get(`/api/reports/${reportIdOf('SNGV')}`)).body;
    const section = detail.sections.find((s) => s.generalKey === 'next_plan')!;
    const text = 'Tiếp tục đẩy mạnh công tác thông tin đối ngoại. '.repeat(2100).slice(0, 100_000);
    const saved = await unit.put(`/api/reports/${detail.id}/sections/${section.id}`).send({ version: section.version, text });
    expect(saved.status).toBe(200);
    expect(saved.body.text).toHaveLength(100_000);
    const tooLong = await unit.put(`/api/reports/${detail.id}/sections/${section.id}`).send({ version: saved.body.version, text: `${text}x` });
    expect([tooLong.status, tooLong.body.code]).toEqual([422, 'VALIDATION_FAILED']);
  });
});
