import { titleOnOneLine } from './title-field';

describe(titleOnOneLine.name, () => {
  it.each([
    ['Tiếp Tổng Lãnh sự Trung Quốc', 'Tiếp Tổng Lãnh sự Trung Quốc'],
    ['Tiếp Tổng Lãnh sự\nTrung Quốc', 'Tiếp Tổng Lãnh sự Trung Quốc'],
    ['Tiếp Tổng Lãnh sự \r\n\r\n  Trung Quốc', 'Tiếp Tổng Lãnh sự Trung Quốc'],
    ['Bình Liêu  mùa lau', 'Bình Liêu  mùa lau'],
    ['', ''],
  ])('%j → %j', (typed, kept) => expect(titleOnOneLine(typed)).toBe(kept));
});
