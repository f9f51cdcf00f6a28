import { COMMITTEE_SETTINGS_SEED, type CommitteeSettings, type CommitteeSettingsView, type HolidayYear, type SummaryDetail } from '@giao-ban/shared';
import type TestAgent from 'supertest/lib/agent.js';
import { DataSource } from 'typeorm';
import { listRoutes } from '../src/common/routes/route-table.js';
import { docxParts, downloadBytes } from './helpers/downloads.js';
import { demoPeriodId, fillReport, openNewPeriod } from './helpers/workflow.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

/**
 * The committee's settings and the public holidays (issue #11, "Settings"): the administrator keeps
 * them, every change is validated and audited, a summary made afterwards takes the new settings
 * while the documents already made keep theirs, and a period created afterwards moves its due date
 * off the new holidays.
 */
describe('committee settings and public holidays', () => {
  let sut: TestApp;
  let db: DataSource;
  let admin: TestAgent;
  let office: TestAgent;

  const stored = async (): Promise<CommitteeSettings> => {
    const [row] = await db.query(
      `SELECT issuing_body AS "issuingBody", party_parent_body AS "partyParentBody", state_parent_body AS "stateParentBody",
              party_signer_authority AS "partySignerAuthority", state_signer_authority AS "stateSignerAuthority", signer_title AS "signerTitle",
              signer_name AS "signerName", place, default_style AS "defaultStyle", recipients, reminder_ladder AS "reminderLadder"
         FROM committee_settings`,
    );
    return row;
  };
  const settingsAudit = async (): Promise<{ action: string; actor_role: string; summary: Record<string, unknown> }[]> =>
    db.query(`SELECT action, actor_role, summary FROM audit_events WHERE object_type = 'settings' ORDER BY id`);
  const fieldsOf = (body: { details?: { field: string }[] }) => (body.details ?? []).map((d) => d.field).sort();
  const holidaysStored = async () => db.query(`SELECT date::text AS date, name FROM public_holidays ORDER BY date`);

  beforeAll(async () => {
    sut = await startTestApp();
    db = sut.app.get(DataSource);
    admin = await sut.signIn('quantri');
    office = await sut.signIn('vanphong');
  });
  afterAll(() => sut.close());

  it('the administrator changes them; the office and the leaders read them; member units do neither', () => {
    const routes = listRoutes(sut.app)
      .filter((r) => r.path.startsWith('/api/settings'))
      .map((r) => `${r.method} ${r.path} ${JSON.stringify(r.roles)}`)
      .sort();
    expect(routes).toEqual([
      'GET /api/settings ["admin","office","leader"]',
      'GET /api/settings/holidays ["admin","office","leader"]',
      'PUT /api/settings ["admin"]',
      'PUT /api/settings/holidays/:year ["admin"]',
    ]);
  });

  it('ships with the values documents used before there were settings', async () => {
    expect(await stored()).toEqual(COMMITTEE_SETTINGS_SEED);
    for (const login of ['quantri', 'vanphong', 'lanhdao']) {
      const answer = await (await sut.signIn(login)).get('/api/settings').expect(200);
      expect(answer.body).toEqual({ ...COMMITTEE_SETTINGS_SEED, updatedAt: expect.any(String), updatedByName: null });
    }
    for (const login of ['songoaivu', 'congan']) {
      const agent = await sut.signIn(login);
      expect((await agent.get('/api/settings')).status).toBe(403);
      expect((await agent.get('/api/settings/holidays')).status).toBe(403);
    }
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ['an empty place', { place: '   ' }, ['place']],
    ['a header of two lines', { issuingBody: 'BAN CHỈ ĐẠO\nCÔNG TÁC THÔNG TIN ĐỐI NGOẠI' }, ['issuingBody']],
    ['a parent body too long', { stateParentBody: 'U'.repeat(201) }, ['stateParentBody']],
    ['a style that is not one', { defaultStyle: 'STATE' }, ['defaultStyle']],
    ['no recipient at all', { recipients: ['', ' - '] }, ['recipients']],
    ['31 recipients', { recipients: Array.from({ length: 31 }, (_, i) => `Nơi nhận ${i + 1}`) }, ['recipients']],
    ['a recipient too long', { recipients: ['x'.repeat(301)] }, ['recipients']],
    ['a signing line of null', { partySignerAuthority: null }, ['partySignerAuthority']],
    ['a number for a title', { signerTitle: 3 }, ['signerTitle']],
    ['a setting there is not', { theme: 'dark' }, ['theme']],
    ['several at once', { place: '', signerName: 'N'.repeat(101), defaultStyle: null }, ['defaultStyle', 'place', 'signerName']],
    ['a reminder ladder that is no ladder', { reminderLadder: 'mặc định' }, ['reminderLadder']],
    ['a ladder without its parts', { reminderLadder: {} }, ['reminderLadder.daysBefore', 'reminderLadder.onDueDay', 'reminderLadder.repeatEveryDays']],
    [
      'a ladder with a day twice, a day 0 and a repeat of 31 days',
      { reminderLadder: { daysBefore: [3, 3, 0], onDueDay: true, repeatEveryDays: 31 } },
      ['reminderLadder.daysBefore.1', 'reminderLadder.daysBefore.2', 'reminderLadder.repeatEveryDays'],
    ],
    ['eleven days before', { reminderLadder: { daysBefore: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], onDueDay: true, repeatEveryDays: null } }, ['reminderLadder.daysBefore']],
  ])('refuses %s: 422 naming the field, nothing stored or audited', async (_label, body, fields) => {
    const before = await stored();
    const auditBefore = (await settingsAudit()).length;
    const answer = await admin.put('/api/settings').send(body);
    expect([answer.status, answer.body.code, fieldsOf(answer.body)]).toEqual([422, 'VALIDATION_FAILED', fields]);
    expect(await stored()).toEqual(before);
    expect(await settingsAudit()).toHaveLength(auditBefore);
  });

  it('only the administrator may change them', async () => {
    for (const login of ['vanphong', 'lanhdao', 'songoaivu']) {
      const answer = await (await sut.signIn(login)).put('/api/settings').send({ place: 'Hạ Long' });
      expect([login, answer.status, answer.body.code]).toEqual([login, 403, 'FORBIDDEN']);
      const holidays = await (await sut.signIn(login)).put('/api/settings/holidays/2028').send({ holidays: [] });
      expect([login, holidays.status]).toEqual([login, 403]);
    }
    expect(await stored()).toEqual(COMMITTEE_SETTINGS_SEED);
  });

  describe('a change', () => {
    const changed: CommitteeSettings = {
      ...COMMITTEE_SETTINGS_SEED,
      issuingBody: 'BAN CHỈ ĐẠO CÔNG TÁC THÔNG TIN ĐỐI NGOẠI TỈNH',
      stateParentBody: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH',
      stateSignerAuthority: 'KT. TRƯỞNG BAN',
      signerTitle: 'PHÓ TRƯỞNG BAN THƯỜNG TRỰC',
      signerName: 'Nguyễn Văn An',
      place: 'Hạ Long',
      defaultStyle: 'state',
      recipients: ['Thường trực Tỉnh ủy (b/c)', 'Các cơ quan, đơn vị thành viên', 'Lưu: VT, BCĐ'],
      reminderLadder: { daysBefore: [5, 2], onDueDay: false, repeatEveryDays: null },
    };
    // As typed: spaces around and inside, recipients with their dashes, end punctuation and an empty line.
    const change = {
      ...changed,
      issuingBody: '  BAN CHỈ ĐẠO  CÔNG TÁC THÔNG TIN ĐỐI NGOẠI TỈNH ',
      recipients: ['- Thường trực Tỉnh ủy (b/c);', '', '- Các cơ quan, đơn vị thành viên;', '- Lưu: VT, BCĐ.'],
      reminderLadder: { daysBefore: [2, 5], onDueDay: false, repeatEveryDays: null },
    };
    let demoPeriod: string;
    let demoSummaryBefore: SummaryDetail;
    let finalDocx: Map<string, Buffer>;

    beforeAll(async () => {
      // The demo period's summary is made, finalized and exported with the shipped settings.
      demoPeriod = await demoPeriodId(sut);
      sut.clock.set('2021-12-21T03:00:00Z');
      await office.post(`/api/periods/${demoPeriod}/summary/compile`).send({ includeSubmitted: true }).expect(200);
      // The shipped settings name no signer; the summary is not issued without one. Dated 24/12, it is compiled as of that day.
      await office.put(`/api/periods/${demoPeriod}/summary/settings`).send({ style: 'party', signerName: 'Vi Ngọc Bích', date: '2021-12-24' }).expect(200);
      await office.post(`/api/periods/${demoPeriod}/summary/compile`).send({ includeSubmitted: true }).expect(200);
      demoSummaryBefore = (await office.post(`/api/periods/${demoPeriod}/summary/finalize`).send({ number: '12-BC/BCĐ', date: '2021-12-24' }).expect(200)).body;
      finalDocx = await docxParts(await downloadBytes(office, `/api/periods/${demoPeriod}/summary/export.docx`));
    });

    it('is stored as it will be printed, answered with who made it, and audited with the values before and after', async () => {
      sut.clock.set('2021-12-22T02:00:00Z');
      const answer = await admin.put('/api/settings').send(change).expect(200);
      expect(answer.body as CommitteeSettingsView).toEqual({ ...changed, updatedAt: '2021-12-22T02:00:00.000Z', updatedByName: 'Quản trị hệ thống' });
      expect(await stored()).toEqual(changed);
      const [event, ...more] = await settingsAudit();
      expect(more).toEqual([]);
      expect(event).toEqual({
        action: 'settings.updated',
        actor_role: 'admin',
        summary: {
          before: {
            issuingBody: COMMITTEE_SETTINGS_SEED.issuingBody,
            stateParentBody: COMMITTEE_SETTINGS_SEED.stateParentBody,
            stateSignerAuthority: COMMITTEE_SETTINGS_SEED.stateSignerAuthority,
            signerTitle: COMMITTEE_SETTINGS_SEED.signerTitle,
            signerName: null,
            place: COMMITTEE_SETTINGS_SEED.place,
            defaultStyle: 'party',
            recipients: COMMITTEE_SETTINGS_SEED.recipients,
            reminderLadder: COMMITTEE_SETTINGS_SEED.reminderLadder,
          },
          after: {
            issuingBody: changed.issuingBody,
            stateParentBody: changed.stateParentBody,
            stateSignerAuthority: changed.stateSignerAuthority,
            signerTitle: changed.signerTitle,
            signerName: changed.signerName,
            place: changed.place,
            defaultStyle: 'state',
            recipients: changed.recipients,
            reminderLadder: changed.reminderLadder,
          },
        },
      });
      // The same values again change nothing, so nothing more is audited; a field left out keeps its value.
      await admin.put('/api/settings').send({ place: 'Hạ Long', signerName: ' Nguyễn Văn An ', reminderLadder: { daysBefore: [5, 2], onDueDay: false, repeatEveryDays: null } }).expect(200);
      await admin.put('/api/settings').send({}).expect(200);
      expect(await settingsAudit()).toHaveLength(1);
      expect(await stored()).toEqual(changed);
    });

    it('leaves the summaries already made as they were: the finalized one exports the same document', async () => {
      const now: SummaryDetail = (await office.get(`/api/periods/${demoPeriod}/summary`).expect(200)).body;
      expect(now.settings).toEqual(demoSummaryBefore.settings);
      expect(now.settings).toMatchObject({ place: 'Quảng Ninh', parentBody: 'TỈNH ỦY QUẢNG NINH', signerName: 'Vi Ngọc Bích' });
      const parts = await docxParts(await downloadBytes(office, `/api/periods/${demoPeriod}/summary/export.docx`));
      expect([...parts.keys()]).toEqual([...finalDocx.keys()]);
      for (const [name, bytes] of finalDocx) expect({ name, same: parts.get(name)!.equals(bytes) }).toEqual({ name, same: true });
    });

    it('is what a summary made afterwards starts from, and what switching its style re-words to', async () => {
      const { periodId, reportIdOf } = await openNewPeriod(sut, office, ['SNGV']);
      const unit = await sut.signIn('songoaivu');
      await fillReport(unit, reportIdOf('SNGV'));
      await unit.post(`/api/reports/${reportIdOf('SNGV')}/submit`).expect(200);
      const url = `/api/periods/${periodId}/summary`;
      await office.post(`${url}/compile`).send({ includeSubmitted: true }).expect(200);
      const fresh: SummaryDetail = (await office.get(url).expect(200)).body;
      expect(fresh.settings).toEqual({
        style: 'state',
        number: null,
        date: null,
        place: 'Hạ Long',
        subject: 'Kết quả công tác thông tin đối ngoại 6 tháng đầu năm 2022',
        parentBody: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH',
        issuingBody: 'BAN CHỈ ĐẠO CÔNG TÁC THÔNG TIN ĐỐI NGOẠI TỈNH',
        signerAuthority: 'KT. TRƯỞNG BAN',
        signerTitle: 'PHÓ TRƯỞNG BAN THƯỜNG TRỰC',
        signerName: 'Nguyễn Văn An',
        recipients: changed.recipients,
      });
      // The export prints them.
      const document = (await docxParts(await downloadBytes(office, `${url}/export.docx`))).get('word/document.xml')!.toString('utf8');
      for (const text of ['ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH', 'KT. TRƯỞNG BAN', 'Nguyễn Văn An', 'Hạ Long, ngày']) expect(document).toContain(text);

      // To the Party style: the header and signing line still at the committee's state wording take its Party wording.
      const party: SummaryDetail = (await office.put(`${url}/settings`).send({ style: 'party' }).expect(200)).body;
      expect(party.settings).toMatchObject({ style: 'party', parentBody: 'TỈNH ỦY QUẢNG NINH', signerAuthority: 'T/M BAN CHỈ ĐẠO', signerName: 'Nguyễn Văn An', place: 'Hạ Long' });
      // What the office wrote itself stays through a switch.
      await office.put(`${url}/settings`).send({ style: 'party', parentBody: 'TỈNH ỦY QUẢNG NINH (KHÓA XVI)' }).expect(200);
      const state: SummaryDetail = (await office.put(`${url}/settings`).send({ style: 'state' }).expect(200)).body;
      expect(state.settings).toMatchObject({ style: 'state', parentBody: 'TỈNH ỦY QUẢNG NINH (KHÓA XVI)', signerAuthority: 'KT. TRƯỞNG BAN' });
    });
  });

  describe('public holidays', () => {
    const tet2028: { date: string; name: string }[] = [
      { date: '2028-01-01', name: 'Tết Dương lịch' },
      { date: '2028-01-17', name: 'Nghỉ bù (thử)' },
      { date: '2028-01-18', name: '  Nghỉ   bù (thử) ' },
    ];

    it('ship this year and the next of the installation, and answer this year when none is asked', async () => {
      const y2026: HolidayYear = (await office.get('/api/settings/holidays?year=2026').expect(200)).body;
      expect(y2026.year).toBe(2026);
      expect(y2026.holidays).toHaveLength(11);
      expect(y2026.holidays[0]).toEqual({ date: '2026-01-01', name: 'Tết Dương lịch' });
      expect(y2026.yearsWithHolidays).toEqual([2026, 2027]);
      sut.clock.set('2021-12-10T03:00:00Z');
      expect((await admin.get('/api/settings/holidays').expect(200)).body).toEqual({ year: 2021, holidays: [], yearsWithHolidays: [2026, 2027] });
    });

    it.each<[string, string, object, string[]]>([
      ['a day of another year', '2028', { holidays: [{ date: '2029-01-01', name: 'Tết Dương lịch' }] }, ['holidays.0.date']],
      ['the same day twice', '2028', { holidays: [tet2028[0], { date: '2028-01-01', name: 'Tết' }] }, ['holidays.1.date']],
      ['a name of spaces', '2028', { holidays: [{ date: '2028-09-01', name: '   ' }] }, ['holidays.0.name']],
      ['a day that does not exist', '2028', { holidays: [{ date: '2028-02-30', name: 'x' }] }, ['holidays.0.date']],
      ['no list', '2028', {}, ['holidays']],
      ['a year out of range', '1999', { holidays: [] }, ['year']],
      ['a year that is not one', 'nam-nay', { holidays: [] }, ['year']],
    ])('refuse %s: 422 naming the field, nothing stored', async (_label, year, body, fields) => {
      const before = await holidaysStored();
      const answer = await admin.put(`/api/settings/holidays/${year}`).send(body);
      expect([answer.status, answer.body.code, fieldsOf(answer.body)]).toEqual([422, 'VALIDATION_FAILED', fields]);
      expect(await holidaysStored()).toEqual(before);
    });

    it('a new list applies to the periods created afterwards, not to those made before it', async () => {
      sut.clock.set('2027-11-01T03:00:00Z');
      const period = (title: string, body: object) =>
        office.post('/api/periods').send({ title, year: 2028, requiresHeadApproval: false, dueDate: '2028-01-17', ...body });
      // Monday 17/01/2028 is a working day while 2028 has no list.
      const before = await period('Báo cáo tháng 1 năm 2028', { kind: 'month', sequence: 1 }).expect(201);
      expect(before.body.dueDate).toBe('2028-01-17');

      const auditBefore = (await settingsAudit()).length;
      const saved: HolidayYear = (await admin.put('/api/settings/holidays/2028').send({ holidays: [tet2028[2], tet2028[0], tet2028[1]] }).expect(200)).body;
      expect(saved).toEqual({
        year: 2028,
        holidays: [tet2028[0], tet2028[1], { date: '2028-01-18', name: 'Nghỉ bù (thử)' }],
        yearsWithHolidays: [2026, 2027, 2028],
      });
      const events = await settingsAudit();
      expect(events.slice(auditBefore)).toEqual([
        { action: 'settings.holidays_replaced', actor_role: 'admin', summary: { year: 2028, before: [], after: saved.holidays } },
      ]);
      // The same list again is no change.
      await admin.put('/api/settings/holidays/2028').send({ holidays: saved.holidays }).expect(200);
      expect(await settingsAudit()).toHaveLength(events.length);

      // The period made before keeps its due date; one made now moves off 17 and 18/01 to Wednesday 19/01.
      expect((await office.get(`/api/periods/${before.body.id}`).expect(200)).body.dueDate).toBe('2028-01-17');
      const after = await period('Báo cáo đột xuất tháng 1 năm 2028', { kind: 'ad_hoc', sequence: null, cutOffFrom: '2028-01-01', cutOffTo: '2028-01-10' }).expect(201);
      expect(after.body.dueDate).toBe('2028-01-19');

      // Clearing the year: its list is empty again, the other years untouched.
      const cleared: HolidayYear = (await admin.put('/api/settings/holidays/2028').send({ holidays: [] }).expect(200)).body;
      expect(cleared).toEqual({ year: 2028, holidays: [], yearsWithHolidays: [2026, 2027] });
      expect((await admin.get('/api/settings/holidays?year=2027').expect(200)).body.holidays).toHaveLength(11);
    });
  });

  it('the default reminder ladder is what a period created afterwards starts with; periods made before keep theirs', async () => {
    sut.clock.set('2029-03-01T03:00:00Z');
    const create = async (title: string, sequence: number): Promise<string> =>
      (await office.post('/api/periods').send({ title, kind: 'month', year: 2029, sequence, dueDate: '2029-04-17', requiresHeadApproval: false }).expect(201)).body.id;
    const ladderOf = async (periodId: string) => (await office.get(`/api/periods/${periodId}/reminder-ladder`).expect(200)).body.ladder;
    const before = await create('Báo cáo tháng 3 năm 2029', 3);
    const ladderBefore = await ladderOf(before);
    await admin.put('/api/settings').send({ reminderLadder: { daysBefore: [4, 10], onDueDay: true, repeatEveryDays: 2 } }).expect(200);
    const expected = { daysBefore: [10, 4], onDueDay: true, repeatEveryDays: 2 };
    expect(ladderBefore).not.toEqual(expected);
    expect(await ladderOf(await create('Báo cáo tháng 4 năm 2029', 4))).toEqual(expected);
    expect(await ladderOf(before)).toEqual(ladderBefore);
  });
});
