import { summaryDocumentText } from '../summaries/summary-document.js';
import { DRAFT_MARK_VI, indicatorLine, unitReportDocument, type UnitReportSection, type UnitReportSource } from './unit-report-document.js';
import type { ReportState } from './report.types.js';

const indicators = [
  { id: 'i1', name: 'Tin, bài đăng tải', unit: 'tin/bài', target: 2000 },
  { id: 'i2', name: 'Đoàn ra', unit: 'đoàn', target: null },
];
const group = (ordinal: number, title: string, extra: Partial<UnitReportSection> = {}): UnitReportSection => ({
  generalKey: null,
  applicable: true,
  status: 'done',
  text: '',
  indicatorValues: [],
  taskGroup: { ordinal, title, indicators: [] },
  ...extra,
});
const general = (generalKey: UnitReportSection['generalKey'], text: string): UnitReportSection => ({
  generalKey, applicable: true, status: null, text, indicatorValues: [], taskGroup: null,
});

const source = (state: ReportState, lastSubmittedAt: string | null, sections: UnitReportSection[] = []): UnitReportSource => ({
  agencyName: 'Sở Ngoại vụ',
  state,
  lastSubmittedAt,
  period: { kind: 'half_year', year: 2021, sequence: 2, title: 'Báo cáo 6 tháng cuối năm 2021' },
  place: 'Quảng Ninh',
  sections,
});

describe('unitReportDocument: header and the draft mark', () => {
  it.each<[ReportState, string | null, string | null, string]>([
    // Sent: the date it was last sent, in Vietnam's time (17:30 UTC on 14/12 is the 15th there).
    ['submitted', '2021-12-14T17:30:00Z', null, 'Quảng Ninh, ngày 15 tháng 12 năm 2021'],
    ['accepted', '2022-01-04T02:00:00Z', null, 'Quảng Ninh, ngày 04 tháng 01 năm 2022'],
    // Not sent, or taken back for revision: what the screen shows, marked, the date left blank.
    ['not_started', null, DRAFT_MARK_VI, 'Quảng Ninh, ngày      tháng      năm 2021'],
    ['draft', null, DRAFT_MARK_VI, 'Quảng Ninh, ngày      tháng      năm 2021'],
    ['awaiting_approval', null, DRAFT_MARK_VI, 'Quảng Ninh, ngày      tháng      năm 2021'],
    ['returned', '2021-12-14T02:00:00Z', DRAFT_MARK_VI, 'Quảng Ninh, ngày      tháng      năm 2021'],
  ])('%s (last sent %s) → mark %s, "%s"', (state, sentAt, mark, placeDate) => {
    const doc = unitReportDocument(source(state, sentAt));
    expect(doc.draftMark).toBe(mark);
    expect(doc.placeDate).toBe(placeDate);
    expect(doc.issuingBody).toBe('Sở Ngoại vụ');
    expect(doc.subject).toBe('Kết quả công tác thông tin đối ngoại 6 tháng cuối năm 2021');
    expect(doc.numberLine).toBe('Số:       /BC-');
  });
});

describe('indicatorLine', () => {
  it.each([
    [indicators[0]!, 1811, 'Tin, bài đăng tải: 1.811 tin/bài (chỉ tiêu 2.000 tin/bài)'],
    [indicators[1]!, 3, 'Đoàn ra: 3 đoàn'],
    [indicators[1]!, 12.5, 'Đoàn ra: 12,5 đoàn'],
    [indicators[0]!, null, 'Tin, bài đăng tải: chưa có số liệu (chỉ tiêu 2.000 tin/bài)'],
    [indicators[1]!, 0, 'Đoàn ra: 0 đoàn'],
  ])('%j = %s → %s', (indicator, value, line) => {
    expect(indicatorLine(indicator, value).map((r) => r.text).join('')).toBe(line);
  });

  it('sets the figure in bold, a missing one in italics', () => {
    expect(indicatorLine(indicators[0]!, 1811)[1]).toEqual({ text: '1.811 tin/bài', bold: true });
    expect(indicatorLine(indicators[0]!, null)[1]).toEqual({ text: 'chưa có số liệu', italic: true });
  });
});

describe('unitReportDocument: the body', () => {
  const doc = unitReportDocument(
    source('submitted', '2021-12-14T02:00:00Z', [
      general('proposals', 'Đề nghị tập huấn.'),
      group(2, 'tổ chức đoàn ra', { text: 'Tổ chức 3 đoàn.\r\n\r\n- Đón 2 đoàn.', status: 'in_progress', taskGroup: { ordinal: 2, title: 'tổ chức đoàn ra', indicators } , indicatorValues: [{ indicatorId: 'i1', value: 1811 }] }),
      group(1, 'thông tin tuyên truyền', { applicable: false }),
      group(3, 'quảng bá', { status: null }),
      general('strengths', 'Chủ động.'),
    ]),
  );
  const byKey = (key: string) => doc.sections.find((s) => s.key === key)!;

  it('prints the task groups in their order under part I, then the general sections under II–IV', () => {
    expect(doc.sections.map((s) => [s.key, s.part, s.title])).toEqual([
      ['tg:1', 'I', '1. Thông tin tuyên truyền'],
      ['tg:2', 'I', '2. Tổ chức đoàn ra'],
      ['tg:3', 'I', '3. Quảng bá'],
      ['strengths', 'II', '1. Ưu điểm'],
      ['limitations', 'II', '2. Hạn chế'],
      ['causes', 'II', '3. Nguyên nhân'],
      ['next_plan', 'III', ''],
      ['difficulties', 'IV', '1. Khó khăn, vướng mắc'],
      ['proposals', 'IV', '2. Đề xuất, kiến nghị'],
    ]);
  });

  it('gives a task group its lines, its figures as a list and its self-assessment', () => {
    expect(byKey('tg:2').content.blocks).toEqual([
      { type: 'paragraph', runs: [{ text: 'Tổ chức 3 đoàn.' }] },
      { type: 'paragraph', runs: [{ text: '- Đón 2 đoàn.' }] },
      {
        type: 'bullets',
        items: [
          [{ text: 'Tin, bài đăng tải: ' }, { text: '1.811 tin/bài', bold: true }, { text: ' (chỉ tiêu 2.000 tin/bài)' }],
          [{ text: 'Đoàn ra: ' }, { text: 'chưa có số liệu', italic: true }],
        ],
      },
      { type: 'paragraph', runs: [{ text: 'Tự đánh giá: ', italic: true }, { text: 'Đang thực hiện' }] },
    ]);
  });

  it.each([
    ['tg:1', 'Nhiệm vụ không áp dụng đối với đơn vị.'],
    ['tg:3', 'Chưa có nội dung.\nTự đánh giá: chưa chọn'],
    ['strengths', 'Chủ động.'],
    ['limitations', 'Chưa có nội dung.'],
    ['proposals', 'Đề nghị tập huấn.'],
  ])('%s reads "%s"', (key, text) => {
    expect(summaryDocumentText(byKey(key).content)).toBe(text);
  });
});
