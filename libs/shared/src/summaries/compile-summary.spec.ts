import type { VersionSectionContent } from '../reports/report-api.types.js';
import { EMPTY_CONTRIBUTION, compileSummary, inclusionOf, linesOf, summaryAsOf, summarySectionOutline, summarySources, unitContributions, type SummaryTaskGroupInput, type SummaryUnitInput } from './compile-summary.js';
import { summaryDocumentText } from './summary-document.js';

const taskGroups: SummaryTaskGroupInput[] = [
  { ordinal: 2, title: 'tăng cường quảng bá hình ảnh Quảng Ninh', indicators: [
    { name: 'Tin, bài quảng bá', unit: 'tin/bài', aggregation: 'sum', target: 100 },
    { name: 'Đoàn lớn nhất', unit: 'người', aggregation: 'max', target: null },
  ] },
  { ordinal: 1, title: 'tập trung thực hiện tốt công tác thông tin đối ngoại', indicators: [{ name: 'Văn bản', unit: 'văn bản', aggregation: 'sum', target: null }] },
];

const tg = (ordinal: number, status: VersionSectionContent['status'], text: string, values: (number | null)[] = []): VersionSectionContent => ({
  key: `tg:${ordinal}`,
  title: `(${ordinal})`,
  status,
  text,
  indicatorValues: (taskGroups.find((g) => g.ordinal === ordinal)!.indicators).map((i, n) => ({ name: i.name, unit: i.unit, value: values[n] ?? null })),
});
const general = (key: string, text: string): VersionSectionContent => ({ key, title: key, status: null, text, indicatorValues: [] });

const unit = (over: Partial<SummaryUnitInput> & Pick<SummaryUnitInput, 'agencyId' | 'name' | 'displayOrder' | 'state'>): SummaryUnitInput => ({
  effectiveDueDate: '2021-12-17',
  firstSubmittedAt: null,
  versionNumber: 0,
  content: null,
  ...over,
});

const units: SummaryUnitInput[] = [
  // Given out of agency order on purpose.
  unit({
    agencyId: 'cat', name: 'Công an tỉnh', displayOrder: 6, state: 'submitted', firstSubmittedAt: '2021-12-20T02:15:00.000Z', versionNumber: 1,
    content: [tg(1, 'done', 'Nội dung của Công an.\r\nDòng thứ hai.', [5]), tg(2, 'in_progress', 'Quảng bá an ninh.', [10, 40]), general('causes', 'Nguyên nhân chung.'), general('strengths', '')],
  }),
  unit({
    agencyId: 'sngv', name: 'Sở Ngoại vụ', displayOrder: 1, state: 'accepted', firstSubmittedAt: '2021-12-15T02:20:00.000Z', versionNumber: 2,
    content: [tg(1, 'done', 'Tham mưu ban hành văn bản.', [3]), tg(2, 'not_applicable', '', []), general('strengths', 'Thông tin kịp thời.'), general('causes', 'Nguyên nhân chung.')],
  }),
  unit({
    agencyId: 'ldld', name: 'Liên đoàn Lao động tỉnh', displayOrder: 5, state: 'returned', firstSubmittedAt: '2021-12-17T09:45:00.000Z', versionNumber: 1,
    content: [tg(1, 'done', 'Không được lấy vào.', [100])],
  }),
  unit({ agencyId: 'bql', name: 'Ban Quản lý Khu kinh tế tỉnh', displayOrder: 8, state: 'draft' }),
  unit({
    agencyId: 'bxt', name: 'Ban Xúc tiến và Hỗ trợ đầu tư tỉnh', displayOrder: 4, state: 'accepted', firstSubmittedAt: '2021-12-14T03:30:00.000Z', versionNumber: 1,
    content: [tg(1, 'not_started', '', []), tg(2, 'done', 'Xúc tiến trực tuyến.', [28, 12]), general('causes', 'Nguyên nhân chung.')],
  }),
];

const period = { id: 'p', title: 'Báo cáo 6 tháng cuối năm 2021', kind: 'half_year' as const, year: 2021, sequence: 2, cutOffFrom: '2021-06-15', cutOffTo: '2021-12-14', dueDate: '2021-12-17' };
const now = new Date('2021-12-22T03:00:00Z');
const asOf = '2021-12-22';
// The API digests with node:crypto; here each digest is the digested text itself, to show what is digested.
const digest = (text: string) => text;
const compile = (includeSubmitted: boolean) => compileSummary({ period, taskGroups, units, includeSubmitted, now, asOf, digest });
const textOf = (includeSubmitted: boolean, key: string) => summaryDocumentText(compile(includeSubmitted).sections.find((s) => s.key === key)!.content);

