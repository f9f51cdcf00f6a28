import { createHash } from 'node:crypto';
import type { ReportDetail } from '@giao-ban/shared';
import { fillReport, openNewPeriod } from './helpers/workflow.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

// Real file signatures: type is judged by content, so these bytes are what matters.
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

describe('attachments', () => {
  let sut: TestApp;
  let sngv: string;
  let cat: string;

  beforeAll(async () => {
    sut = await startTestApp();
    const office = await sut.signIn('vanphong');
    const opened = await openNewPeriod(sut, office, ['SNGV', 'CAT']);
    sngv = opened.reportIdOf('SNGV');
    cat = opened.reportIdOf('CAT');
  });
  afterAll(() => sut.close());

  it('stores a PDF with its checksum; the unit and the office download the same bytes; another unit cannot', async () => {
    const unit = await sut.signIn('songoaivu');
    const detail: ReportDetail = (await unit.get(`/api/reports/${sngv}`)).body;
    const section = detail.sections.find((s) => s.taskGroup?.ordinal === 2)!;
    const uploaded = await unit
      .post(`/api/reports/${sngv}/attachments`)
      .field('sectionId', section.id)
      .attach('file', PDF, { filename: 'Kế hoạch quảng bá.pdf', contentType: 'application/pdf' });
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toMatchObject({
      fileName: 'Kế hoạch quảng bá.pdf',
      fileType: 'pdf',
      sizeBytes: PDF.length,
      sectionId: section.id,
      sha256: createHash('sha256').update(PDF).digest('hex'),
    });
    const url = `/api/reports/${sngv}/attachments/${uploaded.body.id}`;
    for (const login of ['songoaivu', 'vanphong', 'lanhdao']) {
      const agent = await sut.signIn(login);
      const download = await agent.get(url).buffer(true).parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
      expect([login, download.status]).toEqual([login, 200]);
      expect(Buffer.compare(download.body as Buffer, PDF)).toBe(0);
      expect(download.headers['content-type']).toBe('application/pdf');
      expect(download.headers['content-disposition']).toContain("filename*=UTF-8''K%E1%BA%BF");
    }
    const other = await sut.signIn('congan');
    expect((await other.get(url)).status).toBe(404);
    expect((await other.get(`/api/reports/${cat}/attachments/${uploaded.body.id}`)).status).toBe(404);
    const listed: ReportDetail = (await unit.get(`/api/reports/${sngv}`)).body;
    expect(listed.attachments.map((a) => a.fileName)).toEqual(['Kế hoạch quảng bá.pdf']);
  });

  it('judges the type by content: a text file named .pdf is refused, a PNG named .pdf is stored as png', async () => {
    const unit = await sut.signIn('songoaivu');
    const fake = await unit
      .post(`/api/reports/${sngv}/attachments`)
      .attach('file', Buffer.from('<script>alert(1)</script>'), { filename: 'bao-cao.pdf', contentType: 'application/pdf' });
    expect([fake.status, fake.body.code]).toEqual([415, 'UNSUPPORTED_FILE_TYPE']);
    const png = await unit.post(`/api/reports/${sngv}/attachments`).attach('file', PNG, { filename: 'anh.pdf' });
    expect(png.status).toBe(201);
    expect(png.body.fileType).toBe('png');
  });

  it('refuses a file over 20 MB with 413 FILE_TOO_LARGE, and a missing file with 422', async () => {
    const unit = await sut.signIn('songoaivu');
    const big = Buffer.concat([PDF, Buffer.alloc(20 * 1024 * 1024)]);
    const tooBig = await unit.post(`/api/reports/${sngv}/attachments`).attach('file', big, { filename: 'lon.pdf' });
    expect([tooBig.status, tooBig.body.code]).toEqual([413, 'FILE_TOO_LARGE']);
    const none = await unit.post(`/api/reports/${sngv}/attachments`).field('sectionId', '');
    expect(none.status).toBe(422);
  });

  it('a submitted report takes no new files and loses none; removal is audited', async () => {
    const unit = await sut.signIn('songoaivu');
    const before: ReportDetail = (await unit.get(`/api/reports/${sngv}`)).body;
    const toRemove = before.attachments.find((a) => a.fileType === 'png')!;
    expect((await unit.delete(`/api/reports/${sngv}/attachments/${toRemove.id}`)).status).toBe(204);
    await fillReport(unit, sngv);
    await unit.post(`/api/reports/${sngv}/submit`).expect(200);
    const late = await unit.post(`/api/reports/${sngv}/attachments`).attach('file', PDF, { filename: 'muon.pdf' });
    expect([late.status, late.body.code]).toEqual([409, 'ILLEGAL_TRANSITION']);
    const after: ReportDetail = (await unit.get(`/api/reports/${sngv}`)).body;
    expect(after.attachments.map((a) => a.fileName)).toEqual(['Kế hoạch quảng bá.pdf']);
    const office = await sut.signIn('vanphong');
    const history = (await office.get(`/api/reports/${sngv}/audit`)).body.map((e: { action: string }) => e.action);
    expect(history.filter((a: string) => a.startsWith('report.attachment'))).toEqual([
      'report.attachment_added',
      'report.attachment_added',
      'report.attachment_removed',
    ]);
  });
});
