import type { Agency, AgencyHistory, MyReportRow, ReportDetail, ReviewBoardRow, SuccessionPreview } from '@giao-ban/shared';
import type TestAgent from 'supertest/lib/agent.js';
import { DataSource } from 'typeorm';
import { docxParts, downloadBytes as download } from './helpers/downloads.js';
import { minimalPdf } from './helpers/files.js';
import { agencyIdByCode, demoPeriodId, fillReport, openNewPeriod } from './helpers/workflow.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

/**
 * Units administration on PostgreSQL (issue #11): create and edit, rename (reports keep the name
 * they were filed under), merge (open obligations move, accounts move, the successor's users read
 * the predecessors' reports and never write them), split and abolish; a finalized summary's .docx
 * stays the same bytes through all of it.
 */
describe('units administration', () => {
  let sut: TestApp;
  let db: DataSource;
  let admin: TestAgent;
  let office: TestAgent;
  let demoPeriod: string;
  const id: Record<string, string> = {};
  /** The finalized demo summary's .docx, as exported before any rename or merge: entry name → bytes. */
  let finalDocx: Map<string, Buffer>;
  let finalVersion: number;
  let finalVersionJson: unknown;

  const reportOf = async (periodId: string, code: string): Promise<string> =>
    (await db.query(`SELECT r.id FROM agency_reports r JOIN agencies a ON a.id = r.agency_id WHERE r.period_id = $1 AND a.code = $2`, [periodId, code]))[0]
      .id;
  const auditActions = async (objectId: string): Promise<string[]> =>
    (await db.query(`SELECT action FROM audit_events WHERE object_id = $1 ORDER BY id`, [objectId])).map((r: { action: string }) => r.action);
  const board = async (periodId: string): Promise<ReviewBoardRow[]> => (await office.get(`/api/periods/${periodId}/reports`).expect(200)).body.items;

  beforeAll(async () => {
    sut = await startTestApp();
    db = sut.app.get(DataSource);
    demoPeriod = await demoPeriodId(sut);
    for (const code of ['SNGV', 'STTTT', 'TTTT', 'BXTDT', 'LDLD', 'CAT', 'BINHLIEU', 'BQLKKT']) id[code] = await agencyIdByCode(sut, code);
    admin = await sut.signIn('quantri');
    office = await sut.signIn('vanphong');

    // The demo period's summary, compiled and finalized before any unit changes.
    sut.clock.set('2021-12-21T03:00:00Z');
    const summary = `/api/periods/${demoPeriod}/summary`;
    await office.post(`${summary}/compile`).send({ includeSubmitted: true }).expect(200);
    await office.put(`${summary}/settings`).send({ style: 'party', signerName: 'Vi Ngọc Bích', date: '2021-12-24' }).expect(200);
    await office.post(`${summary}/compile`).send({ includeSubmitted: true }).expect(200);
    const final = await office.post(`${summary}/finalize`).send({ number: '12-BC/BCĐ', date: '2021-12-24' }).expect(200);
    finalVersion = final.body.finalVersion;
    finalDocx = await docxParts(await download(office, `${summary}/export.docx`));
    finalVersionJson = (await office.get(`${summary}/versions/${finalVersion}`).expect(200)).body;
  });
  afterAll(() => sut.close());

  describe('create and edit', () => {
    it('creates a unit with contact details, a code made from its short name, and its first name on record', async () => {
      const created = await office
        .post('/api/agencies')
        .send({ name: '  Báo Quảng Ninh ', shortName: 'Báo QN', kind: 'press', displayOrder: 9, contactPerson: 'Nguyễn Thị Lan', email: 'toasoan@baoquangninh.vn', phone: '0203 3835 888' })
        .expect(201);
      expect(created.body).toMatchObject({
        code: 'BQ',
        name: 'Báo Quảng Ninh',
        shortName: 'Báo QN',
        kind: 'press',
        displayOrder: 9,
        active: true,
        isStandingOffice: false,
        contactPerson: 'Nguyễn Thị Lan',
        email: 'toasoan@baoquangninh.vn',
        phone: '0203 3835 888',
      });
      id.BQ = created.body.id;
      const history: AgencyHistory = (await admin.get(`/api/agencies/${id.BQ}/history`).expect(200)).body;
      expect(history.names).toEqual([{ name: 'Báo Quảng Ninh', shortName: 'Báo QN', validFrom: expect.any(String), changedByName: 'Phòng Thông tin - Tổng hợp (Cơ quan thường trực)' }]);
      expect(await auditActions(id.BQ)).toEqual(['agency.created']);

      // The same short name again gets the next free code; a code given is checked.
      const again = await admin.post('/api/agencies').send({ name: 'Báo Quảng Ninh điện tử', shortName: 'Báo QN', kind: 'press', displayOrder: 10 }).expect(201);
      expect(again.body.code).toBe('BQ-2');
      const taken = await admin.post('/api/agencies').send({ code: 'sngv', name: 'Trùng mã', shortName: 'Trùng', kind: 'press', displayOrder: 11 });
      expect([taken.status, taken.body.code, taken.body.details[0].field]).toEqual([422, 'VALIDATION_FAILED', 'code']);
      await db.query(`UPDATE agencies SET active = false WHERE id = $1`, [again.body.id]); // out of the way of the lists below
    });

    it('validates at the edge: names, kind, display order, e-mail, phone, unknown fields', async () => {
      const bad = await admin
        .post('/api/agencies')
        .send({ name: 'X', shortName: '', kind: 'ministry', displayOrder: 0, email: 'not-an-email', phone: 'abc', isStandingOffice: true });
      expect(bad.status).toBe(422);
      expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['displayOrder', 'email', 'isStandingOffice', 'kind', 'name', 'phone', 'shortName']);
    });

    it('edits contact details and display order without touching the name history', async () => {
      const edited = await admin.patch(`/api/agencies/${id.BQ}`).send({ displayOrder: 12, contactPerson: null, phone: '0912 000 111' }).expect(200);
      expect(edited.body).toMatchObject({ displayOrder: 12, contactPerson: null, phone: '0912 000 111', name: 'Báo Quảng Ninh' });
      const [event] = await db.query(`SELECT summary FROM audit_events WHERE object_id = $1 AND action = 'agency.updated'`, [id.BQ]);
      expect(event.summary).toEqual({
        changes: { displayOrder: { from: 9, to: 12 }, contactPerson: { from: 'Nguyễn Thị Lan', to: null }, phone: { from: '0203 3835 888', to: '0912 000 111' } },
      });
      expect((await admin.get(`/api/agencies/${id.BQ}/history`)).body.names).toHaveLength(1);
      // Display order drives the lists.
      const list: Agency[] = (await office.get('/api/agencies?active=true&pageSize=100').expect(200)).body.items;
      expect(list.map((a) => a.displayOrder)).toEqual([...list.map((a) => a.displayOrder)].sort((a, b) => a - b));
      // 12 puts it after every demo unit, the standing office (9) included
      expect(list.at(-1)!.name).toBe('Báo Quảng Ninh');
      expect((await office.get('/api/agencies?active=false&pageSize=100').expect(200)).body.items.map((a: Agency) => a.name)).toEqual(['Báo Quảng Ninh điện tử']);
    });
  });

  describe('rename', () => {
    it('keeps the name a report was filed under; only open obligations follow; the history lists both names', async () => {
      const sngvReport = await reportOf(demoPeriod, 'SNGV'); // accepted in the demo
      const bqlReport = await reportOf(demoPeriod, 'BQLKKT'); // never submitted, period open
      const boardBefore = await board(demoPeriod);

      await admin.patch(`/api/agencies/${id.SNGV}`).send({ name: 'Sở Ngoại vụ tỉnh Quảng Ninh', shortName: 'SNgV' }).expect(200);
      await office.patch(`/api/agencies/${id.BQLKKT}`).send({ name: 'Ban Quản lý Khu kinh tế Quảng Ninh' }).expect(200);

      const rows = await board(demoPeriod);
      const nameOf = (list: ReviewBoardRow[], agencyId: string) => list.find((r) => r.agencyId === agencyId)!.agencyName;
      expect(nameOf(rows, id.SNGV)).toBe('Sở Ngoại vụ');
      expect(nameOf(rows, id.BQLKKT)).toBe('Ban Quản lý Khu kinh tế Quảng Ninh');
      // Nothing else on the board moved; still in display order.
      expect(rows.map((r) => r.agencyId)).toEqual(boardBefore.map((r) => r.agencyId));
      expect((await office.get(`/api/reports/${sngvReport}`).expect(200)).body.agency).toEqual({ id: id.SNGV, name: 'Sở Ngoại vụ' });
      const units = (await office.get(`/api/periods/${demoPeriod}/dashboard/units?pageSize=100`).expect(200)).body.items;
      expect(units.find((u: { agencyId: string }) => u.agencyId === id.SNGV).agencyName).toBe('Sở Ngoại vụ');
      // The unit's own user sees the report under its filed name too.
      const mine: MyReportRow[] = (await (await sut.signIn('songoaivu')).get('/api/reports/mine').expect(200)).body.items;
      expect(mine.find((r) => r.reportId === sngvReport)).toMatchObject({ agencyName: 'Sở Ngoại vụ', fromPredecessor: false });

      const history: AgencyHistory = (await office.get(`/api/agencies/${id.SNGV}/history`).expect(200)).body;
      expect(history.names.map((n) => [n.name, n.shortName, n.changedByName])).toEqual([
        ['Sở Ngoại vụ', 'Sở Ngoại vụ', null],
        ['Sở Ngoại vụ tỉnh Quảng Ninh', 'SNgV', 'Quản trị hệ thống'],
      ]);
      const [event] = await db.query(`SELECT summary FROM audit_events WHERE object_id = $1 AND action = 'agency.updated'`, [id.SNGV]);
      expect(event.summary).toMatchObject({ changes: { name: { from: 'Sở Ngoại vụ', to: 'Sở Ngoại vụ tỉnh Quảng Ninh' } }, openReportsRenamed: 0 });

      // Filed under the new name, it keeps that one through the next rename.
      const khukinhte = await sut.signIn('khukinhte');
      sut.clock.set('2021-12-22T03:00:00Z');
      await fillReport(khukinhte, bqlReport);
      await khukinhte.post(`/api/reports/${bqlReport}/submit`).expect(200);
      await office.patch(`/api/agencies/${id.BQLKKT}`).send({ name: 'Ban Quản lý các Khu kinh tế tỉnh' }).expect(200);
      expect(nameOf(await board(demoPeriod), id.BQLKKT)).toBe('Ban Quản lý Khu kinh tế Quảng Ninh');
    });
  });

  describe('merge', () => {
    let p2: { periodId: string; reportIdOf: (code: string) => string };
    let draftPeriod: string;
    let successor: Agency;
    let sotttt: TestAgent;
    const mergeBody = () => ({
      predecessorIds: [id.STTTT, id.TTTT],
      successor: { create: { name: 'Sở Khoa học và Công nghệ', shortName: 'Sở KH&CN', kind: 'department', displayOrder: 2, contactPerson: 'Phòng Thông tin - Báo chí' } },
      users: 'move',
      effectiveOn: '2022-06-01',
      note: 'Nghị quyết hợp nhất Sở Thông tin và Truyền thông vào Sở Khoa học và Công nghệ',
    });

    beforeAll(async () => {
      p2 = await openNewPeriod(sut, office, ['SNGV', 'STTTT', 'TTTT']);
      sotttt = await sut.signIn('sotttt');
      await fillReport(sotttt, p2.reportIdOf('STTTT')); // a draft with work in it; TTTT's is untouched
      const draft = await office.post('/api/periods').send({ title: 'Báo cáo tháng 8 năm 2022', kind: 'month', year: 2022, sequence: 8, dueDate: '2022-08-17', requiresHeadApproval: false }).expect(201);
      draftPeriod = draft.body.id;
      await office.put(`/api/periods/${draftPeriod}/agencies`).send({ agencyIds: [id.STTTT, id.TTTT, id.SNGV] }).expect(200);
    });

    it('previews what will happen, changing nothing', async () => {
      const preview: SuccessionPreview = (await admin.post('/api/agencies/merge/preview').send(mergeBody()).expect(200)).body;
      const ids = (list: { reportId: string }[]) => list.map((o) => o.reportId);
      expect(ids(preview.plan.move)).toEqual([p2.reportIdOf('STTTT')]);
      expect(ids(preview.plan.release)).toEqual([p2.reportIdOf('TTTT')]);
      expect(ids(preview.plan.keep).sort()).toEqual([await reportOf(demoPeriod, 'STTTT'), await reportOf(demoPeriod, 'TTTT')].sort());
      expect(preview.plan.conflicts).toEqual([]);
      expect(preview.plan.draftPeriods).toEqual([{ periodId: draftPeriod, periodTitle: 'Báo cáo tháng 8 năm 2022', removed: [id.STTTT, id.TTTT], successorAdded: true }]);
      expect(preview.users.map((u) => u.login).sort()).toEqual(['sotttt', 'truyenthong']);
      expect(preview.successor).toBeNull();
      expect((await db.query(`SELECT count(*)::int AS n FROM agencies WHERE name = 'Sở Khoa học và Công nghệ'`))[0].n).toBe(0);
      expect((await office.get(`/api/agencies/${id.STTTT}`)).body.active).toBe(true);
    });

    it('merges two units into a new one: open obligations and accounts move, filed reports stay, both units end', async () => {
      const result: SuccessionPreview = (await admin.post('/api/agencies/merge').send(mergeBody()).expect(200)).body;
      successor = result.successor!;
      id.SKC = successor.id;
      expect(successor).toMatchObject({ name: 'Sở Khoa học và Công nghệ', code: 'SKC', active: true, displayOrder: 2 });
      expect(result.predecessors.map((a) => [a.code, a.active])).toEqual([['STTTT', false], ['TTTT', false]]);

      // The open obligation is the successor's now, under its name; the empty one ended.
      const p2Board = await board(p2.periodId);
      expect(p2Board.map((r) => [r.agencyId, r.agencyName])).toEqual([
        [id.SNGV, 'Sở Ngoại vụ tỉnh Quảng Ninh'],
        [id.SKC, 'Sở Khoa học và Công nghệ'],
      ]);
      expect(p2Board[1]!.reportId).toBe(p2.reportIdOf('STTTT'));
      expect((await db.query(`SELECT count(*)::int AS n FROM agency_reports WHERE id = $1`, [p2.reportIdOf('TTTT')]))[0].n).toBe(0);
      expect((await office.get(`/api/periods/${p2.periodId}/agencies`).expect(200)).body.agencyIds).toEqual([id.SNGV, id.SKC]);
      // The draft period obliges the successor instead.
      expect(new Set((await office.get(`/api/periods/${draftPeriod}/agencies`).expect(200)).body.agencyIds)).toEqual(new Set([id.SNGV, id.SKC]));

      // The past period's reports stay with the units that filed them, under the names they had.
      const past = await board(demoPeriod);
      expect(past.filter((r) => [id.STTTT, id.TTTT].includes(r.agencyId)).map((r) => r.agencyName)).toEqual(['Sở Thông tin và Truyền thông', 'Trung tâm Truyền thông tỉnh']);
      expect(past.some((r) => r.agencyId === id.SKC)).toBe(false);

      // Audited: both units, the successor, the moved and the ended report, each moved account.
      expect(await auditActions(id.STTTT)).toEqual(['agency.merged']);
      expect(await auditActions(id.SKC)).toEqual(['agency.created', 'agency.succeeded']);
      expect((await auditActions(p2.reportIdOf('STTTT'))).at(-1)).toBe('report.transferred');
      expect((await auditActions(p2.reportIdOf('TTTT'))).at(-1)).toBe('report.released');
      const [sottttUser] = await db.query(`SELECT id, agency_id FROM users WHERE login = 'sotttt'`);
      expect(sottttUser.agency_id).toBe(id.SKC);
      expect((await auditActions(sottttUser.id)).at(-1)).toBe('user.updated');
      const [merged] = await db.query(`SELECT summary FROM audit_events WHERE object_id = $1 AND action = 'agency.merged'`, [id.STTTT]);
      expect(merged.summary).toMatchObject({ successorId: id.SKC, moved: [p2.reportIdOf('STTTT')], released: [], users: 'move', effectiveOn: '2022-06-01' });

      // The unit pages tell it.
      const history: AgencyHistory = (await office.get(`/api/agencies/${id.SKC}/history`).expect(200)).body;
      expect(history.predecessors.map((s) => [s.kind, s.predecessor.name, s.effectiveOn])).toEqual([
        ['merge', 'Sở Thông tin và Truyền thông', '2022-06-01'],
        ['merge', 'Trung tâm Truyền thông tỉnh', '2022-06-01'],
      ]);
      expect(history.activeUserCount).toBe(2);
      const ended: AgencyHistory = (await (await sut.signIn('lanhdao')).get(`/api/agencies/${id.TTTT}/history`).expect(200)).body;
      expect(ended.successors).toEqual([expect.objectContaining({ kind: 'merge', successor: { id: id.SKC, name: 'Sở Khoa học và Công nghệ' }, decidedByName: 'Quản trị hệ thống' })]);
    });

    it("the successor's users read the predecessors' past reports as history, and never write them", async () => {
      sotttt = await sut.signIn('sotttt');
      const pastSTTTT = await reportOf(demoPeriod, 'STTTT');
      const pastTTTT = await reportOf(demoPeriod, 'TTTT');
      const mine: MyReportRow[] = (await sotttt.get('/api/reports/mine').expect(200)).body.items;
      expect(mine.map((r) => [r.reportId, r.agencyName, r.fromPredecessor])).toEqual([
        [p2.reportIdOf('STTTT'), 'Sở Khoa học và Công nghệ', false],
        [pastSTTTT, 'Sở Thông tin và Truyền thông', true],
        [pastTTTT, 'Trung tâm Truyền thông tỉnh', true],
      ]);
      // Read: the report, its versions, a version, the board rows.
      const detail: ReportDetail = (await sotttt.get(`/api/reports/${pastTTTT}`).expect(200)).body;
      expect(detail.agency).toEqual({ id: id.TTTT, name: 'Trung tâm Truyền thông tỉnh' });
      expect(Object.values(detail.permissions).every((allowed) => allowed === false)).toBe(true);
      await sotttt.get(`/api/reports/${pastTTTT}/versions`).expect(200);
      await sotttt.get(`/api/reports/${pastTTTT}/versions/1`).expect(200);
      await sotttt.get(`/api/reports/${pastTTTT}/compare?from=1&to=1`).expect(200);
      expect((await sotttt.get(`/api/periods/${demoPeriod}/reports`).expect(200)).body.items.map((r: ReviewBoardRow) => r.agencyId)).toEqual([id.STTTT, id.TTTT]);
      // Never write: 403 on every write route, and the report unchanged.
      const before = await db.query(`SELECT * FROM agency_reports WHERE id = $1`, [pastTTTT]);
      const [section] = await db.query(`SELECT id, version FROM report_sections WHERE report_id = $1 AND general_key = 'proposals'`, [pastTTTT]);
      const writes = [
        sotttt.put(`/api/reports/${pastTTTT}/sections/${section.id}`).send({ version: section.version, text: 'Sửa hộ', status: null }),
        sotttt.post(`/api/reports/${pastTTTT}/notes`).send({ body: 'Ghi chú' }),
        sotttt.post(`/api/reports/${pastTTTT}/submit`),
        sotttt.post(`/api/reports/${pastTTTT}/request-approval`),
        sotttt.post(`/api/reports/${pastTTTT}/attachments`).attach('file', minimalPdf(), { filename: 'minh-chung.pdf' }),
      ];
      for (const write of writes) {
        const response = await write;
        expect([response.status, response.body.code]).toEqual([403, 'FORBIDDEN']);
      }
      expect(await db.query(`SELECT * FROM agency_reports WHERE id = $1`, [pastTTTT])).toEqual(before);
      // Still never another unit's.
      await sotttt.get(`/api/reports/${await reportOf(demoPeriod, 'CAT')}`).expect(404);
      await sotttt.get(`/api/agencies/${id.STTTT}`).expect(404);
      // And a unit that succeeded nobody reads nothing of theirs.
      await (await sut.signIn('songoaivu')).get(`/api/reports/${pastSTTTT}`).expect(404);
      // The moved obligation is the successor's own: its users go on writing it.
      const own: ReportDetail = (await sotttt.get(`/api/reports/${p2.reportIdOf('STTTT')}`).expect(200)).body;
      expect(own.permissions.canEdit).toBe(true);
      await sotttt.post(`/api/reports/${p2.reportIdOf('STTTT')}/submit`).expect(200);
      // The office and leaders read the ended units' reports as before.
      await (await sut.signIn('lanhdao')).get(`/api/reports/${pastTTTT}`).expect(200);
    });

    it('refuses a merge that would lose a draft, changing nothing (409 OBLIGATION_CONFLICT)', async () => {
      const p3 = await openNewPeriod(sut, office, ['SNGV', 'BXTDT'], { year: 2023 });
      await fillReport(await sut.signIn('songoaivu'), p3.reportIdOf('SNGV'));
      await fillReport(await sut.signIn('xuctiendautu'), p3.reportIdOf('BXTDT'));
      const before = await db.query(`SELECT id, agency_id, state FROM agency_reports ORDER BY id`);
      const refused = await admin
        .post('/api/agencies/merge')
        .send({ predecessorIds: [id.SNGV, id.BXTDT], successor: { create: { name: 'Sở Ngoại vụ và Xúc tiến đầu tư', shortName: 'SNV-XTĐT', kind: 'department', displayOrder: 1 } }, users: 'move' });
      expect([refused.status, refused.body.code]).toEqual([409, 'OBLIGATION_CONFLICT']);
      expect(refused.body.details.conflicts.map((c: { reportId: string }) => c.reportId)).toEqual([p3.reportIdOf('BXTDT')]);
      expect(await db.query(`SELECT id, agency_id, state FROM agency_reports ORDER BY id`)).toEqual(before);
      expect((await db.query(`SELECT count(*)::int AS n FROM agencies WHERE name = 'Sở Ngoại vụ và Xúc tiến đầu tư'`))[0].n).toBe(0);
      expect((await office.get(`/api/agencies/${id.BXTDT}`)).body.active).toBe(true);
      // Once it is filed, it is BXTDT's history and the merge goes through.
      sut.clock.set('2023-06-02T02:00:00Z');
      await (await sut.signIn('xuctiendautu')).post(`/api/reports/${p3.reportIdOf('BXTDT')}/submit`).expect(200);
      const preview: SuccessionPreview = (await office.post('/api/agencies/merge/preview').send({ predecessorIds: [id.SNGV, id.BXTDT], successor: { existingId: id.BQ }, users: 'deactivate' }).expect(200)).body;
      expect([preview.plan.move.map((o) => o.reportId), preview.plan.conflicts]).toEqual([[p2.reportIdOf('SNGV'), p3.reportIdOf('SNGV')], []]);
    });

    it('checks the units and the successor', async () => {
      const attempt = (body: object) => admin.post('/api/agencies/merge').send(body);
      const fieldsOf = async (body: object) => {
        const response = await attempt(body);
        return [response.status, ...(response.body.details ?? []).map((d: { field: string; constraints: object }) => `${d.field}.${Object.keys(d.constraints)[0]}`)];
      };
      expect(await fieldsOf({ predecessorIds: [id.SNGV], successor: { existingId: id.SNGV }, users: 'move' })).toEqual([422, 'successor.notPredecessor']);
      expect(await fieldsOf({ predecessorIds: [id.STTTT], successor: { existingId: id.CAT }, users: 'move' })).toEqual([422, 'predecessorIds.active']);
      expect(await fieldsOf({ predecessorIds: [id.CAT], successor: { existingId: id.TTTT }, users: 'move' })).toEqual([422, 'successor.active']);
      expect(await fieldsOf({ predecessorIds: [id.CAT], successor: { existingId: id.SKC, create: { name: 'Xa', shortName: 'X', kind: 'press', displayOrder: 1 } }, users: 'move' })).toEqual([
        422,
        'successor.exactlyOne',
      ]);
      expect((await attempt({ predecessorIds: [id.CAT], successor: { create: { name: 'Y' } }, users: 'move' })).status).toBe(422);
      expect((await attempt({ predecessorIds: ['not-a-uuid'], successor: { existingId: id.SKC }, users: 'stay' })).status).toBe(422);
      expect((await db.query(`SELECT active FROM agencies WHERE id = $1`, [id.CAT]))[0].active).toBe(true);
    });
  });

  describe('split and abolish', () => {
    it('abolishes a unit without a successor: its accounts are deactivated and signed out, its reports stay readable to the office', async () => {
      const laodong = await sut.signIn('laodong');
      await laodong.get('/api/auth/me').expect(200);
      const preview: SuccessionPreview = (await office.post(`/api/agencies/${id.LDLD}/deactivate/preview`).send({}).expect(200)).body;
      expect([preview.plan.keep.map((o) => o.reportId), preview.plan.move, preview.users.map((u) => u.login)]).toEqual([[await reportOf(demoPeriod, 'LDLD')], [], ['laodong']]);
      expect((await office.get(`/api/agencies/${id.LDLD}`)).body.active).toBe(true);
      const result: SuccessionPreview = (await office.post(`/api/agencies/${id.LDLD}/deactivate`).send({ note: 'Giải thể theo quyết định của Tỉnh ủy' }).expect(200)).body;
      expect(result.userPolicy).toBe('deactivate');
      expect(result.predecessors[0]).toMatchObject({ code: 'LDLD', active: false });
      await laodong.get('/api/auth/me').expect(401);
      expect((await sut.http().post('/api/auth/login').send({ login: 'laodong', password: 'GiaoBan@2021' })).status).toBe(401);
      await office.get(`/api/reports/${await reportOf(demoPeriod, 'LDLD')}`).expect(200);
      const history: AgencyHistory = (await office.get(`/api/agencies/${id.LDLD}/history`).expect(200)).body;
      expect(history.successors.map((s) => [s.kind, s.successor, s.note])).toEqual([['abolish', null, 'Giải thể theo quyết định của Tỉnh ủy']]);
      expect(history.activeUserCount).toBe(0);
      // Once ended, it ends no more; moving accounts needs a successor.
      expect((await office.post(`/api/agencies/${id.LDLD}/deactivate`).send({})).status).toBe(422);
      expect((await office.post(`/api/agencies/${id.CAT}/deactivate`).send({ users: 'move' })).body.details[0].field).toBe('users');
      expect((await office.post(`/api/agencies/00000000-0000-4000-8000-000000000000/deactivate`).send({})).status).toBe(404);
    });

    it('splits a unit into a successor, whose users — moved or its own — read the unit’s past reports, also down a chain', async () => {
      const x = (await admin.post('/api/agencies').send({ name: 'Thị xã Bình Liêu', shortName: 'TX Bình Liêu', kind: 'locality', displayOrder: 7 }).expect(201)).body as Agency;
      await admin.post(`/api/agencies/${id.BINHLIEU}/deactivate`).send({ successorId: x.id, users: 'move', effectiveOn: '2025-07-01' }).expect(200);
      const binhlieu = await sut.signIn('binhlieu');
      const past = await reportOf(demoPeriod, 'BINHLIEU');
      await binhlieu.get(`/api/reports/${past}`).expect(200);
      // X ends in turn into Y: Y's users read both X's and Bình Liêu's reports.
      const y = (await admin.post('/api/agencies').send({ name: 'Khu vực Bình Liêu - Tiên Yên', shortName: 'BL-TY', kind: 'locality', displayOrder: 7 }).expect(201)).body as Agency;
      await admin.post(`/api/agencies/${x.id}/deactivate`).send({ successorId: y.id, users: 'move' }).expect(200);
      const again = await sut.signIn('binhlieu');
      await again.get(`/api/reports/${past}`).expect(200);
      expect((await again.get('/api/reports/mine').expect(200)).body.items.map((r: MyReportRow) => [r.agencyName, r.fromPredecessor])).toEqual([['Huyện Bình Liêu', true]]);
      const history: AgencyHistory = (await office.get(`/api/agencies/${x.id}/history`).expect(200)).body;
      expect(history.predecessors.map((s) => [s.kind, s.predecessor.name])).toEqual([['split', 'Huyện Bình Liêu']]);
      expect(history.successors.map((s) => [s.kind, s.successor?.name])).toEqual([['split', 'Khu vực Bình Liêu - Tiên Yên']]);
    });
  });

  describe('afterwards', () => {
    it('the finalized summary exports the same .docx, byte for byte, after the renames and merges', async () => {
      // Everything above happened: renames, a merge, an abolition, a split.
      expect((await db.query(`SELECT count(*)::int AS n FROM agency_successions`))[0].n).toBe(5);
      expect((await db.query(`SELECT count(*)::int AS n FROM agency_names WHERE changed_by IS NOT NULL AND agency_id = ANY($1::uuid[])`, [[id.SNGV, id.BQLKKT]]))[0].n).toBe(3);
      const summary = `/api/periods/${demoPeriod}/summary`;
      const now = await docxParts(await download(office, `${summary}/export.docx`));
      const versioned = await docxParts(await download(office, `${summary}/export.docx?version=${finalVersion}`));
      for (const parts of [now, versioned]) {
        expect([...parts.keys()]).toEqual([...finalDocx.keys()]);
        for (const [name, bytes] of finalDocx) expect({ name, same: parts.get(name)!.equals(bytes) }).toEqual({ name, same: true });
      }
      expect((await office.get(`${summary}/versions/${finalVersion}`).expect(200)).body).toEqual(finalVersionJson);
      // The document names the units as they were called when it was finalized.
      const document = finalDocx.get('word/document.xml')!.toString('utf8');
      expect(document).toContain('Sở Thông tin và Truyền thông');
      expect(document).not.toContain('Sở Khoa học và Công nghệ');
    });
  });
});