describe('inclusionOf', () => {
  it.each([
    ['accepted', false, 'accepted'],
    ['accepted', true, 'accepted'],
    ['submitted', false, null],
    ['submitted', true, 'submitted'],
    ['returned', true, null],
    ['draft', true, null],
    ['awaiting_approval', true, null],
  ] as const)('%s, includeSubmitted %s → %s', (state, flag, expected) => {
    expect(inclusionOf(state, flag)).toBe(expected);
  });
});

describe('linesOf', () => {
  it.each([
    ['a\r\nb', ['a', 'b']],
    ['  a \n\n  b  ', ['a', 'b']],
    ['x\u0000y\tz', ['xy z']],
    ['', []],
    [null, []],
    ['   ', []],
    ['  một dòng, không cần làm sạch  ', ['một dòng, không cần làm sạch']],
    ['a\rb', ['a', 'b']],
    ['\uFEFFđầu\u0085 cuối', ['đầu cuối']],
    ['dòng\u000Bngắt', ['dòngngắt']],
  ])('%j → %j', (text, expected) => {
    expect(linesOf(text)).toEqual(expected);
  });
});

describe('unitContributions', () => {
  it('takes each section from the first of its key, and gives nothing for a section the content lacks', () => {
    const c = unitContributions([tg(1, 'done', 'Lần đầu.', [7]), tg(1, 'in_progress', 'Lần hai.', [9]), general('causes', 'Vì vậy.')], taskGroups, digest);
    expect(c.tasks.get('tg:1')).toMatchObject({ status: 'done', lines: ['Lần đầu.'], values: [7] });
    expect(c.tasks.get('tg:2')).toEqual({ status: null, lines: [], values: [null, null], digest: EMPTY_CONTRIBUTION });
    expect(c.general.get('causes')!.lines).toEqual(['Vì vậy.']);
    expect(c.general.get('strengths')).toEqual({ lines: [], digest: EMPTY_CONTRIBUTION });
  });

  it('compiles the same summary from contributions worked out beforehand as from the contents', () => {
    const worked = units.map((u) => (u.content ? { ...u, content: null, contributions: unitContributions(u.content, taskGroups, digest) } : u));
    expect(compileSummary({ period, taskGroups, units: worked, includeSubmitted: true, now, asOf, digest })).toEqual(compile(true));
  });
});

