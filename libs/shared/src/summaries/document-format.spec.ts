import {
  annexCaption,
  annexLabel,
  capitalizeFirst,
  formatTextDate,
  romanNumeral,
  subjectLineText,
  defaultSummarySettings,
  formatNumberVi,
  formatPlaceDate,
  normalizeDocumentNumber,
  numberLine,
  periodSpanVi,
  recipientLines,
  styleDefaults,
  summarySubject,
  taskGroupHeading,
  type SummarySettings,
  type SummaryStyle,
} from './document-format.js';
import { COMMITTEE_SETTINGS_SEED, type CommitteeSettings } from '../settings/committee-settings.js';

describe('formatPlaceDate (Nghị định 30: zero before days 1–9 and months 1–2)', () => {
  it.each([
    ['2022-01-05', 'Quảng Ninh, ngày 05 tháng 01 năm 2022'],
    ['2022-02-28', 'Quảng Ninh, ngày 28 tháng 02 năm 2022'],
    ['2022-03-09', 'Quảng Ninh, ngày 09 tháng 3 năm 2022'],
    ['2021-12-24', 'Quảng Ninh, ngày 24 tháng 12 năm 2021'],
    ['2021-10-10', 'Quảng Ninh, ngày 10 tháng 10 năm 2021'],
  ])('%s → %s', (date, expected) => {
    expect(formatPlaceDate('Quảng Ninh', date)).toBe(expected);
  });

  it('leaves blanks to fill by hand while undated', () => {
    expect(formatPlaceDate('Quảng Ninh', null, 2022)).toBe('Quảng Ninh, ngày      tháng      năm 2022');
  });
});

describe('normalizeDocumentNumber', () => {
  it.each([
    ['state', '05/BC-BCĐ', '05/BC-BCĐ'],
    ['state', '5/BC-BCĐ', '05/BC-BCĐ'],
    ['state', ' 123/bc-bcđ ', '123/BC-BCĐ'],
    ['state', '12-BC/BCĐ', '12/BC-BCĐ'],
    ['state', '5-BC/BCĐ', '05/BC-BCĐ'],
    ['state', '00/BC-BCĐ', null],
    ['state', 'BC-BCĐ', null],
    ['party', '12-BC/BCĐ', '12-BC/BCĐ'],
    ['party', '012-BC/BCĐ', '12-BC/BCĐ'],
    ['party', '7-BC/TU', '7-BC/TU'],
    ['party', '05/BC-BCĐ', '5-BC/BCĐ'],
    ['party', 'Số 12', null],
    ['party', '12-BC/BCĐ<script>', null],
    ['party', '', null],
  ] as const)('%s %s → %s', (style, raw, expected) => {
    expect(normalizeDocumentNumber(style, raw)).toBe(expected);
  });
});

describe('numberLine', () => {
  it.each([
    ['party', '12-BC/BCĐ', 'Số 12-BC/BCĐ'],
    ['state', '05/BC-BCĐ', 'Số: 05/BC-BCĐ'],
    ['party', null, 'Số       -BC/BCĐ'],
    ['state', null, 'Số:       /BC-BCĐ'],
  ] as const)('%s %s → %s', (style, number, expected) => {
    expect(numberLine(style, number)).toBe(expected);
  });
});

describe('recipientLines', () => {
  it.each([
    [['Thường trực Tỉnh ủy (b/c)', 'Lưu: VT, BCĐ'], ['- Thường trực Tỉnh ủy (b/c);', '- Lưu: VT, BCĐ.']],
    [['- Các thành viên BCĐ;', 'Các đơn vị'], ['- Các thành viên BCĐ;', '- Các đơn vị;', '- Lưu: VT.']],
    [['Lưu: VT, BCĐ.', 'Thường trực Tỉnh ủy'], ['- Thường trực Tỉnh ủy;', '- Lưu: VT, BCĐ.']],
    [[], ['- Lưu: VT.']],
    [['  ', 'A'], ['- A;', '- Lưu: VT.']],
  ])('%j', (input, expected) => {
    expect(recipientLines(input)).toEqual(expected);
  });
});

