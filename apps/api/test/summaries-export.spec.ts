import { capitalizeFirst, reportsNothing, unitResultSentence, withoutListMark, type SummaryDetail } from '@giao-ban/shared';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type TestAgent from 'supertest/lib/agent.js';
import { DataSource } from 'typeorm';
import { DEMO_AGENCIES, DEMO_PERIOD } from '../src/database/seeds/demo-data.js';
import { DEMO_REPORTS } from '../src/database/seeds/demo-reports.js';
import { demoPeriodId, openNewPeriod } from './helpers/workflow.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';
import { bodyBytes } from './helpers/downloads.js';
import { textWidthTwips } from '../src/common/documents/text-metrics.js';
import { xlsxPageSetup } from '../src/modules/summaries/summary-xlsx.writer.js';

/**
 * The exports read back: the .docx unzipped (document.xml, styles.xml, headers, sectPr) and
 * checked against DOCUMENT-FORMAT.md and the seed's own strings; the .xlsx opened with exceljs.
 */
describe('summary exports (.docx, .xlsx)', () => {
  let sut: TestApp;
  let office: TestAgent;
  let periodId: string;
  const url = (path: string) => `/api/periods/${periodId}/summary${path}`;

  const download = async (agent: TestAgent, path: string): Promise<{ status: number; body: Buffer; type: string; disposition: string }> => {
    const response = await agent
      .get(path)
      .buffer(true)
      .parse(bodyBytes);
    return { status: response.status, body: response.body as Buffer, type: response.headers['content-type'], disposition: response.headers['content-disposition'] ?? '' };
  };

  interface Docx {
    document: string;
    numbering: string;
    styles: string;
    headers: string[];
    paragraphs: string[];
  }
  const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  const paragraphTexts = (xml: string) =>
    [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decode(t[1]!)).join(''));
  const readDocx = async (buffer: Buffer): Promise<Docx> => {
    const zip = await JSZip.loadAsync(buffer);
    const document = await zip.file('word/document.xml')!.async('string');
    const headers = await Promise.all(Object.keys(zip.files).filter((n) => /^word\/header\d+\.xml$/.test(n)).map((n) => zip.file(n)!.async('string')));
    return {
      document,
      numbering: await zip.file('word/numbering.xml')!.async('string'),
      styles: await zip.file('word/styles.xml')!.async('string'),
      headers,
      paragraphs: paragraphTexts(document),
    };
  };
  /** Run properties of the run whose text is exactly `text`. */
  const runProps = (xml: string, text: string): string => {
    const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const found = [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].find((r) => r[1]!.includes(`>${escaped}</w:t>`));
    if (!found) throw new Error(`No run with the text "${text}"`);
    return /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(found[1]!)?.[1] ?? '';
  };
  const size = (props: string) => Number(/<w:sz w:val="(\d+)"\/>/.exec(props)?.[1]) / 2;
  const isBold = (props: string) => /<w:b\/>|<w:b w:val="(true|1|on)"\/>/.test(props);
  const isItalic = (props: string) => /<w:i\/>|<w:i w:val="(true|1|on)"\/>/.test(props);
  const style = (xml: string, text: string) => {
    const props = runProps(xml, text);
    return { size: size(props), bold: isBold(props), italic: isItalic(props) };
  };
  const tables = (xml: string) =>
    [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) => ({
      rows: (t[0].match(/<w:tr[ >]/g) ?? []).length,
      headerRows: (t[0].match(/<w:tblHeader\/>|<w:tblHeader w:val="(true|1|on)"\/>/g) ?? []).length,
      text: paragraphTexts(t[0]),
    }));
  const sectPrs = (xml: string) => [...xml.matchAll(/<w:sectPr[ >][\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
  const attr = (tag: string, name: string) => Number(new RegExp(`${name}="(\\d+)"`).exec(tag)?.[1]);

  let included: number;

  beforeAll(async () => {
    sut = await startTestApp();
    periodId = await demoPeriodId(sut);
    sut.clock.set('2021-12-21T03:00:00Z');
    office = await sut.signIn('vanphong');
    await office.post(url('/compile')).send({ includeSubmitted: false }).expect(200);
    const compiled: SummaryDetail = (await office.get(url('')).expect(200)).body;
    included = compiled.figures.indicatorRows.length;
    // Typed markup must arrive in Word as text.
    const closing = compiled.sections.find((s) => s.key === 'closing')!;
    await office
      .put(url('/sections/closing'))
      .send({
        version: closing.version,
        content: {
          blocks: [
            { type: 'bullets', items: [[{ text: 'Đề nghị các đơn vị tiếp tục thực hiện.' }]] },
            { type: 'paragraph', runs: [{ text: 'Trên đây là báo cáo <script>alert(1)</script> & kết luận./.' }] },
          ],
        },
      })
      .expect(200);
  });
  afterAll(() => sut.close());

  it('Party style (Hướng dẫn 36): A4, margins, Times New Roman, the header block, number, date, title, body, signature, annex tables', async () => {
    await office.put(url('/settings')).send({ style: 'party', number: '12-BC/BCĐ', date: '2021-12-24' }).expect(200);
    const file = await download(office, url('/export.docx'));
    expect(file.status).toBe(200);
    expect(file.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(file.disposition).toMatch(/^attachment; filename="tong-hop-bao-cao-6-thang-cuoi-nam-2021-v\d+\.docx"$/);
    const docx = await readDocx(file.body);

    // Page: A4 portrait, 20/20/30/15 mm; annex 2 on A4 landscape.
    const sections = sectPrs(docx.document);
    expect(sections).toHaveLength(3);
    for (const [i, sect] of sections.entries()) {
      const pgSz = /<w:pgSz [^>]*\/>/.exec(sect)![0];
      expect([attr(pgSz, 'w:w'), attr(pgSz, 'w:h')]).toEqual(i < 2 ? [11906, 16838] : [16838, 11906]);
      const pgMar = /<w:pgMar [^>]*\/>/.exec(sect)![0];
      expect({ top: attr(pgMar, 'w:top'), bottom: attr(pgMar, 'w:bottom'), left: attr(pgMar, 'w:left'), right: attr(pgMar, 'w:right') }).toEqual({
        top: 1134, bottom: 1134, left: 1701, right: 850,
      });
    }
    expect(sections[2]).toContain('w:orient="landscape"');
    // Page numbers centred in the header, none on page 1 (a different, empty first-page header).
    expect(sections[0]).toContain('<w:titlePg/>');
    expect(sections[0]).toMatch(/<w:headerReference w:type="first"/);
    const numbered = docx.headers.filter((h) => /PAGE/.test(h));
    expect(numbered.length).toBeGreaterThan(0);
    for (const h of numbered) expect(h).toContain('<w:jc w:val="center"/>');
    expect(docx.headers.some((h) => !/PAGE/.test(h))).toBe(true);
    // Times New Roman everywhere by default, 14 pt body.
    expect(docx.styles).toMatch(/<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/>/);
    expect(docx.document).not.toMatch(/w:ascii="(?!Times New Roman)/);

    // Header block of Hướng dẫn 36.
    expect(style(docx.document, 'ĐẢNG CỘNG SẢN VIỆT NAM')).toEqual({ size: 15, bold: true, italic: false });
    expect(style(docx.document, 'TỈNH ỦY QUẢNG NINH')).toEqual({ size: 14, bold: false, italic: false });
    expect(style(docx.document, 'BAN CHỈ ĐẠO CÔNG TÁC THÔNG TIN ĐỐI NGOẠI')).toEqual({ size: 14, bold: true, italic: false });
    expect(docx.paragraphs).toContain('*');
    expect(style(docx.document, 'Số 12-BC/BCĐ')).toEqual({ size: 14, bold: false, italic: false });
    expect(style(docx.document, 'Quảng Ninh, ngày 24 tháng 12 năm 2021')).toEqual({ size: 14, bold: false, italic: true });
    expect(style(docx.document, 'BÁO CÁO')).toEqual({ size: 16, bold: true, italic: false });
    // Hướng dẫn 36: the trích yếu in lower case, continuing "BÁO CÁO".
    expect(style(docx.document, 'kết quả công tác thông tin đối ngoại 6 tháng cuối năm 2021')).toEqual({ size: 14, bold: true, italic: false });
    expect(docx.paragraphs[docx.paragraphs.indexOf('kết quả công tác thông tin đối ngoại 6 tháng cuối năm 2021') + 1]).toBe('-----');
    const [header, signature, annex1, annex2, ...more] = tables(docx.document);
    expect(more).toEqual([]);
    expect(header!.rows).toBe(2);
    expect(header!.text.slice(0, 3)).toEqual(['TỈNH ỦY QUẢNG NINH', 'BAN CHỈ ĐẠO CÔNG TÁC THÔNG TIN ĐỐI NGOẠI', '*']);
    // The rule under "ĐẢNG CỘNG SẢN VIỆT NAM" is the bottom border of its own paragraph.
    expect(/<w:p>(?:(?!<\/w:p>)[\s\S])*<w:pBdr><w:bottom [^>]*w:val="single"[\s\S]*?ĐẢNG CỘNG SẢN VIỆT NAM/.test(docx.document)).toBe(true);

    // Body: the four parts, the eight task group headings, in order.
    const headings = [
      'I. KẾT QUẢ THỰC HIỆN',
      ...DEMO_PERIOD.taskGroups.map((g, i) => `${i + 1}. ${capitalizeFirst(g.title)}`),
      'II. ĐÁNH GIÁ CHUNG',
      '1. Ưu điểm',
      '2. Hạn chế',
      '3. Nguyên nhân',
      'III. NHIỆM VỤ TRỌNG TÂM 6 THÁNG ĐẦU NĂM 2022',
      'IV. ĐỀ XUẤT, KIẾN NGHỊ',
      '1. Khó khăn, vướng mắc',
      '2. Đề xuất, kiến nghị',
    ];
    const positions = headings.map((h) => docx.paragraphs.indexOf(h));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const h of headings) expect(style(docx.document, h).bold).toBe(true);
    // Bullets are a real Word list, defined in numbering.xml with a dash.
    const numIds = new Set([...docx.document.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]));
    expect(numIds.size).toBeGreaterThan(0);
    for (const id of numIds) expect(docx.numbering).toContain(`<w:num w:numId="${id}"`);
    expect(docx.numbering).toContain('<w:lvlText w:val="-"/>');

    // Markup typed by the office is text in Word.
    expect(docx.paragraphs).toContain('Trên đây là báo cáo <script>alert(1)</script> & kết luận./.');
    expect(docx.document).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; kết luận');
    expect(docx.document).not.toContain('<script>');

    // Signature block beside "Nơi nhận:".
    expect(signature!.rows).toBe(1);
    // Hướng dẫn 36, Phụ lục 3: "Nơi nhận:" 14 pt, upright, underlined; the recipients 12 pt.
    expect(style(docx.document, 'Nơi nhận:')).toEqual({ size: 14, bold: false, italic: false });
    expect(runProps(docx.document, 'Nơi nhận:')).toContain('<w:u w:val="single"/>');
    expect(style(docx.document, 'T/M BAN CHỈ ĐẠO')).toMatchObject({ size: 14, bold: true });
    expect(style(docx.document, 'TRƯỞNG BAN')).toMatchObject({ size: 14, bold: true });
    expect(style(docx.document, '- Lưu: VT, BCĐ.')).toMatchObject({ size: 12 });
    const recipients = signature!.text.slice(0, signature!.text.indexOf('T/M BAN CHỈ ĐẠO'));
    expect(recipients.at(-1)).toBe('- Lưu: VT, BCĐ.');

    // Annexes: real tables with header rows; one row per unit (annex 1), per included unit + total (annex 2).
    expect(annex1).toMatchObject({ rows: 1 + 8, headerRows: 1 });
    expect(annex1!.text.slice(0, 5)).toEqual(['STT', 'Đơn vị', 'Hạn gửi', 'Ngày gửi', 'Tình trạng gửi']);
    expect(annex1!.text).toEqual(expect.arrayContaining(['Công an tỉnh', 'Gửi trễ 3 ngày', 'Ban Quản lý Khu kinh tế tỉnh', 'Chưa gửi (quá hạn từ 17/12/2021)']));
    expect(annex2).toMatchObject({ rows: 2 + included + 1, headerRows: 2 });
    expect(annex2!.text).toContain('Tổng cộng');
    // Party dates in the text are written with hyphens (Hướng dẫn 36).
    expect(docx.paragraphs).toContain('(Kèm theo Báo cáo số 12-BC/BCĐ ngày 24-12-2021 của Ban Chỉ đạo Công tác thông tin đối ngoại tỉnh)');

    // Every Vietnamese diacritic intact: the seed's own strings appear exactly (NFC, as typed).
    expect(docx.document.normalize('NFC')).toBe(docx.document);
    const all = docx.paragraphs.join('\n');
    const accepted = DEMO_REPORTS.filter((r) => r.outcome.kind === 'accepted');
    const nameOf = (code: string) => DEMO_AGENCIES.find((a) => a.code === code)!.name;
    // Part I: each accepted unit's results as prose opening with its name; nothing it did not do.
    const results = accepted.flatMap((r) =>
      Object.values(r.groups)
        .filter((g) => g.status !== 'not_started')
        .flatMap((g) => {
          const lines = g.text.split('\n').filter((line) => line.trim() && !reportsNothing(line));
          return lines.map((line, i) => (i === 0 ? unitResultSentence(nameOf(r.agencyCode), line) : withoutListMark(line)));
        }),
    );
    expect(results.length).toBeGreaterThan(20);
    const seedStrings = [...DEMO_AGENCIES.filter((a) => !a.isStandingOffice).map((a) => a.name), ...results];
    expect(seedStrings.filter((s) => !all.includes(s))).toEqual([]);
    // What the clerk had to remove: units' proposals and own remarks, processing notes, "nothing done" lines.
    for (const r of DEMO_REPORTS) {
      for (const text of [r.general.proposals, r.general.limitations, r.general.difficulties].filter(Boolean)) expect(all).not.toContain(text);
    }
    expect(all).not.toMatch(/chưa tiếp nhận|tổng hợp từ|0 đơn vị đang thực hiện|Đề nghị Ban Chỉ đạo|PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI/);
    expect(docx.paragraphs.filter((p) => /\p{L}/u.test(p) && reportsNothing(p))).toEqual([]);
  });

  it('state style (Nghị định 30): Quốc hiệu, Tiêu ngữ with its rule, "Số:", the signing authority', async () => {
    await office.put(url('/settings')).send({ style: 'state', number: '5/BC-BCĐ', date: '2022-01-05' }).expect(200);
    const docx = await readDocx((await download(office, url('/export.docx'))).body);
    expect(style(docx.document, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toEqual({ size: 12, bold: true, italic: false });
    expect(style(docx.document, 'Độc lập - Tự do - Hạnh phúc')).toEqual({ size: 13, bold: true, italic: false });
    expect(/<w:pBdr><w:bottom [^>]*w:val="single"[\s\S]*?Độc lập - Tự do - Hạnh phúc/.test(docx.document)).toBe(true);
    expect(style(docx.document, 'UBND TỈNH QUẢNG NINH')).toEqual({ size: 13, bold: false, italic: false });
    expect(style(docx.document, 'BAN CHỈ ĐẠO CÔNG TÁC THÔNG TIN ĐỐI NGOẠI')).toEqual({ size: 13, bold: true, italic: false });
    expect(style(docx.document, 'Số: 05/BC-BCĐ')).toEqual({ size: 13, bold: false, italic: false });
    expect(style(docx.document, 'Quảng Ninh, ngày 05 tháng 01 năm 2022')).toEqual({ size: 14, bold: false, italic: true });
    expect(style(docx.document, 'BÁO CÁO')).toEqual({ size: 14, bold: true, italic: false });
    expect(style(docx.document, 'TM. BAN CHỈ ĐẠO')).toMatchObject({ size: 14, bold: true });
    expect(docx.paragraphs).not.toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    // "Nơi nhận:" 12 pt bold italic, not underlined; the recipients 11 pt.
    expect(style(docx.document, 'Nơi nhận:')).toEqual({ size: 12, bold: true, italic: true });
    expect(runProps(docx.document, 'Nơi nhận:')).not.toContain('<w:u ');
    expect(style(docx.document, '- Lưu: VT, BCĐ.')).toMatchObject({ size: 11 });
    // The subject with a capital, and under it a rule a third to a half of its width: the next
    // paragraph, a bottom border whose indents leave the rule's length in the text width.
    const subject = 'Kết quả công tác thông tin đối ngoại 6 tháng cuối năm 2021';
    expect(style(docx.document, subject)).toEqual({ size: 14, bold: true, italic: false });
    const afterSubject = docx.document.slice(docx.document.indexOf(`>${subject}</w:t>`));
    const ruleParagraph = /<w:p>((?:(?!<\/w:p>)[\s\S])*?<w:pBdr><w:bottom [^>]*\/>(?:(?!<\/w:p>)[\s\S])*)<\/w:p>/.exec(afterSubject)![1]!;
    const indent = /<w:ind w:left="(\d+)" w:right="(\d+)"\/>/.exec(ruleParagraph)!;
    const ruleLength = 9355 - Number(indent[1]) - Number(indent[2]);
    const subjectWidth = textWidthTwips(subject, 14, true);
    expect(ruleLength).toBeGreaterThanOrEqual(subjectWidth / 3);
    expect(ruleLength).toBeLessThanOrEqual(subjectWidth / 2);
  });

  it('declares Vietnamese, numbers the annexes I and II, and numbers each annex’s pages from 1', async () => {
    const file = await download(office, url('/export.docx'));
    const docx = await readDocx(file.body);
    // The document default run's language: Word checks the text as Vietnamese.
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(docx.styles)![0];
    expect(defaults).toMatch(/<w:lang w:val="vi-VN"[^>]*\/>/);
    expect(docx.document).not.toMatch(/<w:lang w:val="(?!vi-VN)/);
    // Two annexes: "Phụ lục I" and "Phụ lục II", never "Phụ lục 1".
    expect(docx.paragraphs.filter((p) => /^Phụ lục\b/.test(p))).toEqual(['Phụ lục I', 'Phụ lục II']);
    // Three sections: the report, then each annex restarting its page numbers at 1, no number on any first page.
    const sections = sectPrs(docx.document);
    expect(sections).toHaveLength(3);
    expect(sections[0]).not.toMatch(/<w:pgNumType [^>]*w:start=/);
    for (const sect of sections.slice(1)) expect(sect).toMatch(/<w:pgNumType w:start="1"\/>/);
    for (const sect of sections) {
      expect(sect).toContain('<w:titlePg/>');
      expect(sect).toMatch(/<w:headerReference w:type="first"/);
    }
    // Each annex begins on a page of its own, after the report's signature: a section break on a new page.
    const annexOne = docx.document.indexOf('>Phụ lục I<');
    expect(docx.document.lastIndexOf('<w:sectPr', annexOne)).toBeGreaterThan(docx.document.indexOf('>Nơi nhận:<'));
  });

  it('is the same bytes on every download: the zip and its properties carry the compile’s time, not the download’s', async () => {
    const first = await download(office, url('/export.docx'));
    await new Promise((resolve) => setTimeout(resolve, 2100)); // a zip's times are kept to 2 s
    const second = await download(office, url('/export.docx'));
    expect(second.body.equals(first.body)).toBe(true);
    const compiledAt: string = (await office.get(url('')).expect(200)).body.figures.compiledAt;
    const core = await (await JSZip.loadAsync(first.body)).file('docProps/core.xml')!.async('string');
    expect(core).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${new Date(compiledAt).toISOString()}</dcterms:created>`);
    expect(core).toContain('<dc:language>vi-VN</dc:language>');
  });

  it('exports an earlier version as it was saved (no number yet in version 1)', async () => {
    const docx = await readDocx((await download(office, url('/export.docx?version=1'))).body);
    expect(docx.paragraphs).toContain('Số       -BC/BCĐ');
    expect(docx.paragraphs).toContain('Quảng Ninh, ngày      tháng      năm 2021');
    expect((await download(office, url('/export.docx?version=999'))).status).toBe(404);
    expect((await download(office, url('/export.docx?version=abc'))).status).toBe(422);
  });

  it('.xlsx: one sheet per annex, Vietnamese headers, frozen header rows, typed numbers and dates, totals as in the database', async () => {
    await office.put(url('/settings')).send({ style: 'party', number: '12-BC/BCĐ', date: '2021-12-24' }).expect(200);
    const file = await download(office, url('/export.xlsx'));
    expect(file.status).toBe(200);
    expect(file.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Phụ lục I - Gửi báo cáo', 'Phụ lục II - Chỉ tiêu']);

    const [submissions, indicators] = workbook.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet];
    // Each sheet opens as its annex does in the .docx: label, title, caption (merged across the table), then the table.
    const caption = '(Kèm theo Báo cáo số 12-BC/BCĐ ngày 24-12-2021 của Ban Chỉ đạo Công tác thông tin đối ngoại tỉnh)';
    expect([1, 2, 3].map((r) => submissions.getRow(r).getCell(1).value)).toEqual(['Phụ lục I', 'TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC CƠ QUAN, ĐƠN VỊ THÀNH VIÊN', caption]);
    expect([1, 2, 3].map((r) => indicators.getRow(r).getCell(1).value)).toEqual(['Phụ lục II', 'SỐ LIỆU CHỈ TIÊU CỦA CÁC CƠ QUAN, ĐƠN VỊ THÀNH VIÊN', caption]);
    expect(submissions.getCell('F3').master.address).toBe('A3');
    expect(indicators.getCell(3, indicators.columnCount).master.address).toBe('A3');
    // A4, fitted to the page's width, the table's header on every printed page; the wide figures sheet landscape.
    // Both annexes are wider than a portrait page (~95 characters); a narrow sheet would print portrait.
    expect(submissions.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '4:4' });
    expect(xlsxPageSetup([6, 40, 16, 16], 1)).toMatchObject({ paperSize: 9, orientation: 'portrait' });
    expect(indicators.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '4:5' });

    expect(submissions.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect((submissions.getRow(4).values as unknown[]).slice(1)).toEqual(['STT', 'Đơn vị', 'Hạn gửi', 'Ngày gửi', 'Tình trạng gửi', 'Số ngày trễ']);
    expect(submissions.rowCount).toBe(4 + 8);
    const rows = Array.from({ length: 8 }, (_, i) => submissions.getRow(i + 5));
    const cat = rows.find((r) => r.getCell(2).value === 'Công an tỉnh')!;
    expect([cat.getCell(1).value, cat.getCell(5).value, cat.getCell(6).value]).toEqual([6, 'Gửi trễ 3 ngày', 3]);
    expect(cat.getCell(3).value).toEqual(new Date(Date.UTC(2021, 11, 17)));
    expect(cat.getCell(4).value).toEqual(new Date(Date.UTC(2021, 11, 20, 9, 15))); // 09:15 in Quảng Ninh
    // A unit that has not sent is "quá hạn từ …", not a count of days that grows with each download.
    const missing = rows.find((r) => r.getCell(2).value === 'Ban Quản lý Khu kinh tế tỉnh')!;
    expect([missing.getCell(5).value, missing.getCell(6).value]).toEqual(['Chưa gửi (quá hạn từ 17/12/2021)', null]);
    const longest = Math.max(...rows.map((r) => String(r.getCell(2).value).length));
    expect(submissions.getColumn(2).width).toBeGreaterThanOrEqual(longest);

    expect(indicators.views[0]).toMatchObject({ state: 'frozen', ySplit: 5, xSplit: 2 });
    expect(indicators.getRow(4).getCell(3).value).toBe('Nhiệm vụ 1');
    expect(indicators.getRow(5).getCell(3).value).toBe('Văn bản chỉ đạo, hướng dẫn đã ban hành (văn bản)');
    expect(indicators.rowCount).toBe(5 + included + 1);
    const db = sut.app.get(DataSource);
    const totals: { aggregation: string; total: string | null }[] = await db.query(
      `SELECT i.aggregation, CASE WHEN i.aggregation = 'max' THEN max(v.value) ELSE sum(v.value) END AS total
         FROM indicators i JOIN task_groups g ON g.id = i.task_group_id
         LEFT JOIN (indicator_values v JOIN report_sections s ON s.id = v.section_id
                    JOIN agency_reports r ON r.id = s.report_id AND r.state = 'accepted') ON v.indicator_id = i.id
        WHERE g.period_id = $1 GROUP BY g.ordinal, i.ordinal, i.aggregation ORDER BY g.ordinal, i.ordinal`,
      [periodId],
    );
    const totalRow = indicators.getRow(5 + included + 1);
    expect(totalRow.getCell(2).value).toBe('Tổng cộng');
    totals.forEach((t, i) => {
      const cell = totalRow.getCell(3 + i).value as { formula: string; result: number };
      expect(cell.formula).toMatch(/^(SUM|MAX)\([A-Z]+6:[A-Z]+\d+\)$/);
      expect(cell.result).toBe(Number(t.total ?? 0));
    });
    // Every figure cell is a number (or empty), and the column adds up (or peaks) to the database's total.
    totals.forEach((t, c) => {
      const column = Array.from({ length: included }, (_, r) => indicators.getRow(6 + r).getCell(3 + c).value);
      expect(column.every((v) => v === null || typeof v === 'number')).toBe(true);
      const numbers = column.filter((v): v is number => typeof v === 'number');
      expect(t.aggregation === 'max' ? Math.max(...numbers) : numbers.reduce((a, b) => a + b, 0)).toBe(Number(t.total));
    });
    const sngv = indicators.getRow(6);
    expect(sngv.getCell(2).value).toBe('Sở Ngoại vụ');
    expect(sngv.getCell(3).value).toBe(3);
    expect(sngv.getCell(4).value).toBe(46);
  });

  it('leaders export too; agency users get 403', async () => {
    const leader = await sut.signIn('lanhdao');
    expect((await download(leader, url('/export.docx'))).status).toBe(200);
    expect((await download(leader, url('/export.xlsx'))).status).toBe(200);
    const unit = await sut.signIn('songoaivu');
    expect((await download(unit, url('/export.docx'))).status).toBe(403);
    expect((await download(unit, url('/export.xlsx'))).status).toBe(403);
  });

  it('a summary compiled before any unit has submitted exports too: the figures table keeps its header and an empty total', async () => {
    const { periodId: emptyPeriod } = await openNewPeriod(sut, office, ['SNGV', 'CAT']);
    const summary = `/api/periods/${emptyPeriod}/summary`;
    await office.post(`${summary}/compile`).send({ includeSubmitted: true }).expect(200);
    const docx = await download(office, `${summary}/export.docx`);
    expect(docx.status).toBe(200);
    const { document } = await readDocx(docx.body);
    expect(document).not.toContain('GIAO-BAN-');
    const figures = tables(document).find((t) => t.text.includes('Tổng cộng'))!;
    expect(figures.text.slice(0, 2)).toEqual(['STT', 'Đơn vị']);
    expect(figures.rows).toBe(3); // two header rows and the total
    expect((await download(office, `${summary}/export.xlsx`)).status).toBe(200);
  });
});
