import { bulletinContributionSentence, indicatorClause, nextPeriodSpanVi, reportsNothing, summaryBulletinMonths, summaryPartTitle, taskGroupLead, unitResultSentence, withoutListMark } from './summary-wording.js';

const period = (kind: 'half_year' | 'quarter' | 'month' | 'year' | 'ad_hoc', year: number, sequence: number | null) => ({ kind, year, sequence, title: 'Báo cáo đột xuất về APEC' });

describe('nextPeriodSpanVi and the heading of part III', () => {
  it.each([
    [period('half_year', 2021, 1), '6 tháng cuối năm 2021', 'NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2021'],
    [period('half_year', 2021, 2), '6 tháng đầu năm 2022', 'NHIỆM VỤ TRỌNG TÂM 6 THÁNG ĐẦU NĂM 2022'],
    [period('quarter', 2022, 3), 'quý IV năm 2022', 'NHIỆM VỤ TRỌNG TÂM QUÝ IV NĂM 2022'],
    [period('quarter', 2022, 4), 'quý I năm 2023', 'NHIỆM VỤ TRỌNG TÂM QUÝ I NĂM 2023'],
    [period('month', 2022, 12), 'tháng 1 năm 2023', 'NHIỆM VỤ TRỌNG TÂM THÁNG 1 NĂM 2023'],
    [period('year', 2022, null), 'năm 2023', 'NHIỆM VỤ TRỌNG TÂM NĂM 2023'],
    [period('ad_hoc', 2022, null), null, 'PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI'],
  ])('%j → %s, %s', (p, span, heading) => {
    expect(nextPeriodSpanVi(p)).toBe(span);
    expect(summaryPartTitle('III', p)).toBe(heading);
  });

  it('leaves the other parts as they are', () => {
    expect(summaryPartTitle('I', period('half_year', 2021, 2))).toBe('KẾT QUẢ THỰC HIỆN');
  });
});

describe('unitResultSentence', () => {
  it.each([
    ['Sở Ngoại vụ', 'Tham mưu ban hành 3 văn bản.', 'Sở Ngoại vụ tham mưu ban hành 3 văn bản.'],
    ['Sở Ngoại vụ', '- Đã phối hợp tổ chức đoàn.', 'Sở Ngoại vụ đã phối hợp tổ chức đoàn.'],
    ['Huyện Bình Liêu', 'UBND huyện chỉ đạo các xã biên giới…', 'Huyện Bình Liêu: UBND huyện chỉ đạo các xã biên giới…'],
    ['Sở Du lịch', 'Hà Nội và Quảng Ninh phối hợp quảng bá.', 'Sở Du lịch: Hà Nội và Quảng Ninh phối hợp quảng bá.'],
    ['Công an tỉnh', 'tiếp tục nắm tình hình.', 'Công an tỉnh: tiếp tục nắm tình hình.'],
    ['Công an tỉnh', 'Xong.', 'Công an tỉnh: Xong.'],
  ])('%s + %j → %j', (name, line, expected) => {
    expect(unitResultSentence(name, line)).toBe(expected);
  });
});

describe('withoutListMark', () => {
  it.each([
    ['- a', 'a'],
    ['+ b', 'b'],
    ['• c', 'c'],
    ['1. d', 'd'],
    ['a) e', 'e'],
    ['2021 là năm', '2021 là năm'],
    ['Tổ chức', 'Tổ chức'],
  ])('%j → %j', (line, expected) => {
    expect(withoutListMark(line)).toBe(expected);
  });
});

describe('reportsNothing', () => {
  it.each([
    ['Chưa tổ chức.', true],
    ['Không có', true],
    ['- Không phát sinh.', true],
    ['Chưa có kết quả', true],
    ['Không có gì.', true],
    ['…', true],
    ['Chưa tổ chức được hội nghị do dịch bệnh.', false],
    ['Không để xảy ra sự cố về thông tin.', false],
    ['Tổ chức 3 hội nghị.', false],
  ])('%j → %s', (line, expected) => {
    expect(reportsNothing(line)).toBe(expected);
  });
});