describe('subject and headings', () => {
  const base = { title: 'x', year: 2021 };
  it.each([
    [{ ...base, kind: 'half_year', sequence: 2 }, '6 tháng cuối năm 2021'],
    [{ ...base, kind: 'half_year', sequence: 1 }, '6 tháng đầu năm 2021'],
    [{ ...base, kind: 'quarter', sequence: 3 }, 'quý III năm 2021'],
    [{ ...base, kind: 'month', sequence: 8 }, 'tháng 8 năm 2021'],
    [{ ...base, kind: 'year', sequence: null }, 'năm 2021'],
    [{ ...base, kind: 'ad_hoc', sequence: null, title: 'Báo cáo Tuần lễ văn hóa Hạ Long' }, 'tuần lễ văn hóa Hạ Long'],
  ] as const)('%j → %s', (period, span) => {
    expect(periodSpanVi(period)).toBe(span);
  });

  it('words the subject line of the demo period', () => {
    expect(summarySubject({ title: 'Báo cáo 6 tháng cuối năm 2021', kind: 'half_year', year: 2021, sequence: 2 })).toBe(
      'Kết quả công tác thông tin đối ngoại 6 tháng cuối năm 2021',
    );
  });

  it.each([
    ['tập trung thực hiện tốt', 'Tập trung thực hiện tốt'],
    ['đẩy mạnh', 'Đẩy mạnh'],
    ['ưu tiên', 'Ưu tiên'],
  ])('capitalizeFirst(%s) = %s', (input, expected) => {
    expect(capitalizeFirst(input)).toBe(expected);
  });

  it('numbers a task group heading', () => {
    expect(taskGroupHeading(3, 'nâng cao công tác nghiên cứu')).toBe('3. Nâng cao công tác nghiên cứu');
  });

  it('defaults to the Party style with its bodies and signing authority', () => {
    const s = defaultSummarySettings({ title: 'Báo cáo 6 tháng cuối năm 2021', kind: 'half_year', year: 2021, sequence: 2 }, COMMITTEE_SETTINGS_SEED);
    expect(s).toMatchObject({ style: 'party', parentBody: 'TỈNH ỦY QUẢNG NINH', signerAuthority: 'T/M BAN CHỈ ĐẠO', place: 'Quảng Ninh' });
    expect(defaultSummarySettings({ title: 'x', kind: 'year', year: 2021, sequence: null }, COMMITTEE_SETTINGS_SEED, 'state')).toMatchObject({
      parentBody: 'UBND TỈNH QUẢNG NINH',
      signerAuthority: 'TM. BAN CHỈ ĐẠO',
    });
  });

  const committee: CommitteeSettings = {
    issuingBody: 'BAN CHỈ ĐẠO THÔNG TIN ĐỐI NGOẠI TỈNH',
    partyParentBody: 'TỈNH ỦY LẠNG SƠN',
    stateParentBody: 'UBND TỈNH LẠNG SƠN',
    partySignerAuthority: 'T/M BAN CHỈ ĐẠO',
    stateSignerAuthority: 'KT. TRƯỞNG BAN',
    signerTitle: 'PHÓ TRƯỞNG BAN',
    signerName: 'Nguyễn Văn An',
    place: 'Lạng Sơn',
    defaultStyle: 'state',
    recipients: ['Thường trực Tỉnh ủy (b/c)', 'Lưu: VT'],
  };

  it.each<[string, SummaryStyle | undefined, Partial<SummarySettings>]>([
    ['the committee\'s default style', undefined, { style: 'state', parentBody: 'UBND TỈNH LẠNG SƠN', signerAuthority: 'KT. TRƯỞNG BAN' }],
    ['the Party style when asked', 'party', { style: 'party', parentBody: 'TỈNH ỦY LẠNG SƠN', signerAuthority: 'T/M BAN CHỈ ĐẠO' }],
    ['the state style when asked', 'state', { style: 'state', parentBody: 'UBND TỈNH LẠNG SƠN', signerAuthority: 'KT. TRƯỞNG BAN' }],
  ])('a new summary takes the committee\'s settings in %s', (_label, style, expected) => {
    const s = defaultSummarySettings({ title: 'Báo cáo năm 2026', kind: 'year', year: 2026, sequence: null }, committee, style);
    expect(s).toEqual({
      number: null,
      date: null,
      subject: 'Kết quả công tác thông tin đối ngoại năm 2026',
      place: 'Lạng Sơn',
      issuingBody: 'BAN CHỈ ĐẠO THÔNG TIN ĐỐI NGOẠI TỈNH',
      signerTitle: 'PHÓ TRƯỞNG BAN',
      signerName: 'Nguyễn Văn An',
      recipients: ['Thường trực Tỉnh ủy (b/c)', 'Lưu: VT'],
      ...expected,
    });
    // The summary's list is its own: editing it leaves the committee's as it was.
    s.recipients.push('Sở Ngoại vụ');
    expect(committee.recipients).toEqual(['Thường trực Tỉnh ủy (b/c)', 'Lưu: VT']);
  });

  it.each<[SummaryStyle, ReturnType<typeof styleDefaults>]>([
    ['party', { parentBody: 'TỈNH ỦY LẠNG SƠN', issuingBody: 'BAN CHỈ ĐẠO THÔNG TIN ĐỐI NGOẠI TỈNH', signerAuthority: 'T/M BAN CHỈ ĐẠO', signerTitle: 'PHÓ TRƯỞNG BAN' }],
    ['state', { parentBody: 'UBND TỈNH LẠNG SƠN', issuingBody: 'BAN CHỈ ĐẠO THÔNG TIN ĐỐI NGOẠI TỈNH', signerAuthority: 'KT. TRƯỞNG BAN', signerTitle: 'PHÓ TRƯỞNG BAN' }],
  ])('styleDefaults(%s) are the committee\'s header and signing line for that style', (style, expected) => {
    expect(styleDefaults(style, committee)).toEqual(expected);
  });
});