describe('compileSummary', () => {
  it('lays the sections out as a half-year report', () => {
    expect(summarySectionOutline(taskGroups).map((s) => `${s.part} ${s.key} ${s.title}`)).toEqual([
      'opening opening ',
      'I tg:1 1. Tập trung thực hiện tốt công tác thông tin đối ngoại',
      'I tg:2 2. Tăng cường quảng bá hình ảnh Quảng Ninh',
      'II strengths 1. Ưu điểm',
      'II limitations 2. Hạn chế',
      'II causes 3. Nguyên nhân',
      'III next_plan ',
      'IV difficulties 1. Khó khăn, vướng mắc',
      'IV proposals 2. Đề xuất, kiến nghị',
      'closing closing ',
    ]);
  });

  it.each([
    [
      false,
      'tg:1',
      'Có 1/2 cơ quan, đơn vị triển khai thực hiện nhiệm vụ này (1 đơn vị đã hoàn thành); kết quả chủ yếu: văn bản đạt 3 văn bản.\n' +
        'Sở Ngoại vụ tham mưu ban hành văn bản.',
    ],
    [
      true,
      'tg:1',
      'Có 2/3 cơ quan, đơn vị triển khai thực hiện nhiệm vụ này (2 đơn vị đã hoàn thành); kết quả chủ yếu: văn bản đạt 8 văn bản.\n' +
        'Sở Ngoại vụ tham mưu ban hành văn bản.\n' +
        'Công an tỉnh nội dung của Công an.\nDòng thứ hai.',
    ],
    [
      true,
      'tg:2',
      'Có 2/3 cơ quan, đơn vị triển khai thực hiện nhiệm vụ này (1 đơn vị đã hoàn thành, 1 đơn vị đang tiếp tục thực hiện); ' +
        'kết quả chủ yếu: tin, bài quảng bá đạt 38 tin/bài (bằng 38% chỉ tiêu 100 tin/bài); đoàn lớn nhất đạt cao nhất 40 người.\n' +
        'Ban Xúc tiến và Hỗ trợ đầu tư tỉnh xúc tiến trực tuyến.\n' +
        'Công an tỉnh quảng bá an ninh.',
    ],
    [false, 'strengths', 'Công tác thông tin đối ngoại 6 tháng cuối năm 2021 được các cơ quan, đơn vị thành viên triển khai …'],
    [true, 'causes', 'Nguyên nhân của những hạn chế trên: …'],
    [
      false,
      'next_plan',
      'Trong 6 tháng đầu năm 2022, Ban Chỉ đạo Công tác thông tin đối ngoại tỉnh tập trung chỉ đạo các cơ quan, đơn vị thành viên thực hiện tốt một số nhiệm vụ trọng tâm sau:\n…',
    ],
    [true, 'proposals', 'Ban Chỉ đạo Công tác thông tin đối ngoại tỉnh đề nghị …'],
    [false, 'closing', 'Trên đây là báo cáo kết quả công tác thông tin đối ngoại 6 tháng cuối năm 2021 của Ban Chỉ đạo Công tác thông tin đối ngoại tỉnh./.'],
  ])('includeSubmitted %s: %s reads as expected', (flag, key, expected) => {
    expect(textOf(flag, key)).toBe(expected);
  });

  it('prints no workflow mark and none of the units\' words in parts II–IV', () => {
    const text = compile(true).sections.map((s) => summaryDocumentText(s.content)).join('\n');
    expect(text).not.toMatch(/chưa tiếp nhận|tổng hợp từ|đang bổ sung/);
    expect(text).not.toContain('Nguyên nhân chung.');
    expect(text).not.toContain('Thông tin kịp thời.');
  });

  it('leaves out what reports nothing: a group not started, and lines such as "Chưa tổ chức."', () => {
    const quiet = [
      unit({ agencyId: 'a', name: 'Sở Văn hóa', displayOrder: 1, state: 'accepted', versionNumber: 1, content: [tg(1, 'not_started', 'Chưa triển khai do thiếu kinh phí.'), tg(2, 'in_progress', 'Chưa tổ chức.')] }),
      unit({ agencyId: 'b', name: 'Huyện Bình Liêu', displayOrder: 2, state: 'accepted', versionNumber: 1, content: [tg(1, null, '- Không có.'), tg(2, null, '')] }),
    ];
    const compiled = compileSummary({ period, taskGroups, units: quiet, includeSubmitted: false, now, asOf, digest });
    const read = (key: string) => summaryDocumentText(compiled.sections.find((s) => s.key === key)!.content);
    expect(read('tg:1')).toBe('Trong kỳ, chưa có cơ quan, đơn vị nào báo cáo kết quả thực hiện nhiệm vụ này.');
    expect(read('tg:2')).toBe('Có 1/2 cơ quan, đơn vị triển khai thực hiện nhiệm vụ này (1 đơn vị đang tiếp tục thực hiện).');
  });

  it('keeps the units\' inputs to parts II–IV as sources, in agency order, proposals included', () => {
    const sources = summarySources(units, true);
    expect(sources.causes.map((s) => [s.agencyName, s.inclusion, s.lines])).toEqual([
      ['Sở Ngoại vụ', 'accepted', ['Nguyên nhân chung.']],
      ['Ban Xúc tiến và Hỗ trợ đầu tư tỉnh', 'accepted', ['Nguyên nhân chung.']],
      ['Công an tỉnh', 'submitted', ['Nguyên nhân chung.']],
    ]);
    expect(sources.strengths.map((s) => s.agencyName)).toEqual(['Sở Ngoại vụ']);
    expect(summarySources(units, false).causes.map((s) => s.agencyName)).toEqual(['Sở Ngoại vụ', 'Ban Xúc tiến và Hỗ trợ đầu tư tỉnh']);
    expect(sources.proposals).toEqual([]);
  });

  it('opens with who reported, late and missing', () => {
    expect(textOf(false, 'opening')).toBe(
      'Thực hiện chế độ thông tin, báo cáo về công tác thông tin đối ngoại, đến ngày 22/12/2021, Ban Chỉ đạo nhận được báo cáo của 4/5 cơ quan, đơn vị thành viên (3 báo cáo đúng hạn, 1 báo cáo trễ hạn); còn 1 đơn vị chưa gửi báo cáo: Ban Quản lý Khu kinh tế tỉnh.\n' +
        'Ban Chỉ đạo Công tác thông tin đối ngoại tỉnh báo cáo kết quả công tác thông tin đối ngoại 6 tháng cuối năm 2021 như sau:',
    );
  });

  it('says in the opening how many bulletin items the units gave, when they gave any', () => {
    const bulletin = { total: 5, units: [{ name: 'Sở Ngoại vụ', items: 3 }, { name: 'Công an tỉnh', items: 2 }] };
    const opening = (counts: typeof bulletin | null) =>
      summaryDocumentText(compileSummary({ period, taskGroups, units, includeSubmitted: false, now, asOf: '2021-12-22', digest, bulletin: counts }).sections.find((s) => s.key === 'opening')!.content).split('\n');
    expect(opening(bulletin)).toEqual([
      expect.stringContaining('Ban Chỉ đạo nhận được báo cáo của 4/5'),
      'Trong 6 tháng cuối năm 2021, 2 cơ quan, đơn vị thành viên đã cung cấp 5 tin, bài cho Bản tin thông tin đối ngoại của tỉnh (Sở Ngoại vụ 3, Công an tỉnh 2).',
      'Ban Chỉ đạo Công tác thông tin đối ngoại tỉnh báo cáo kết quả công tác thông tin đối ngoại 6 tháng cuối năm 2021 như sau:',
    ]);
    expect(opening({ total: 0, units: [] })).toHaveLength(2);
    expect(opening(null)).toHaveLength(2);
  });

  it('states the opening and the annex figures as of the document\'s day, whenever the compile runs', () => {
    // Dated 19/12/2021, compiled on 22/12: Công an tỉnh's report of 20/12 had not arrived on that day.
    const dated = compileSummary({ period, taskGroups, units, includeSubmitted: false, now, asOf: '2021-12-19', digest });
    expect(summaryDocumentText(dated.sections.find((s) => s.key === 'opening')!.content).split('\n')[0]).toBe(
      'Thực hiện chế độ thông tin, báo cáo về công tác thông tin đối ngoại, đến ngày 19/12/2021, Ban Chỉ đạo nhận được báo cáo của 3/5 cơ quan, đơn vị thành viên (3 báo cáo đúng hạn, 0 báo cáo trễ hạn); còn 2 đơn vị chưa gửi báo cáo: Công an tỉnh, Ban Quản lý Khu kinh tế tỉnh.',
    );
    expect(dated.figures.asOf).toBe('2021-12-19');
    expect(dated.figures.units.find((u) => u.agencyId === 'cat')).toMatchObject({ firstSubmittedAt: null, submissionStatus: 'missing_overdue' });
    // A document dated after the compile states what is known now: nothing is counted from the future.
    const ahead = compileSummary({ period, taskGroups, units, includeSubmitted: false, now, asOf: '2021-12-24', digest });
    expect(ahead.figures.units.map((u) => [u.submissionStatus, u.daysLate])).toEqual(compile(false).figures.units.map((u) => [u.submissionStatus, u.daysLate]));
  });

  it.each([
    [{ asOf: '2021-12-24', compiledAt: '2021-12-21T20:00:00.000Z' }, '2021-12-24'],
    // Compiled at 03:00 on 22/12 in Vietnam (20:00 UTC the day before), before the day was recorded.
    [{ compiledAt: '2021-12-21T20:00:00.000Z' }, '2021-12-22'],
  ])('states the figures of %j as of %s', (figures, expected) => {
    expect(summaryAsOf(figures)).toBe(expected);
  });

  it('lists every obligated unit in the annex figures, in agency order, with timeliness', () => {
    expect(compile(false).figures.units.map((u) => [u.name, u.submissionStatus, u.daysLate, u.inclusion])).toEqual([
      ['Sở Ngoại vụ', 'on_time', null, 'accepted'],
      ['Ban Xúc tiến và Hỗ trợ đầu tư tỉnh', 'on_time', null, 'accepted'],
      ['Liên đoàn Lao động tỉnh', 'on_time', null, null],
      ['Công an tỉnh', 'late', 3, null],
      ['Ban Quản lý Khu kinh tế tỉnh', 'missing_overdue', 5, null],
    ]);
  });

  it.each([
    [false, [['Sở Ngoại vụ', [3, null, null]], ['Ban Xúc tiến và Hỗ trợ đầu tư tỉnh', [null, 28, 12]]], [3, 28, 12]],
    [true, [['Sở Ngoại vụ', [3, null, null]], ['Ban Xúc tiến và Hỗ trợ đầu tư tỉnh', [null, 28, 12]], ['Công an tỉnh', [5, 10, 40]]], [8, 38, 40]],
  ] as const)('includeSubmitted %s: indicator rows and totals (sum and max) per column', (flag, rows, totals) => {
    const figures = compile(flag).figures;
    expect(figures.indicators.map((i) => `${i.taskGroupOrdinal} ${i.name}`)).toEqual(['1 Văn bản', '2 Tin, bài quảng bá', '2 Đoàn lớn nhất']);
    expect(figures.indicatorRows.map((r) => [r.name, r.values])).toEqual(rows);
    expect(figures.indicatorTotals).toEqual(totals);
  });

  it('records per section the version and a digest of what each included unit contributed', () => {
    const compiled = compile(false);
    const tg2 = compiled.sections.find((s) => s.key === 'tg:2')!;
    expect(Object.keys(tg2.inputs).sort()).toEqual(['bxt', 'sngv']);
    expect(tg2.inputs.sngv).toEqual([2, 'a', '-']); // not applicable: nothing from it here
    expect(tg2.inputs.bxt![2]).toBe('["done",["Xúc tiến trực tuyến."],[28,12]]'); // status, lines, figures
    expect(Object.keys(compiled.sections.find((s) => s.key === 'opening')!.inputs)).toHaveLength(5);
  });
});
