import type { ReportDetail } from '@giao-ban/shared';
import JSZip from 'jszip';
import type TestAgent from 'supertest/lib/agent.js';
import { bodyBytes } from './helpers/downloads.js';
import { fillReport, openNewPeriod } from './helpers/workflow.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

/**
 * A unit's report as a .docx (GET /api/reports/:id/document.docx): read back from its
 * word/document.xml — the unit as issuing body, the state header, the unit's text and figures in
 * the vi format, the draft mark before the report is sent and none after — and who may have it.
 */
describe('a unit\'s report as .docx', () => {
  let sut: TestApp;
  let office: TestAgent;
  let reporter: TestAgent;
  let reportId: string;
  let otherReportId: string;
  const TEXT = 'Tổ chức 2 hội nghị quảng bá hình ảnh Quảng Ninh với đối tác Hàn Quốc & Nhật Bản <đợt 1>.';

  const download = async (agent: TestAgent, id: string) => {
    const response = await agent.get(`/api/reports/${id}/document.docx`).buffer(true).parse(bodyBytes);
    return { status: response.status, body: response.body as Buffer, type: response.headers['content-type'], disposition: response.headers['content-disposition'] ?? '' };
  };
  const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  /** The document's paragraphs as plain text, in order. */
  const paragraphs = async (docx: Buffer): Promise<string[]> => {
    const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
    return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decode(t[1]!)).join(''));
  };

  beforeAll(async () => {
    sut = await startTestApp();
    office = await sut.signIn('vanphong');
    const opened = await openNewPeriod(sut, office, ['SNGV', 'CAT']);
    reportId = opened.reportIdOf('SNGV');
    otherReportId = opened.reportIdOf('CAT');
    reporter = await sut.signIn('songoaivu');
    const report: ReportDetail = await fillReport(reporter, reportId);
    const withFigures = report.sections.find((s) => s.taskGroup && s.applicable && s.taskGroup.indicators.length > 0)!;
    await reporter
      .put(`/api/reports/${reportId}/sections/${withFigures.id}`)
      .send({
        version: withFigures.version,
        text: TEXT,
        status: 'in_progress',
        indicatorValues: withFigures.indicatorValues.map((v, i) => ({ indicatorId: v.indicatorId, value: i === 0 ? 1811 : 3 })),
      })
      .expect(200);
  });
  afterAll(() => sut.close());

  it('gives the unit its draft, marked as one, in the state document form', async () => {
    const file = await download(reporter, reportId);
    expect(file.status).toBe(200);
    expect(file.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(file.disposition).toBe('attachment; filename="so-ngoai-vu-bao-cao-6-thang-dau-nam-2022-ban-nhap.docx"');
    const text = await paragraphs(file.body);
    // Header block: the unit as issuing body, the national heading and motto, the number and a blank date.
    expect(text.slice(0, 6)).toEqual([
      'SỞ NGOẠI VỤ',
      '',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số:       /BC-',
      'Quảng Ninh, ngày      tháng      năm 2022',
    ]);
    const title = text.indexOf('BÁO CÁO');
    expect(text.slice(title, title + 5)).toEqual(['BÁO CÁO', 'Kết quả công tác thông tin đối ngoại 6 tháng đầu năm 2022', '', '', 'BẢN NHÁP']);
    expect(text).toContain('I. KẾT QUẢ THỰC HIỆN');
    expect(text).toContain(TEXT);
    expect(text.some((p) => /: 1\.811 /.test(p))).toBe(true);
    expect(text).toContain('Tự đánh giá: Đang thực hiện');
    expect(text).toContain('Tự đánh giá: Đã hoàn thành');
    expect(text).toContain('II. ĐÁNH GIÁ CHUNG');
    expect(text).toContain('THỦ TRƯỞNG ĐƠN VỊ');
    expect(text).toContain('- Ban Chỉ đạo Công tác thông tin đối ngoại tỉnh (qua Cơ quan thường trực);');
    expect(text).toContain('- Lưu: VT.');
  });

  it('drops the mark once the report is sent, dates it the day it was sent, and gives the same bytes each time', async () => {
    await reporter.post(`/api/reports/${reportId}/submit`).expect(200);
    const first = await download(reporter, reportId);
    const again = await download(reporter, reportId);
    expect(first.status).toBe(200);
    expect(first.disposition).toBe('attachment; filename="so-ngoai-vu-bao-cao-6-thang-dau-nam-2022.docx"');
    const text = await paragraphs(first.body);
    expect(text.join('\n')).not.toMatch(/nháp/i);
    // The clock stands at 01/06/2022 09:00 in Vietnam.
    expect(text).toContain('Quảng Ninh, ngày 01 tháng 6 năm 2022');
    expect(text).toContain(TEXT);
    expect(again.body.equals(first.body)).toBe(true);
  });

  it('is the office\'s and leaders\' for any report, never another unit\'s or the administrator\'s', async () => {
    expect((await download(office, reportId)).status).toBe(200);
    expect((await download(await sut.signIn('lanhdao'), otherReportId)).status).toBe(200);
    // Another unit's report: the same 404 as reading it, nothing of it in the answer.
    const other = await download(reporter, otherReportId);
    const read = await reporter.get(`/api/reports/${otherReportId}`);
    expect([other.status, read.status]).toEqual([404, 404]);
    expect(JSON.parse(other.body.toString('utf8')).code).toBe(read.body.code);
    expect((await download(await sut.signIn('congan'), reportId)).status).toBe(404);
    // A missing report answers alike.
    expect((await download(reporter, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await download(await sut.signIn('quantri'), reportId)).status).toBe(403);
  });
});
