import { createHash } from 'node:crypto';
import { readdir, rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { ReportDetail } from '@giao-ban/shared';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../src/config/env.schema.js';
import { minimalPdf, officeContentTypes, officeFile } from './helpers/files.js';
import { fillReport, openNewPeriod } from './helpers/workflow.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';
import { bodyBytes } from './helpers/downloads.js';

// Real file signatures: type is judged by content, so these bytes are what matters.
const PDF = minimalPdf();
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
      const download = await agent.get(url).buffer(true).parse(bodyBytes);
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

  describe('the whole file is judged, after the access check, streamed to disk', () => {
    const DOCX_PARTS = { '[Content_Types].xml': officeContentTypes('word/document.xml'), 'word/document.xml': '<w:document/>' };

    it('takes a real .docx and .xlsx; refuses a zip that is no Office file, a zip bomb, a PDF header before an executable, a cut PNG', async () => {
      const unit = await sut.signIn('congan');
      const post = (file: Buffer, filename: string) => unit.post(`/api/reports/${cat}/attachments`).attach('file', file, { filename });
      const docx = await post(await officeFile(DOCX_PARTS), 'bao-cao.docx');
      expect([docx.status, docx.body.fileType]).toEqual([201, 'docx']);
      const xlsx = await post(await officeFile({ '[Content_Types].xml': officeContentTypes('xl/workbook.xml'), 'xl/workbook.xml': '<workbook/>' }), 'so-lieu.xlsx');
      expect([xlsx.status, xlsx.body.fileType]).toEqual([201, 'xlsx']);

      const refused = {
        'a zip without the Word part': await officeFile({ '[Content_Types].xml': officeContentTypes('word/document.xml'), 'word/other.xml': '<x/>' }),
        'a zip bomb': await officeFile({ ...DOCX_PARTS, 'word/media/zeros.bin': Buffer.alloc(30 * 1024 * 1024) }),
        'a PDF header before an executable': Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), Buffer.alloc(4096, 0x90)]),
        'a PNG cut short': PNG.subarray(0, PNG.length - 12),
      };
      for (const [label, bytes] of Object.entries(refused)) {
        const answer = await post(bytes, 'tep.docx');
        expect([label, answer.status, answer.body.code]).toEqual([label, 415, 'UNSUPPORTED_FILE_TYPE']);
      }
      const stored: ReportDetail = (await unit.get(`/api/reports/${cat}`)).body;
      expect(stored.attachments.map((a) => a.fileType).sort()).toEqual(['docx', 'xlsx']);
      expect(await readdir(path.join(sut.app.get<AppConfig>(APP_CONFIG).uploadDir, 'incoming')).catch(() => [])).toEqual([]);
    });

    it('refuses another unit before reading its upload: the answer comes while the body is still unsent', async () => {
      const server = sut.app.getHttpServer();
      if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const port = (server.address() as AddressInfo).port;
      const login = await sut.http().post('/api/auth/login').send({ login: 'songoaivu', password: 'GiaoBan@2021' });
      const cookie = String(login.headers['set-cookie']![0]).split(';')[0]!;
      const status = await new Promise<number>((resolve, reject) => {
        const request = http.request({
          host: '127.0.0.1', port, method: 'POST', path: `/api/reports/${cat}/attachments`,
          headers: { cookie, 'content-type': 'multipart/form-data; boundary=X', 'content-length': String(15 * 1024 * 1024) },
        });
        request.on('response', (response) => {
          resolve(response.statusCode!);
          request.destroy();
        });
        request.on('error', reject);
        // The multipart head and a first megabyte; the other 14 MB never come.
        request.write('--X\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n');
        request.write(Buffer.alloc(1024 * 1024));
      });
      expect(status).toBe(404);
    });

    it('a file gone from storage answers 404 in the error shape', async () => {
      const unit = await sut.signIn('congan');
      const stored: ReportDetail = (await unit.get(`/api/reports/${cat}`)).body;
      const attachment = stored.attachments[0]!;
      const [row] = await sut.app.get(DataSource).query(`SELECT storage_key FROM attachments WHERE id = $1`, [attachment.id]);
      await rm(path.resolve(sut.app.get<AppConfig>(APP_CONFIG).uploadDir, row.storage_key));
      const gone = await unit.get(`/api/reports/${cat}/attachments/${attachment.id}`);
      expect([gone.status, gone.headers['content-type'], gone.body.code]).toEqual([404, expect.stringContaining('application/json'), 'NOT_FOUND']);
    });
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
