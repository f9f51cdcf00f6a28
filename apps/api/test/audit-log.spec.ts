import ExcelJS from 'exceljs';
import type { AuditLogEntry, Page } from '@giao-ban/shared';
import type TestAgent from 'supertest/lib/agent.js';
import { DataSource } from 'typeorm';
import { AUDIT_HEADERS, AUDIT_SHEET } from '../src/modules/audit/audit-xlsx.writer.js';
import { agencyIdByCode } from './helpers/workflow.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';
import { bodyBytes } from './helpers/downloads.js';

describe('audit browser', () => {
  let sut: TestApp;
  let office: TestAgent;
  let db: DataSource;
  let sngv: string;
  let officeUserId: string;
  let adminUserId: string;

  /** Probe events with an action of their own, so the demo data's events do not get in the way. */
  const probe = async (at: string, fields: { actorId?: string | null; agencyId?: string | null; objectType?: string; action?: string } = {}) => {
    await db.query(
      `INSERT INTO audit_events (occurred_at, actor_id, actor_role, action, object_type, object_id, agency_id, summary)
       VALUES ($1, $2, $3, $4, $5, gen_random_uuid(), $6, '{"probe":true}')`,
      [at, fields.actorId ?? null, fields.actorId ? 'office' : null, fields.action ?? 'probe.made', fields.objectType ?? 'probe', fields.agencyId ?? null],
    );
  };

  const list = async (query: string): Promise<Page<AuditLogEntry>> => {
    const response = await office.get(`/api/audit?${query}`);
    if (response.status !== 200) throw new Error(`${query}: ${response.status} ${response.text}`);
    return response.body as Page<AuditLogEntry>;
  };

  beforeAll(async () => {
    sut = await startTestApp();
    db = sut.app.get(DataSource);
    office = await sut.signIn('vanphong');
    sngv = await agencyIdByCode(sut, 'SNGV');
    [{ id: officeUserId }] = await db.query(`SELECT id FROM users WHERE login = 'vanphong'`);
    [{ id: adminUserId }] = await db.query(`SELECT id FROM users WHERE login = 'quantri'`);
    // 23:30 on 01/12 in Vietnam is 16:30 UTC: it belongs to 01/12. 00:30 on 02/12 is 17:30 UTC on 01/12.
    await probe('2021-12-01T16:30:00Z', { actorId: officeUserId, agencyId: sngv, action: 'probe.late_evening' });
    await probe('2021-12-01T17:30:00Z', { actorId: adminUserId, action: 'probe.after_midnight' });
    await probe('2021-11-30T16:59:59Z', { action: 'probe.day_before' });
    for (let i = 0; i < 25; i++) await probe(`2021-11-${String(10 + (i % 10)).padStart(2, '0')}T03:00:00Z`, { objectType: 'probe_bulk', action: 'probe.bulk' });
  });
  afterAll(() => sut.close());

  it('lists the whole log newest first, with actor, unit and period names', async () => {
    const page = await list('pageSize=100');
    expect(page.total).toBeGreaterThan(28);
    const times = page.items.map((e) => e.occurredAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect(new Set(page.items.map((e) => e.objectType)).size).toBeGreaterThan(1);
    const late = (await list('action=probe.late_evening')).items[0]!;
    expect(late).toMatchObject({ actorName: expect.any(String), actorLogin: 'vanphong', actorRole: 'office', agencyId: sngv, agencyName: 'Sở Ngoại vụ' });
    const withPeriod = (await list('objectType=report&pageSize=5')).items.find((e) => e.periodId);
    expect(withPeriod?.periodTitle).toEqual(expect.any(String));
  });

  it('each filter narrows: actor, unit, object type, action', async () => {
    const byActor = await list(`actorId=${adminUserId}&pageSize=100`);
    expect(byActor.total).toBeGreaterThan(0);
    expect(byActor.items.every((e) => e.actorId === adminUserId)).toBe(true);
    const byUnit = await list(`agencyId=${sngv}&pageSize=100`);
    expect(byUnit.total).toBeGreaterThan(0);
    expect(byUnit.items.every((e) => e.agencyId === sngv)).toBe(true);
    const byType = await list('objectType=probe_bulk&pageSize=100');
    expect(byType.total).toBe(25);
    expect(byType.items.every((e) => e.objectType === 'probe_bulk')).toBe(true);
    const byAction = await list('action=probe.after_midnight');
    expect(byAction.items.map((e) => e.actorLogin)).toEqual(['quantri']);
    const combined = await list(`actorId=${officeUserId}&agencyId=${sngv}&action=probe.late_evening`);
    expect(combined.total).toBe(1);
  });

  it('date ranges are Vietnam days, inclusive', async () => {
    const probes = async (from: string, to: string) =>
      (await list(`from=${from}&to=${to}&pageSize=100`)).items.filter((e) => e.objectType === 'probe').map((e) => e.action);
    expect(await probes('2021-12-01', '2021-12-01')).toEqual(['probe.late_evening']);
    expect(await probes('2021-12-02', '2021-12-02')).toEqual(['probe.after_midnight']);
    expect(await probes('2021-11-30', '2021-12-02')).toEqual(['probe.after_midnight', 'probe.late_evening', 'probe.day_before']);
  });

  it('pages keep the total', async () => {
    const first = await list('objectType=probe_bulk&pageSize=10&page=1');
    const third = await list('objectType=probe_bulk&pageSize=10&page=3');
    expect([first.total, first.items.length, third.total, third.items.length, third.page, third.pageSize]).toEqual([25, 10, 25, 5, 3, 10]);
    const all = await list('objectType=probe_bulk&pageSize=100');
    expect(new Set([...first.items, ...third.items].map((e) => e.id)).size).toBe(15);
    expect(all.items.slice(20).map((e) => e.id)).toEqual(third.items.map((e) => e.id));
  });

  it('facets list the object types and actions present', async () => {
    const facets = (await office.get('/api/audit/facets').expect(200)).body;
    expect(facets.objectTypes).toEqual(expect.arrayContaining(['probe', 'probe_bulk', 'report', 'user']));
    expect(facets.actions).toEqual(expect.arrayContaining(['probe.bulk', 'auth.signed_in']));
    expect(facets.actors).toEqual(expect.arrayContaining([{ id: adminUserId, fullName: 'Quản trị hệ thống', login: 'quantri' }]));
  });

  it('the administrator may browse; unit and leader roles may not', async () => {
    const admin = await sut.signIn('quantri');
    await admin.get('/api/audit').expect(200);
    await admin.get('/api/audit/export.xlsx').expect(200);
    const unit = await sut.signIn('songoaivu');
    expect((await unit.get('/api/audit')).status).toBe(403);
    expect((await unit.get('/api/audit/export.xlsx')).status).toBe(403);
    const leader = await sut.signIn('lanhdao');
    expect((await leader.get('/api/audit')).status).toBe(403);
    expect((await leader.get('/api/audit/facets')).status).toBe(403);
  });

  it.each([
    ['actorId=nope', ['actorId']],
    ['agencyId=123', ['agencyId']],
    ['from=2021-12-05&to=2021-12-01', ['to']],
    ['from=2021-02-30', ['from']],
    ['to=01/12/2021', ['to']],
    ['action=DROP%20TABLE', ['action']],
    ['page=0', ['page']],
  ])('refuses %s with 422 and the field', async (query, fields) => {
    for (const path of ['/api/audit', '/api/audit/export.xlsx']) {
      if (path.endsWith('xlsx') && query.startsWith('page')) continue;
      const response = await office.get(`${path}?${query}`);
      expect([response.status, response.body.code]).toEqual([422, 'VALIDATION_FAILED']);
      expect(response.body.details.map((d: { field: string }) => d.field)).toEqual(fields);
    }
  });

  it('exports the filtered rows to .xlsx: Vietnamese headers, bold frozen header, autofilter, Vietnam time', async () => {
    const response = await office
      .get('/api/audit/export.xlsx?from=2021-11-30&to=2021-12-02&objectType=probe')
      .buffer(true)
      .parse(bodyBytes)
      .expect(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.headers['content-disposition']).toMatch(/attachment; filename="nhat-ky-he-thong-\d{4}-\d{2}-\d{2}\.xlsx"/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as Parameters<typeof workbook.xlsx.load>[0]);
    const sheet = workbook.getWorksheet(AUDIT_SHEET)!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...AUDIT_HEADERS]);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.rowCount).toBe(4);
    const rows = [2, 3, 4].map((r) => sheet.getRow(r));
    expect(rows.map((r) => r.getCell(5).value)).toEqual(['probe.after_midnight', 'probe.late_evening', 'probe.day_before']);
    // 23:30 on 01/12 in Vietnam, written as that wall-clock time.
    expect((rows[1]!.getCell(1).value as Date).toISOString()).toBe('2021-12-01T23:30:00.000Z');
    expect(rows[1]!.getCell(1).numFmt).toBe('dd/mm/yyyy hh:mm');
    expect(rows[1]!.getCell(2).value).toMatch(/\(vanphong\)$/);
    expect(rows[1]!.getCell(3).value).toBe('Cơ quan thường trực');
    expect(rows[1]!.getCell(4).value).toBe('Sở Ngoại vụ');
  });
});