describe('taskGroupLead', () => {
  const counts = (done: number, in_progress: number, not_started: number) => ({ done, in_progress, not_started });
  it.each([
    [{ included: 5, statusCounts: counts(0, 0, 2), unitsWithResults: 0, indicatorClauses: [] }, 'Trong kỳ, chưa có cơ quan, đơn vị nào báo cáo kết quả thực hiện nhiệm vụ này.'],
    [{ included: 5, statusCounts: counts(3, 1, 1), unitsWithResults: 4, indicatorClauses: [] }, 'Có 4/5 cơ quan, đơn vị triển khai thực hiện nhiệm vụ này (3 đơn vị đã hoàn thành, 1 đơn vị đang tiếp tục thực hiện).'],
    [{ included: 5, statusCounts: counts(0, 0, 0), unitsWithResults: 2, indicatorClauses: ['hội nghị đạt 4 hội nghị'] }, 'Có 2/5 cơ quan, đơn vị triển khai thực hiện nhiệm vụ này; kết quả chủ yếu: hội nghị đạt 4 hội nghị.'],
    [{ included: 5, statusCounts: counts(0, 0, 0), unitsWithResults: 0, indicatorClauses: ['tin, bài đạt 12 tin'] }, 'Kết quả chủ yếu: tin, bài đạt 12 tin.'],
  ])('%j → %s', (figures, expected) => {
    expect(taskGroupLead(figures)).toBe(expected);
  });
});

describe('indicatorClause', () => {
  it.each([
    [{ name: 'Tin, bài quảng bá', unit: 'tin/bài', aggregation: 'sum' as const, target: 2000 }, 1234, 'tin, bài quảng bá đạt 1.234 tin/bài (bằng 61,7% chỉ tiêu 2.000 tin/bài)'],
    [{ name: 'Đoàn lớn nhất', unit: 'người', aggregation: 'max' as const, target: null }, 40, 'đoàn lớn nhất đạt cao nhất 40 người'],
    [{ name: 'Hội nghị', unit: 'hội nghị', aggregation: 'sum' as const, target: 0 }, 3, 'hội nghị đạt 3 hội nghị'],
  ])('%j, %d → %s', (indicator, total, expected) => {
    expect(indicatorClause(indicator, total)).toBe(expected);
  });
});

describe('summaryBulletinMonths', () => {
  it.each([
    [period('half_year', 2021, 1), { from: 1, to: 6 }],
    [period('half_year', 2021, 2), { from: 7, to: 12 }],
    [period('year', 2021, null), { from: 1, to: 12 }],
    [period('quarter', 2021, 3), null],
    [period('month', 2021, 7), null],
    [period('ad_hoc', 2021, null), null],
  ])('%j → %j', (naming, months) => {
    expect(summaryBulletinMonths(naming)).toEqual(months);
  });
});

describe('bulletinContributionSentence', () => {
  const secondHalf = period('half_year', 2021, 2);
  it.each([
    [
      secondHalf,
      { total: 46, units: [{ name: 'Sở Ngoại vụ', items: 30 }, { name: 'Công an tỉnh', items: 16 }] },
      'Trong 6 tháng cuối năm 2021, 2 cơ quan, đơn vị thành viên đã cung cấp 46 tin, bài cho Bản tin thông tin đối ngoại của tỉnh (Sở Ngoại vụ 30, Công an tỉnh 16).',
    ],
    [
      period('year', 2022, null),
      { total: 1200, units: [{ name: 'Sở Ngoại vụ', items: 1200 }, { name: 'Huyện Bình Liêu', items: 0 }] },
      'Trong năm 2022, Sở Ngoại vụ đã cung cấp 1.200 tin, bài cho Bản tin thông tin đối ngoại của tỉnh.',
    ],
    [secondHalf, { total: 0, units: [] }, null],
    [secondHalf, { total: 0, units: [{ name: 'Sở Ngoại vụ', items: 0 }] }, null],
  ])('%j, %j → %s', (naming, counts, expected) => {
    expect(bulletinContributionSentence(naming, counts)).toBe(expected);
  });
});
