import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DirectoryImportResult, DirectoryImportReview, ImportProblem } from '@giao-ban/shared';
import ExcelJS from 'exceljs';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import { DataSource } from 'typeorm';
import { listRoutes } from '../src/common/routes/route-table.js';
import { APP_CONFIG, type AppConfig } from '../src/config/env.schema.js';
import { minimalPdf, officeContentTypes, officeFile } from './helpers/files.js';
import { demoEmail } from '../src/database/seeds/demo-data.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';
import { bodyBytes } from './helpers/downloads.js';

const NEW_PASSWORD = 'Quảng-Ninh-2025';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('directory import (units and users from .xlsx)', () => {
  let sut: TestApp;
  let admin: TestAgent;
  let db: DataSource;

  beforeAll(async () => {
    // Its own upload folder, so that "every upload removed" is about this spec's uploads alone.
    sut = await startTestApp({ config: { uploadDir: await mkdtemp(path.join(tmpdir(), 'giao-ban-import-')) } });
    db = sut.app.get(DataSource);
    admin = await sut.signIn('quantri');
  });
  afterAll(() => sut.close());

  const binary = (req: request.Test) =>
    req.buffer(true).parse(bodyBytes);

  async function template(): Promise<ExcelJS.Workbook> {
    const response = await binary(admin.get('/api/import/template.xlsx')).expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as Parameters<typeof workbook.xlsx.load>[0]);
    return workbook;
  }

  /** The template as downloaded now, with rows added and cells changed as an administrator would. */
  async function filledTemplate(edit: (units: ExcelJS.Worksheet, users: ExcelJS.Worksheet) => void): Promise<Buffer> {
    const workbook = await template();
    edit(workbook.getWorksheet('Đơn vị')!, workbook.getWorksheet('Người dùng')!);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  const rowOf = (sheet: ExcelJS.Worksheet, firstCell: string) => {
    let found: ExcelJS.Row | undefined;
    sheet.eachRow((row) => {
      if (row.getCell(1).value === firstCell) found = row;
    });
    if (!found) throw new Error(`no row ${firstCell} in ${sheet.name}`);
    return found;
  };

  const upload = (agent: TestAgent, route: 'dry-run' | 'apply', file: Buffer, filename = 'don-vi-nguoi-dung.xlsx') =>
    agent.post(`/api/import/${route}`).attach('file', file, { filename, contentType: XLSX });

  /**
   * Rows of every table and a digest of the directory's: "nothing written" is these unchanged. The
   * bookkeeping of signing in (sessions, the last sign-in time, its audit events) is left out.
   */
  async function storedState() {
    const tables: { table_name: string }[] = await db.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'sessions' ORDER BY table_name`,
    );
    const counts: Record<string, number> = {};
    for (const { table_name } of tables) {
      const signIns = table_name === 'audit_events' ? ` WHERE action NOT LIKE 'auth.%'` : '';
      counts[table_name] = (await db.query(`SELECT count(*)::int AS n FROM "${table_name}"${signIns}`))[0].n;
    }
    const digest = async (rows: string) => (await db.query(`SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) AS d FROM (${rows}) t`))[0].d;
    return {
      counts,
      users: await digest(`SELECT id, login, full_name, email, phone, password_hash, role, agency_id, active, must_change_password FROM users`),
      agencies: await digest(`SELECT * FROM agencies`),
      agencyNames: await digest(`SELECT * FROM agency_names`),
    };
  }

  const brief = (problems: ImportProblem[]) => problems.map((p) => `${p.sheet}:${p.row}:${p.column}:${p.reason}`);

  /** A new unit (and an account in it), a changed unit, a new account in a known unit, a changed account, a locked one. */
  const validEdits = (units: ExcelJS.Worksheet, users: ExcelJS.Worksheet) => {
    units.addRow(['SKHCN', 'Sở Khoa học và Công nghệ', 'Sở KH&CN', 'Sở, ban, ngành', 9, 'Lê Thị Hoa', 'skhcn@quangninh.gov.vn', '0203 3600 111']);
    const sngv = rowOf(units, 'SNGV');
    sngv.getCell(6).value = 'Nguyễn Thị Lan';
    sngv.getCell(8).value = '0203 3835 999';
    users.addRow(['nguyenvanan', 'Nguyễn Văn An', 'Cán bộ đầu mối', 'SKHCN', { text: 'an@skhcn.quangninh.gov.vn', hyperlink: 'mailto:an@skhcn.quangninh.gov.vn' }, 912345678, null]);
    users.addRow(['tranthibich', 'Trần Thị Bích', 'Lãnh đạo đơn vị', 'cat', null, null, 'Đang hoạt động']);
    rowOf(users, 'binhlieu').getCell(3).value = 'Lãnh đạo đơn vị';
    rowOf(users, 'khukinhte').getCell(7).value = 'Đã khóa';
  };

  it('the template: instructions, the units and accounts as they are, header notes and drop-down lists', async () => {
    const response = await binary(admin.get('/api/import/template.xlsx')).expect(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="nhap-don-vi-nguoi-dung-\d{8}\.xlsx"$/);
    const workbook = await template();
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Hướng dẫn', 'Đơn vị', 'Người dùng', 'Danh mục']);
    const units = workbook.getWorksheet('Đơn vị')!;
    expect(units.getRow(1).values).toEqual([
      undefined, 'Mã đơn vị (*)', 'Tên đơn vị (*)', 'Tên viết tắt (*)', 'Loại đơn vị (*)', 'Thứ tự hiển thị (*)', 'Người đầu mối', 'Thư điện tử', 'Điện thoại',
    ]);
    expect(units.getCell('A1').note).toBeTruthy();
    expect(units.getRow(2).values).toEqual([undefined, 'SNGV', 'Sở Ngoại vụ', 'Sở Ngoại vụ', 'Sở, ban, ngành', 1]);
    expect(units.actualRowCount).toBe(1 + (await db.query(`SELECT count(*)::int AS n FROM agencies WHERE active`))[0].n);
    // The checks cover a thousand rows without making them: a row added goes right under the data.
    expect(units.rowCount).toBe(units.actualRowCount);
    expect(units.getCell('D50').dataValidation).toMatchObject({ type: 'list', formulae: ["'Danh mục'!$A$2:$A$7"] });
    const users = workbook.getWorksheet('Người dùng')!;
    expect(users.getRow(1).values).toEqual([undefined, 'Tên đăng nhập (*)', 'Họ và tên (*)', 'Vai trò (*)', 'Mã đơn vị', 'Thư điện tử', 'Điện thoại', 'Trạng thái']);
    expect(rowOf(users, 'songoaivu').values).toEqual([undefined, 'songoaivu', 'Cán bộ đầu mối Sở Ngoại vụ', 'Cán bộ đầu mối', 'SNGV', demoEmail('songoaivu'), undefined, 'Đang hoạt động']);
    expect(rowOf(users, 'quantri').getCell(3).value).toBe('Quản trị hệ thống');
    expect(users.actualRowCount).toBe(1 + (await db.query(`SELECT count(*)::int AS n FROM users`))[0].n);
    expect(users.rowCount).toBe(users.actualRowCount);
    expect(users.getCell('D2').dataValidation).toMatchObject({ type: 'list', formulae: ["'Đơn vị'!$A$2:$A$1001"] });
    expect(workbook.getWorksheet('Danh mục')!.getColumn(2).values.slice(2)).toEqual(['Cán bộ đầu mối', 'Lãnh đạo đơn vị', 'Cơ quan thường trực', 'Lãnh đạo Ban Chỉ đạo', 'Quản trị hệ thống']);
  });

  it('the template as downloaded, sent back unchanged: valid, nothing to do', async () => {
    const review: DirectoryImportReview = (await upload(admin, 'dry-run', await filledTemplate(() => undefined)).expect(200)).body;
    expect(review.problems).toEqual([]);
    expect(review.valid).toBe(true);
    expect(review.plan.units).toMatchObject({ create: [], change: [] });
    expect(review.plan.users).toMatchObject({ create: [], change: [] });
    expect(review.plan.units.unchanged).toBeGreaterThanOrEqual(9);
  });

  it('a valid file: the dry run shows exactly what will happen and writes nothing; apply does it in one go, audited', async () => {
    const file = await filledTemplate(validEdits);
    const before = await storedState();
    const review: DirectoryImportReview = (await upload(admin, 'dry-run', file).expect(200)).body;
    expect(await storedState()).toEqual(before);
    expect(review.valid).toBe(true);
    expect(review.problems).toEqual([]);
    const sngvRow = review.plan.units.change.find((c) => c.code === 'SNGV')!;
    expect(review.plan.units.create).toEqual([
      {
        row: expect.any(Number),
        code: 'SKHCN',
        fields: { name: 'Sở Khoa học và Công nghệ', shortName: 'Sở KH&CN', kind: 'department', displayOrder: 9, contactPerson: 'Lê Thị Hoa', email: 'skhcn@quangninh.gov.vn', phone: '0203 3600 111' },
      },
    ]);
    expect(review.plan.units.change).toEqual([
      { row: sngvRow.row, id: expect.any(String), code: 'SNGV', name: 'Sở Ngoại vụ', changes: { contactPerson: { from: null, to: 'Nguyễn Thị Lan' }, phone: { from: null, to: '0203 3835 999' } } },
    ]);
    expect(review.plan.users.create.map((u) => [u.login, u.fields])).toEqual([
      ['nguyenvanan', { fullName: 'Nguyễn Văn An', role: 'agency_reporter', unitCode: 'SKHCN', email: 'an@skhcn.quangninh.gov.vn', phone: '0912345678', active: true }],
      ['tranthibich', { fullName: 'Trần Thị Bích', role: 'agency_head', unitCode: 'CAT', email: null, phone: null, active: true }],
    ]);
    expect(review.plan.users.change.map((u) => [u.login, u.changes])).toEqual([
      ['binhlieu', { role: { from: 'agency_reporter', to: 'agency_head' } }],
      ['khukinhte', { active: { from: true, to: false } }],
    ]);
    expect(review.plan.unitNames).toMatchObject({ SKHCN: 'Sở Khoa học và Công nghệ', CAT: 'Công an tỉnh' });

    // khukinhte is signed in: locking the account by import ends the session at once.
    const khukinhte = await sut.signIn('khukinhte');
    await khukinhte.get('/api/profile').expect(200);

    const applied = await upload(admin, 'apply', file).expect(200);
    const result: DirectoryImportResult = applied.body;
    expect(result.plan).toEqual(review.plan);
    expect(result.temporaryPasswords.map(({ login, fullName, unitName }) => ({ login, fullName, unitName }))).toEqual([
      { login: 'nguyenvanan', fullName: 'Nguyễn Văn An', unitName: 'Sở Khoa học và Công nghệ' },
      { login: 'tranthibich', fullName: 'Trần Thị Bích', unitName: 'Công an tỉnh' },
    ]);

    const after = await storedState();
    expect(after.counts.agencies).toBe(before.counts.agencies! + 1);
    expect(after.counts.users).toBe(before.counts.users! + 2);
    expect(
      await db.query(`SELECT code, name, short_name, kind, display_order, contact_person, email, phone, active FROM agencies WHERE code IN ('SKHCN', 'SNGV') ORDER BY code`),
    ).toEqual([
      { code: 'SKHCN', name: 'Sở Khoa học và Công nghệ', short_name: 'Sở KH&CN', kind: 'department', display_order: 9, contact_person: 'Lê Thị Hoa', email: 'skhcn@quangninh.gov.vn', phone: '0203 3600 111', active: true },
      { code: 'SNGV', name: 'Sở Ngoại vụ', short_name: 'Sở Ngoại vụ', kind: 'department', display_order: 1, contact_person: 'Nguyễn Thị Lan', email: null, phone: '0203 3835 999', active: true },
    ]);
    expect(
      await db.query(
        `SELECT u.login, u.full_name, u.role, a.code, u.email, u.phone, u.active, u.must_change_password
           FROM users u LEFT JOIN agencies a ON a.id = u.agency_id WHERE u.login IN ('nguyenvanan', 'tranthibich', 'binhlieu', 'khukinhte') ORDER BY u.login`,
      ),
    ).toEqual([
      { login: 'binhlieu', full_name: 'Cán bộ đầu mối Huyện Bình Liêu', role: 'agency_head', code: 'BINHLIEU', email: demoEmail('binhlieu'), phone: null, active: true, must_change_password: false },
      { login: 'khukinhte', full_name: 'Cán bộ đầu mối Ban Quản lý Khu kinh tế tỉnh', role: 'agency_reporter', code: 'BQLKKT', email: demoEmail('khukinhte'), phone: null, active: false, must_change_password: false },
      { login: 'nguyenvanan', full_name: 'Nguyễn Văn An', role: 'agency_reporter', code: 'SKHCN', email: 'an@skhcn.quangninh.gov.vn', phone: '0912345678', active: true, must_change_password: true },
      { login: 'tranthibich', full_name: 'Trần Thị Bích', role: 'agency_head', code: 'CAT', email: null, phone: null, active: true, must_change_password: true },
    ]);

    // One event per change, each naming the import, and one for the import.
    const [{ object_id: importId, summary }] = await db.query(`SELECT object_id, summary FROM audit_events WHERE action = 'directory.imported'`);
    expect(summary).toEqual({ fileName: 'don-vi-nguoi-dung.xlsx', unitsCreated: 1, unitsChanged: 1, usersCreated: 2, usersChanged: 2 });
    const events: { action: string }[] = await db.query(`SELECT action FROM audit_events WHERE summary->>'importId' = $1 ORDER BY id`, [importId]);
    expect(events.map((e) => e.action)).toEqual(['agency.created', 'agency.updated', 'user.created', 'user.created', 'user.updated', 'user.deactivated']);

    // The locked account's session is over; the new accounts sign in with their one-time password and must choose their own.
    expect((await khukinhte.get('/api/profile')).status).toBe(401);
    for (const { login, temporaryPassword } of result.temporaryPasswords) {
      const agent = request.agent(sut.app.getHttpServer());
      const signIn = await agent.post('/api/auth/login').send({ login, password: temporaryPassword }).expect(200);
      expect(signIn.body).toMatchObject({ login, mustChangePassword: true });
      expect((await agent.get('/api/reports/mine')).body.code).toBe('PASSWORD_CHANGE_REQUIRED');
      await agent.post('/api/profile/password').send({ currentPassword: temporaryPassword, newPassword: NEW_PASSWORD }).expect(204);
      expect((await agent.get('/api/reports/mine')).status).toBe(200);
    }

    // The same file again: everything is as it says, nothing to do.
    const again: DirectoryImportReview = (await upload(admin, 'dry-run', file).expect(200)).body;
    expect([again.valid, again.plan.units.create, again.plan.units.change, again.plan.users.create, again.plan.users.change]).toEqual([true, [], [], [], []]);
  });

  it('a file with errors: the dry run lists every invalid row with its reason; apply answers 422 with the same and writes nothing', async () => {
    const at: Record<string, number> = {};
    const file = await filledTemplate((units, users) => {
      at.badKind = units.addRow(['SKHCN-2', 'Sở Khoa học', 'Sở KH', 'Sở', 10]).number;
      at.sameCode = units.addRow(['SNGV', 'Sở Ngoại vụ (bản sao)', 'SNV', 'Sở, ban, ngành', 11]).number;
      at.anotherPerson = rowOf(users, 'songoaivu').number;
      rowOf(users, 'songoaivu').getCell(2).value = 'Phạm Thị Dung';
      at.unknownUnit = users.addRow(['nguyenvanbinh', 'Nguyễn Văn Bình', 'Cán bộ đầu mối', 'KHONGCO', 'binh@', null, null]).number;
      at.sameLogin = users.addRow(['nguyenvanbinh', 'Nguyễn Văn Bình', 'Lãnh đạo', null, null, null, null]).number;
      at.leaderInUnit = users.addRow(['nguyenthicuc', 'Nguyễn Thị Cúc', 'Lãnh đạo Ban Chỉ đạo', 'SNGV', null, null, null]).number;
      at.badLogin = users.addRow(['Nguyễn Cúc', 'Nguyễn Thị Cúc', 'Cán bộ đầu mối', null, null, null, null]).number;
    });
    const before = await storedState();
    const review: DirectoryImportReview = (await upload(admin, 'dry-run', file).expect(200)).body;
    expect(review.valid).toBe(false);
    expect(brief(review.problems)).toEqual([
      `units:${at.badKind}:kind:badKind`,
      `units:${at.sameCode}:code:duplicateCode`,
      `users:${at.anotherPerson}:login:loginTakenByAnotherPerson`,
      `users:${at.unknownUnit}:unitCode:unknownUnit`,
      `users:${at.unknownUnit}:email:badEmail`,
      `users:${at.sameLogin}:login:duplicateLogin`,
      `users:${at.sameLogin}:role:badRole`,
      `users:${at.leaderInUnit}:unitCode:unitNotAllowedForRole`,
      `users:${at.badLogin}:login:badLogin`,
      `users:${at.badLogin}:unitCode:unitRequiredForRole`,
    ]);
    expect(review.problems.find((p) => p.reason === 'unknownUnit')!.message).toBe('Không có đơn vị mã "KHONGCO" trong trang "Đơn vị" hay trong hệ thống.');
    expect(review.problems.find((p) => p.reason === 'duplicateLogin')!.params).toMatchObject({ value: 'nguyenvanbinh', otherRow: at.unknownUnit });
    expect(review.problems.find((p) => p.reason === 'loginTakenByAnotherPerson')!.params).toMatchObject({ existingName: 'Cán bộ đầu mối Sở Ngoại vụ' });

    const refused = await upload(admin, 'apply', file).expect(422);
    expect(refused.body.code).toBe('IMPORT_INVALID');
    expect(refused.body.details.problems).toEqual(review.problems);
    expect(await storedState()).toEqual(before);
  });

  it('apply checks the file again: a login taken meanwhile by someone else refuses the whole file', async () => {
    const file = await filledTemplate((units, users) => {
      units.addRow(['SYT', 'Sở Y tế', 'Sở Y tế', 'Sở, ban, ngành', 12]);
      users.addRow(['lethimai', 'Lê Thị Mai', 'Cán bộ đầu mối', 'SYT', null, null, null]);
    });
    expect((await upload(admin, 'dry-run', file).expect(200)).body.valid).toBe(true);
    await admin.post('/api/users').send({ login: 'lethimai', fullName: 'Hoàng Văn Nam', email: null, phone: null, role: 'leader', agencyId: null }).expect(201);
    const before = await storedState();
    const refused = await upload(admin, 'apply', file).expect(422);
    expect(brief(refused.body.details.problems)).toEqual([expect.stringMatching(/^users:\d+:login:loginTakenByAnotherPerson$/)]);
    expect(await storedState()).toEqual(before);
  });

  it('is the administrator\'s alone: every other role is refused before the file is read', async () => {
    const routes = listRoutes(sut.app).filter((r) => r.path.startsWith('/api/import/'));
    expect(routes.map((r) => [`${r.method} ${r.path}`, r.roles])).toEqual([
      ['GET /api/import/template.xlsx', ['admin']],
      ['POST /api/import/dry-run', ['admin']],
      ['POST /api/import/apply', ['admin']],
    ]);
    const file = await filledTemplate(validEdits);
    const before = await storedState();
    for (const login of ['vanphong', 'lanhdao', 'songoaivu']) {
      const agent = await sut.signIn(login);
      expect((await agent.get('/api/import/template.xlsx')).status).toBe(403);
      for (const route of ['dry-run', 'apply'] as const) {
        const refused = await upload(agent, route, file);
        expect([login, route, refused.status, refused.body.code]).toEqual([login, route, 403, 'FORBIDDEN']);
      }
    }
    expect((await sut.http().post('/api/import/apply').attach('file', file, 'a.xlsx')).status).toBe(401);
    expect(await storedState()).toEqual(before);
  });

  it('anything but a whole .xlsx is refused with a 4xx in the error shape', async () => {
    const good = await filledTemplate(() => undefined);
    const docx = await officeFile({ '[Content_Types].xml': officeContentTypes('word/document.xml'), 'word/document.xml': '<w:document/>' });
    const zipBomb = await officeFile({ '[Content_Types].xml': officeContentTypes('xl/workbook.xml'), 'xl/workbook.xml': '<workbook/>', 'xl/worksheets/sheet1.xml': Buffer.alloc(45 * 1024 * 1024, 0x20) });
    const cases: [string, () => request.Test, number, string][] = [
      ['a PDF named .xlsx', () => upload(admin, 'dry-run', minimalPdf(), 'danh-sach.xlsx'), 415, 'UNSUPPORTED_FILE_TYPE'],
      ['a CSV', () => upload(admin, 'dry-run', Buffer.from('Mã đơn vị;Tên đơn vị\nSNGV;Sở Ngoại vụ\n'), 'danh-sach.csv'), 415, 'UNSUPPORTED_FILE_TYPE'],
      ['a Word document', () => upload(admin, 'dry-run', docx, 'danh-sach.docx'), 415, 'UNSUPPORTED_FILE_TYPE'],
      ['a workbook cut in half', () => upload(admin, 'apply', good.subarray(0, Math.floor(good.length / 2))), 415, 'UNSUPPORTED_FILE_TYPE'],
      ['a zip bomb', () => upload(admin, 'dry-run', zipBomb), 415, 'UNSUPPORTED_FILE_TYPE'],
      ['an empty file', () => upload(admin, 'dry-run', Buffer.alloc(0)), 415, 'UNSUPPORTED_FILE_TYPE'],
      ['no file', () => admin.post('/api/import/dry-run').send({}), 422, 'VALIDATION_FAILED'],
      ['a file over 5 MB', () => upload(admin, 'apply', Buffer.concat([good, Buffer.alloc(5 * 1024 * 1024)])), 413, 'FILE_TOO_LARGE'],
      ['two files', () => upload(admin, 'dry-run', good).attach('file', good, 'b.xlsx'), 400, 'BAD_REQUEST'],
      ['another field', () => upload(admin, 'dry-run', good).field('x', '1'), 400, 'BAD_REQUEST'],
    ];
    const before = await storedState();
    for (const [name, send, status, code] of cases) {
      const answer = await send();
      expect([name, answer.status, answer.body.code, typeof answer.body.message]).toEqual([name, status, code, 'string']);
    }
    expect(await storedState()).toEqual(before);
    // Every upload was removed from the disk once read.
    expect(await readdir(path.join(sut.app.get<AppConfig>(APP_CONFIG).uploadDir, 'incoming')).catch(() => [])).toEqual([]);
  });

  it('a workbook of another kind (no "Đơn vị" or "Người dùng" sheet, or no sheet at all) is a file problem, not a crash', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1').addRow(['Tên', 'Tuổi']);
    const other = Buffer.from(await workbook.xlsx.writeBuffer());
    const hollow = await officeFile({ '[Content_Types].xml': officeContentTypes('xl/workbook.xml'), 'xl/workbook.xml': '<workbook/>' });
    for (const file of [other, hollow]) {
      const review: DirectoryImportReview = (await upload(admin, 'dry-run', file).expect(200)).body;
      expect(brief(review.problems)).toEqual(['units:null:null:missingSheet', 'users:null:null:missingSheet']);
      const refused = await upload(admin, 'apply', file).expect(422);
      expect(refused.body.code).toBe('IMPORT_INVALID');
    }
  });
});
