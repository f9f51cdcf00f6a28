import { REPORT_CONTENT_READERS, reportReading, type Role } from '@giao-ban/shared';
import { DataSource } from 'typeorm';
import { listRoutes, type RouteEntry } from '../src/common/routes/route-table.js';
import { PasswordHasher } from '../src/modules/auth/password-hasher.js';
import { LibreOfficeConverter } from '../src/modules/bulletins/libreoffice.converter.js';
import { agencyIdByCode, fillReport, openNewPeriod } from './helpers/workflow.js';
import { reportCounts } from './helpers/counts.js';
import { importWorkbookWithoutRows, minimalPdf } from './helpers/files.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const IMPORT_WORKBOOK = await importWorkbookWithoutRows();

/**
 * The scoping matrix: every route of the application × the five roles × (own unit's object,
 * another unit's object). Expectations are derived, not listed: a role outside the route's
 * @Roles gets 403; an agency user reaching for another unit's object gets 404; everyone else gets
 * past authorization (any answer but 401/403/404). A new route without a sample request here fails
 * the test, so it cannot slip through unchecked.
 */
describe('scoping matrix', () => {
  let sut: TestApp;
  const ROLES: Role[] = ['agency_reporter', 'agency_head', 'office', 'leader', 'admin'];
  const LOGIN: Record<Role, string> = {
    agency_reporter: 'songoaivu',
    agency_head: 'lanhdaosongoaivu',
    office: 'vanphong',
    leader: 'lanhdao',
    admin: 'quantri',
  };
  type Target = 'own' | 'other';
  interface Ids {
    periodId: string;
    draftPeriodId: string;
    report: Record<Target, string>;
    section: Record<Target, string>;
    agency: Record<Target, string>;
    attachment: Record<Target, string>;
    /** An account for the user administration routes to act on. */
    account: string;
    /** An open bulletin issue; each unit's item sent to it, with a photo. */
    bulletinIssue: string;
    bulletinItem: Record<Target, string>;
    bulletinPhoto: Record<Target, string>;
    /** A published bulletin issue, which every reader may print. */
    publishedBulletin: string;
  }
  let ids: Ids;

  /** Whether the route's object belongs to one unit (so "another unit's" applies). */
  const unitScoped = (path: string) => path.startsWith('/api/reports/:id') || path === '/api/agencies/:id' || path.startsWith('/api/bulletin-items/:id');
  /** Whether the route's object belongs to one person: another person's is 404 for every role. */
  const personScoped = (path: string) => path.startsWith('/api/notifications/:id');

  type Sample = {
    params?: (t: Target, role: Role) => Promise<Record<string, string>> | Record<string, string>;
    query?: string;
    body?: () => object;
    /** A multipart upload instead of a JSON body. */
    file?: Buffer;
    /** The upload's file name (a PDF's by default). */
    fileName?: string;
  };
  const PDF = minimalPdf();
  const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
  let draftGroupCounter = 0;
  const SAMPLES: Record<string, Sample> = {
    'GET /api/auth/me': {},
    'GET /api/audit': { query: '?action=auth.signed_in' },
    'GET /api/audit/facets': {},
    'GET /api/audit/export.xlsx': { query: '?from=2021-12-01&to=2021-12-31' },
    // A workbook without rows: checked (200, "no rows") and refused (422 IMPORT_INVALID); nothing is written.
    'GET /api/import/template.xlsx': {},
    'POST /api/import/dry-run': { file: IMPORT_WORKBOOK, fileName: 'nhap.xlsx' },
    'POST /api/import/apply': { file: IMPORT_WORKBOOK, fileName: 'nhap.xlsx' },
    'GET /api/agencies': {},
    'GET /api/agencies/:id': { params: (t) => ({ id: ids.agency[t] }) },
    // Units administration acts on units made for it (a merge or deactivation ends them for good).
    'POST /api/agencies': { body: () => ({ name: `Đơn vị thử ${++newUnitCounter}`, shortName: `ĐV thử ${newUnitCounter}`, kind: 'department', displayOrder: 50 }) },
    'PATCH /api/agencies/:id': { params: (t) => ({ id: ids.agency[t] }), body: () => ({ phone: '0203 3835 123' }) },
    'GET /api/agencies/:id/history': { params: (t) => ({ id: ids.agency[t] }) },
    'POST /api/agencies/:id/deactivate': { params: () => ({ id: spareUnits.shift()! }), body: () => ({}) },
    'POST /api/agencies/:id/deactivate/preview': { params: () => ({ id: spareUnits[0]! }), body: () => ({ successorId: spareUnits[1], users: 'move' }) },
    'POST /api/agencies/merge/preview': {
      body: () => ({ predecessorIds: [spareUnits[0], spareUnits[1]], successor: { existingId: spareUnits[2] }, users: 'move' }),
    },
    'POST /api/agencies/merge': {
      body: () => ({ predecessorIds: spareUnits.splice(0, 2), successor: { existingId: spareUnits[0] }, users: 'deactivate' }),
    },
    'GET /api/periods': {},
    'GET /api/periods/:id': { params: () => ({ id: ids.periodId }) },
    'GET /api/periods/:id/task-groups': { params: () => ({ id: ids.periodId }) },
    'POST /api/periods': {
      body: () => ({ title: 'Báo cáo quý III năm 2022', kind: 'quarter', year: 2022, sequence: 3, dueDate: '2022-09-20', requiresHeadApproval: false }),
    },
    'PATCH /api/periods/:id': { params: () => ({ id: ids.draftPeriodId }), body: () => ({ title: 'Báo cáo tháng 8 năm 2022 (sửa)' }) },
    'POST /api/periods/:id/task-groups': {
      params: () => ({ id: ids.draftPeriodId }),
      body: () => ({ title: `Nhóm nhiệm vụ thử ${++draftGroupCounter}`, indicators: [] }),
    },
    'PUT /api/periods/:id/task-groups/order': {
      params: () => ({ id: ids.draftPeriodId }),
      body: () => ({ taskGroupIds: [] }),
    },
    'PUT /api/periods/:id/task-groups/:taskGroupId': {
      params: async () => ({ id: ids.draftPeriodId, taskGroupId: await newDraftGroup() }),
      body: () => ({ title: 'Nhóm nhiệm vụ đã sửa', indicators: [{ name: 'Tin, bài', unit: 'tin/bài', aggregation: 'sum', integerOnly: true, target: null }] }),
    },
    'DELETE /api/periods/:id/task-groups/:taskGroupId': {
      params: async () => ({ id: ids.draftPeriodId, taskGroupId: await newDraftGroup() }),
    },
    'GET /api/periods/:id/agencies': { params: () => ({ id: ids.periodId }) },
    'PUT /api/periods/:id/agencies': { params: () => ({ id: ids.draftPeriodId }), body: () => ({ agencyIds: [ids.agency.own] }) },
    // The last spare unit joins the open period (the routes that end units take from the front); a second call is refused 422.
    'POST /api/periods/:id/agencies': { params: () => ({ id: ids.periodId }), body: () => ({ agencyIds: [spareUnits.at(-1)] }) },
    'POST /api/periods/:id/open': { params: () => ({ id: ids.draftPeriodId }) },
    'POST /api/periods/:id/close': { params: () => ({ id: ids.draftPeriodId }) },
    'POST /api/periods/:id/archive': { params: () => ({ id: ids.draftPeriodId }) },
    'GET /api/periods/:id/unit-due-dates': { params: () => ({ id: ids.periodId }) },
    'PUT /api/periods/:id/unit-due-dates': { params: () => ({ id: ids.draftPeriodId }), body: () => ({ unitDueDates: [] }) },
    'GET /api/periods/:id/reminder-ladder': { params: () => ({ id: ids.periodId }) },
    'PUT /api/periods/:id/reminder-ladder': { params: () => ({ id: ids.periodId }), body: () => ({ ladder: { daysBefore: [7, 3, 1], onDueDay: true, repeatEveryDays: 3 } }) },
    // Both units have submitted: the office is told so (422), every other role is refused first.
    'POST /api/periods/:id/reminders': { params: () => ({ id: ids.periodId }), body: () => ({ agencyIds: [ids.agency.own], message: 'Đề nghị gửi báo cáo đúng hạn.' }) },
    'GET /api/periods/:periodId/reports': { params: () => ({ periodId: ids.periodId }) },
    'GET /api/periods/:id/dashboard': { params: () => ({ id: ids.periodId }) },
    'GET /api/periods/:id/dashboard/units': { params: () => ({ id: ids.periodId }), query: '?pageSize=100' },
    'GET /api/reports/mine': {},
    'GET /api/reports/:id': { params: (t) => ({ id: ids.report[t] }) },
    'GET /api/reports/:id/document.docx': { params: (t) => ({ id: ids.report[t] }) },
    'PUT /api/reports/:id/sections/:sectionId': {
      params: (t) => ({ id: ids.report[t], sectionId: ids.section[t] }),
      body: () => ({ version: 0, text: 'Nội dung thử', status: 'done' }),
    },
    'PUT /api/reports/:id/sections/:sectionId/applicability': {
      params: (t) => ({ id: ids.report[t], sectionId: ids.section[t] }),
      body: () => ({ applicable: true }),
    },
    'POST /api/reports/:id/request-approval': { params: (t) => ({ id: ids.report[t] }) },
    'POST /api/reports/:id/send-back': { params: (t) => ({ id: ids.report[t] }) },
    'POST /api/reports/:id/submit': { params: (t) => ({ id: ids.report[t] }) },
    'POST /api/reports/:id/return': {
      params: (t) => ({ id: ids.report[t] }),
      body: () => ({ sectionIds: [], reason: 'Bổ sung số liệu', revisionDueDate: '2030-01-01' }),
    },
    'POST /api/reports/:id/accept': { params: (t) => ({ id: ids.report[t] }) },
    'POST /api/reports/:id/reopen': { params: (t) => ({ id: ids.report[t] }), body: () => ({ reason: 'Mở lại để bổ sung' }) },
    'POST /api/reports/:id/extension': { params: (t) => ({ id: ids.report[t] }), body: () => ({ dueDate: '2030-01-01', reason: 'Gia hạn thử' }) },
    'POST /api/reports/:id/notes': { params: (t) => ({ id: ids.report[t] }), body: () => ({ body: 'Ghi chú thử' }) },
    'GET /api/reports/:id/versions': { params: (t) => ({ id: ids.report[t] }) },
    'GET /api/reports/:id/versions/:number': { params: (t) => ({ id: ids.report[t], number: '1' }) },
    'GET /api/reports/:id/compare': { params: (t) => ({ id: ids.report[t] }), query: '?from=1&to=1' },
    'GET /api/reports/:id/audit': { params: (t) => ({ id: ids.report[t] }) },
    'POST /api/reports/:id/attachments': { params: (t) => ({ id: ids.report[t] }), file: PDF },
    'GET /api/bulletin-issues': { query: '?year=2029' },
    'POST /api/bulletin-issues/plan': { body: () => ({ year: 2030, firstNumber: 1, deadlineDays: [10, 25], windowDays: 10 }) },
    'GET /api/bulletin-issues/:id': { params: () => ({ id: ids.bulletinIssue }) },
    'PATCH /api/bulletin-issues/:id': { params: () => ({ id: ids.bulletinIssue }), body: () => ({ editorial: { editorialBoard: 'Ban biên tập' } }) },
    'GET /api/bulletin-issues/:id/items': { params: () => ({ id: ids.bulletinIssue }) },
    'POST /api/bulletin-issues/:id/items': { params: () => ({ id: ids.bulletinIssue }), body: () => ({ kind: 'news', title: 'Tin mới' }) },
    // Accepted items must all be placed: 422 once the office has accepted one, 200 before.
    'PUT /api/bulletin-issues/:id/layout': { params: () => ({ id: ids.bulletinIssue }), body: () => ({ sections: [{ title: 'Tin trong tỉnh', itemIds: [] }], twoColumns: false }) },
    // The window is open: 409.
    'POST /api/bulletin-issues/:id/publish': { params: () => ({ id: ids.bulletinIssue }) },
    'GET /api/bulletin-items/:id': { params: (t) => ({ id: ids.bulletinItem[t] }) },
    // Sent items are frozen to their unit (409); the routes get past scoping all the same.
    'PUT /api/bulletin-items/:id': {
      params: (t) => ({ id: ids.bulletinItem[t] }),
      body: () => ({ kind: 'news', title: 'Sửa', sapo: '', body: 'Nội dung', eventDate: null, eventPlace: '', links: [], expectedRevision: 1 }),
    },
    'DELETE /api/bulletin-items/:id': { params: (t) => ({ id: ids.bulletinItem[t] }) },
    'POST /api/bulletin-items/:id/submit': { params: (t) => ({ id: ids.bulletinItem[t] }) },
    'POST /api/bulletin-items/:id/accept': { params: (t) => ({ id: ids.bulletinItem[t] }), body: () => ({ section: 'Tin trong tỉnh' }) },
    'POST /api/bulletin-items/:id/return': { params: (t) => ({ id: ids.bulletinItem[t] }), body: () => ({ reason: 'Bổ sung ảnh.' }) },
    'POST /api/bulletin-items/:id/not-used': { params: (t) => ({ id: ids.bulletinItem[t] }), body: () => ({}) },
    'POST /api/bulletin-items/:id/photos': { params: (t) => ({ id: ids.bulletinItem[t] }), file: PNG, fileName: 'anh.png' },
    'GET /api/bulletin-items/:id/photos/:photoId': { params: (t) => ({ id: ids.bulletinItem[t], photoId: ids.bulletinPhoto[t] }) },
    'DELETE /api/bulletin-items/:id/photos/:photoId': { params: (t) => ({ id: ids.bulletinItem[t], photoId: ids.bulletinPhoto[t] }) },
    'GET /api/bulletin-issues/:id/export.docx': { params: () => ({ id: ids.publishedBulletin }) },
    // LibreOffice is pointed away in the set-up: 503 LIBREOFFICE_UNAVAILABLE once past authorization.
    'GET /api/bulletin-issues/:id/export.pdf': { params: () => ({ id: ids.publishedBulletin }) },
    'GET /api/bulletin-search': { query: '?q=tin' },
    'GET /api/bulletin-contributions': { query: '?year=2029' },
    'GET /api/bulletin-task-groups': {},
    'GET /api/reports/:id/attachments/:attachmentId': { params: (t) => ({ id: ids.report[t], attachmentId: ids.attachment[t] }) },
    'DELETE /api/reports/:id/attachments/:attachmentId': { params: (t) => ({ id: ids.report[t], attachmentId: ids.attachment[t] }) },
    'GET /api/periods/:id/summary': { params: () => summaryPeriod() },
    'GET /api/periods/:id/summary/sources': { params: () => summaryPeriod() },
    'POST /api/periods/:id/summary/compile': { params: () => summaryPeriod(), body: () => ({ includeSubmitted: true }) },
    'PUT /api/periods/:id/summary/sections/:key': {
      params: async () => ({ ...(await summaryPeriod()), key: 'tg:1' }),
      body: () => ({ version: 0, content: { blocks: [{ type: 'paragraph', runs: [{ text: 'Nội dung thử', bold: true }] }] } }),
    },
    'POST /api/periods/:id/summary/sections/:key/proposal': {
      params: async () => ({ ...(await summaryPeriod()), key: 'tg:1' }),
      body: () => ({ version: 0, decision: 'keep' }),
    },
    'PUT /api/periods/:id/summary/settings': { params: () => summaryPeriod(), body: () => ({ style: 'party' }) },
    'POST /api/periods/:id/summary/finalize': { params: () => summaryPeriod(), body: () => ({ number: '12-BC/BCĐ', date: '2022-06-30' }) },
    'POST /api/periods/:id/summary/reopen': { params: () => summaryPeriod(), body: () => ({ reason: 'Mở lại để bổ sung' }) },
    'GET /api/periods/:id/summary/versions/:number': { params: async () => ({ ...(await summaryPeriod()), number: '1' }) },
    'GET /api/periods/:id/summary/export.docx': { params: () => summaryPeriod() },
    'GET /api/periods/:id/summary/export.xlsx': { params: () => summaryPeriod() },
    // User administration acts on an account made for it, never on the signed-in demo users.
    'GET /api/users': { query: '?search=nguyen&active=true' },
    'POST /api/users': { body: () => ({ login: `taikhoanthu${++newUserCounter}`, fullName: 'Tài khoản thử', role: 'leader', agencyId: null }) },
    'PATCH /api/users/:id': { params: () => ({ id: ids.account }), body: () => ({ phone: '0203 3835 123' }) },
    'POST /api/users/:id/deactivate': { params: () => ({ id: ids.account }) },
    'POST /api/users/:id/activate': { params: () => ({ id: ids.account }) },
    'POST /api/users/:id/reset-password': { params: () => ({ id: ids.account }) },
    // The settings' writes send what is stored already (the seed, a year without holidays), so no later request sees other settings.
    'GET /api/settings': {},
    'PUT /api/settings': { body: () => ({ place: 'Quảng Ninh', defaultStyle: 'party' }) },
    'GET /api/settings/holidays': { query: '?year=2026' },
    'PUT /api/settings/holidays/:year': { params: () => ({ year: '2099' }), body: () => ({ holidays: [] }) },
    'GET /api/profile': {},
    'GET /api/notifications': { query: '?page=1&pageSize=5' },
    'GET /api/notifications/unread-count': {},
    // The signed-in person's own notification, or one of Huyện Bình Liêu's reporter (none of the five).
    'POST /api/notifications/:id/read': { params: async (t, role) => ({ id: await notificationOf(t === 'own' ? LOGIN[role] : 'binhlieu') }) },
    'POST /api/notifications/read-all': {},
    'GET /api/notifications/preferences': {},
    'PATCH /api/notifications/preferences': { body: () => ({ emailEnabled: true }) },
    'GET /api/review-queue': {},
    'GET /api/outbox': { query: '?status=outbox' },
    // The matrix runs in demo mode so that the demo clock's routes exist; the write keeps the real time.
    'GET /api/demo-clock': {},
    'PUT /api/demo-clock': { body: () => ({ now: null }) },
    'PATCH /api/profile': { body: () => ({ phone: '0203 3835 123' }) },
    // A wrong current password (422): every role may call it, and no demo password changes.
    'POST /api/profile/password': { body: () => ({ currentPassword: 'not-the-password', newPassword: 'Mật-khẩu-mới-2025' }) },
  };
  let newUserCounter = 0;
  let newUnitCounter = 0;
  /** Units no test needs, for the routes that end one (40: more than five roles × two targets take). */
  let spareUnits: string[] = [];

  let summaryCompiled = false;
  /** The summary routes need a compiled summary of the open period: the office compiles it once. */
  async function summaryPeriod(): Promise<Record<string, string>> {
    if (!summaryCompiled) {
      const compiled = await (await sut.signIn('vanphong')).post(`/api/periods/${ids.periodId}/summary/compile`).send({ includeSubmitted: true });
      if (compiled.status !== 200) throw new Error(`compile summary: ${compiled.status} ${compiled.text}`);
      summaryCompiled = true;
    }
    return { id: ids.periodId };
  }

  /** A new notification of the given person (about the open period), to be read. */
  async function notificationOf(login: string): Promise<string> {
    const [row] = await sut.app.get(DataSource).query(
      `INSERT INTO notifications (recipient_id, kind, params, link, period_id, created_at)
       SELECT u.id, 'reminder', $2, $3, $4, now() FROM users u WHERE u.login = $1 RETURNING id`,
      [login, { periodTitle: 'Kỳ thử', dueDate: '2022-06-17', daysLeft: 1 }, { to: 'period', periodId: ids.periodId }, ids.periodId],
    );
    return row.id;
  }

  async function newDraftGroup(): Promise<string> {
    const [row] = await sut.app.get(DataSource).query(
      `INSERT INTO task_groups (period_id, ordinal, title, short_name)
       SELECT $1, coalesce(max(ordinal), 0) + 1, 'Nhóm tạm', 'Nhóm tạm' FROM task_groups WHERE period_id = $1 RETURNING id`,
      [ids.draftPeriodId],
    );
    return row.id;
  }

  beforeAll(async () => {
    sut = await startTestApp({ config: { demoMode: true } });
    const db = sut.app.get(DataSource);
    const own = await agencyIdByCode(sut, 'SNGV');
    const other = await agencyIdByCode(sut, 'CAT');
    await db.query(
      `INSERT INTO users (login, full_name, role, agency_id, password_hash) VALUES ($1, 'Giám đốc Sở Ngoại vụ', 'agency_head', $2, $3)`,
      [LOGIN.agency_head, own, await sut.app.get(PasswordHasher).hash('GiaoBan@2021')],
    );
    const office = await sut.signIn('vanphong');
    const { periodId, reportIdOf } = await openNewPeriod(sut, office, ['SNGV', 'CAT']);
    // Both reports get a file and a first version, so those routes have something to find.
    const attachment: Record<string, string> = {};
    for (const [login, code] of [['songoaivu', 'SNGV'], ['congan', 'CAT']] as const) {
      const agent = await sut.signIn(login);
      const file = await agent.post(`/api/reports/${reportIdOf(code)}/attachments`).attach('file', PDF, { filename: 'minh-chung.pdf' });
      attachment[code] = file.body.id;
      await fillReport(agent, reportIdOf(code));
      await agent.post(`/api/reports/${reportIdOf(code)}/submit`).expect(200);
    }
    const sectionOf = async (reportId: string) =>
      (await db.query(`SELECT id FROM report_sections WHERE report_id = $1 AND general_key = 'proposals'`, [reportId]))[0].id;
    spareUnits = (
      await db.query(
        `INSERT INTO agencies (code, name, short_name, kind, display_order)
         SELECT 'THU' || n, 'Đơn vị dự phòng ' || n, 'DP ' || n, 'department', 60 + n FROM generate_series(1, 40) n RETURNING id`,
      )
    ).map((r: { id: string }) => r.id);
    // A bulletin issue the office opened by hand; each unit sends it an item with a photo.
    const planned = await office.post('/api/bulletin-issues/plan').send({ year: 2029, firstNumber: 1, deadlineDays: [10], windowDays: 10 }).expect(201);
    const bulletinIssue: string = planned.body[0].id;
    await office.patch(`/api/bulletin-issues/${bulletinIssue}`).send({ windowOverride: 'open' }).expect(200);
    const bulletinItem: Record<string, string> = {};
    const bulletinPhoto: Record<string, string> = {};
    for (const [login, code] of [['songoaivu', 'SNGV'], ['congan', 'CAT']] as const) {
      const agent = await sut.signIn(login);
      const item = (await agent.post(`/api/bulletin-issues/${bulletinIssue}/items`).send({ kind: 'news' }).expect(201)).body;
      await agent
        .put(`/api/bulletin-items/${item.id}`)
        .send({ kind: 'news', title: 'Tin của đơn vị', sapo: '', body: 'Nội dung', eventDate: null, eventPlace: '', links: [], expectedRevision: 0 })
        .expect(200);
      bulletinPhoto[code] = (await agent.post(`/api/bulletin-items/${item.id}/photos`).attach('file', PNG, { filename: 'anh.png' }).expect(201)).body.id;
      await agent.post(`/api/bulletin-items/${item.id}/submit`).expect(200);
      bulletinItem[code] = item.id;
    }
    const publishedBulletin: string = planned.body[1].id;
    await office.patch(`/api/bulletin-issues/${publishedBulletin}`).send({ windowOverride: 'open' }).expect(200);
    const unit = await sut.signIn('songoaivu');
    const printed = (await unit.post(`/api/bulletin-issues/${publishedBulletin}/items`).send({ kind: 'news', title: 'Tin đã đăng' }).expect(201)).body;
    await unit
      .put(`/api/bulletin-items/${printed.id}`)
      .send({ kind: 'news', title: 'Tin đã đăng', sapo: '', body: 'Nội dung', eventDate: null, eventPlace: '', links: [], expectedRevision: 0 })
      .expect(200);
    await unit.post(`/api/bulletin-items/${printed.id}/submit`).expect(200);
    await office.post(`/api/bulletin-items/${printed.id}/accept`).send({ section: 'Tin trong tỉnh' }).expect(200);
    await office.patch(`/api/bulletin-issues/${publishedBulletin}`).send({ windowOverride: 'closed' }).expect(200);
    await office.post(`/api/bulletin-issues/${publishedBulletin}/publish`).expect(200);
    sut.app.get(LibreOfficeConverter).command = '/nonexistent/soffice';
    const draft = await office.post('/api/periods').send({
      title: 'Báo cáo tháng 8 năm 2022', kind: 'month', year: 2022, sequence: 8, dueDate: '2022-08-17', requiresHeadApproval: false,
    });
    ids = {
      periodId,
      draftPeriodId: draft.body.id,
      report: { own: reportIdOf('SNGV'), other: reportIdOf('CAT') },
      section: { own: await sectionOf(reportIdOf('SNGV')), other: await sectionOf(reportIdOf('CAT')) },
      agency: { own, other },
      attachment: { own: attachment.SNGV!, other: attachment.CAT! },
      account: (
        await db.query(`INSERT INTO users (login, full_name, role, password_hash) VALUES ('doituongthu', 'Đối tượng thử', 'leader', 'x') RETURNING id`)
      )[0].id,
      bulletinIssue,
      bulletinItem: { own: bulletinItem.SNGV!, other: bulletinItem.CAT! },
      bulletinPhoto: { own: bulletinPhoto.SNGV!, other: bulletinPhoto.CAT! },
      publishedBulletin,
    };
  });
  const tally = { requests: 0, routes: 0, roles: 0, mismatches: 0 };
  afterAll(async () => {
    await sut.close();
    reportCounts(
      'matrix',
      `matrix: ${tally.requests} requests (${tally.routes} routes × ${tally.roles} roles × own and another unit), ${tally.mismatches} answers outside the role's and unit's rights`,
    );
  });

  it('has a sample request for every route of the application', () => {
    const routes = listRoutes(sut.app).filter((r) => !r.isPublic);
    expect(routes.map((r) => `${r.method} ${r.path}`).filter((key) => !(key in SAMPLES))).toEqual([]);
  });

  it('user administration is the administrator\'s alone; every role manages its own profile', () => {
    const routes = listRoutes(sut.app);
    const users = routes.filter((r) => r.path === '/api/users' || r.path.startsWith('/api/users/'));
    expect(users).toHaveLength(6);
    expect(users.filter((r) => JSON.stringify(r.roles) !== '["admin"]')).toEqual([]);
    const profile = routes.filter((r) => r.path.startsWith('/api/profile'));
    expect(profile.map((r) => ({ route: `${r.method} ${r.path}`, roles: r.roles, isPublic: r.isPublic }))).toEqual(
      ['GET /api/profile', 'PATCH /api/profile', 'POST /api/profile/password'].map((route) => ({ route, roles: null, isPublic: false })),
    );
  });

  /** Routes that answer a report's content (not its audit trail, which the audit log's readers have). */
  const readsReportContent = (route: RouteEntry) => route.method === 'GET' && route.path.startsWith('/api/reports/:id') && route.path !== '/api/reports/:id/audit';

  it('report content is read by the unit\'s staff, the office and leaders, never the administrator (SPEC §1)', () => {
    const content = listRoutes(sut.app).filter(readsReportContent);
    expect(content.map((r) => r.path).sort()).toEqual([
      '/api/reports/:id',
      '/api/reports/:id/attachments/:attachmentId',
      '/api/reports/:id/compare',
      '/api/reports/:id/document.docx',
      '/api/reports/:id/versions',
      '/api/reports/:id/versions/:number',
    ]);
    expect(content.filter((r) => JSON.stringify(r.roles) !== JSON.stringify(REPORT_CONTENT_READERS))).toEqual([]);
  });

  const expected = (route: RouteEntry, role: Role, target: Target): 'allow' | 403 | 404 => {
    // From the shared rule, not the route's @Roles: a route that loses them still fails here.
    if (readsReportContent(route) && reportReading(role) === 'none') return 403;
    if (route.roles && !route.roles.includes(role)) return 403;
    if (target === 'other' && personScoped(route.path)) return 404;
    if (target === 'other' && (role === 'agency_reporter' || role === 'agency_head') && unitScoped(route.path)) return 404;
    return 'allow';
  };

  it.each(ROLES)('%s: every route answers as its role and unit allow, and nothing leaks', async (role) => {
    const agent = await sut.signIn(LOGIN[role]);
    const db = sut.app.get(DataSource);
    const otherBefore = await db.query(
      `SELECT r.*, (SELECT json_agg(s ORDER BY s.id) FROM report_sections s WHERE s.report_id = r.id) AS sections
         FROM agency_reports r WHERE r.id = $1`,
      [ids.report.other],
    );
    const mismatches: string[] = [];
    const routes = listRoutes(sut.app).filter((r) => !r.isPublic);
    tally.routes = routes.length;
    tally.roles++;
    for (const route of routes) {
      const sample = SAMPLES[`${route.method} ${route.path}`]!;
      for (const target of ['own', 'other'] as Target[]) {
        const params = (await sample.params?.(target, role)) ?? {};
        const url = route.path.replace(/:(\w+)/g, (_, name: string) => params[name]!) + (sample.query ?? '');
        const call = agent[route.method.toLowerCase() as 'get'](url);
        const response = await (sample.file
          ? call.attach('file', sample.file, { filename: sample.fileName ?? 'minh-chung.pdf' })
          : sample.body
            ? call.send(sample.body())
            : call);
        tally.requests++;
        const want = expected(route, role, target);
        const ok = want === 'allow' ? ![401, 403, 404].includes(response.status) : response.status === want;
        if (!ok) mismatches.push(`${route.method} ${url} (${target}): want ${want}, got ${response.status} ${response.body?.code ?? ''}`);
      }
    }
    tally.mismatches += mismatches.length;
    expect(mismatches).toEqual([]);
    // Everyone's list holds their own notifications only.
    const listed: { id: string }[] = (await agent.get('/api/notifications?pageSize=100').expect(200)).body.items;
    const owners = await db.query(`SELECT DISTINCT u.login FROM notifications n JOIN users u ON u.id = n.recipient_id WHERE n.id = ANY($1::uuid[])`, [listed.map((n) => n.id)]);
    expect(owners).toEqual([{ login: LOGIN[role] }]);
    if (role === 'agency_reporter' || role === 'agency_head') {
      // The other unit's report is exactly as it was.
      const otherAfter = await db.query(
        `SELECT r.*, (SELECT json_agg(s ORDER BY s.id) FROM report_sections s WHERE s.report_id = r.id) AS sections
           FROM agency_reports r WHERE r.id = $1`,
        [ids.report.other],
      );
      expect(otherAfter).toEqual(otherBefore);
      // The review board shows an agency user its own row only.
      const board = await agent.get(`/api/periods/${ids.periodId}/reports`);
      expect(board.body.items.map((r: { agencyId: string }) => r.agencyId)).toEqual([ids.agency.own]);
      // So do the dashboard's unit rows, whatever filter is asked for.
      for (const query of ['', '?status=on_time&status=late', '?order=most_overdue&pageSize=100']) {
        const units = await agent.get(`/api/periods/${ids.periodId}/dashboard/units${query}`).expect(200);
        expect(units.body.items.map((r: { agencyId: string }) => r.agencyId)).toEqual([ids.agency.own]);
        expect(units.body.total).toBe(1);
      }
      expect((await agent.get(`/api/periods/${ids.periodId}/dashboard`)).body.unitCount).toBe(1);
    }
  });
});