describe('formatNumberVi', () => {
  it.each([
    [0, '0'],
    [5, '5'],
    [1200, '1.200'],
    [1234567, '1.234.567'],
    [12.5, '12,5'],
    [60.25, '60,25'],
    [-3, '-3'],
  ])('%d → %s', (n, expected) => {
    expect(formatNumberVi(n)).toBe(expected);
  });
});

describe('annexLabel (Nghị định 30: annexes numbered I, II… when there are two or more)', () => {
  it.each([
    [1, 1, 'Phụ lục'],
    [1, 2, 'Phụ lục I'],
    [2, 2, 'Phụ lục II'],
    [4, 5, 'Phụ lục IV'],
    [9, 12, 'Phụ lục IX'],
    [12, 12, 'Phụ lục XII'],
  ])('annex %i of %i → %s', (index, count, expected) => {
    expect(annexLabel(index, count)).toBe(expected);
  });

  it.each([
    [3, 'III'],
    [14, 'XIV'],
    [40, 'XL'],
    [1999, 'MCMXCIX'],
  ])('romanNumeral(%i) = %s', (value, expected) => {
    expect(romanNumeral(value)).toBe(expected);
  });
});

describe('dates in the text, subject case and the annexes’ caption, by style', () => {
  it.each([
    ['party', '2021-12-24', '24-12-2021'],
    ['party', '2022-01-05', '05-01-2022'],
    ['state', '2021-12-24', '24/12/2021'],
    ['state', '2022-01-05', '05/01/2022'],
  ] as [SummaryStyle, string, string][])('%s: %s → %s', (style, date, expected) => {
    expect(formatTextDate(style, date)).toBe(expected);
  });

  it.each([
    ['party', 'Kết quả công tác thông tin đối ngoại 6 tháng cuối năm 2021', 'kết quả công tác thông tin đối ngoại 6 tháng cuối năm 2021'],
    ['party', '  Đánh giá kết quả  ', 'đánh giá kết quả'],
    ['state', 'kết quả công tác thông tin đối ngoại năm 2021', 'Kết quả công tác thông tin đối ngoại năm 2021'],
  ] as [SummaryStyle, string, string][])('%s subject: %j → %j', (style, subject, expected) => {
    expect(subjectLineText(style, subject)).toBe(expected);
  });

  it.each([
    [{ style: 'party', number: '12-BC/BCĐ', date: '2021-12-24' }, '(Kèm theo Báo cáo số 12-BC/BCĐ ngày 24-12-2021 của Ban Chỉ đạo Công tác thông tin đối ngoại tỉnh)'],
    [{ style: 'state', number: '05/BC-BCĐ', date: '2022-01-05' }, '(Kèm theo Báo cáo số 05/BC-BCĐ ngày 05/01/2022 của Ban Chỉ đạo Công tác thông tin đối ngoại tỉnh)'],
    [{ style: 'state', number: '05/BC-BCĐ', date: null }, '(Kèm theo Báo cáo số 05/BC-BCĐ của Ban Chỉ đạo Công tác thông tin đối ngoại tỉnh)'],
    [{ style: 'party', number: null, date: null }, '(Kèm theo Báo cáo của Ban Chỉ đạo Công tác thông tin đối ngoại tỉnh)'],
  ] as [Pick<SummarySettings, 'style' | 'number' | 'date'>, string][])('caption of %j', (settings, expected) => {
    expect(annexCaption(settings)).toBe(expected);
  });
});
