import type { FieldError } from '../api/api.types.js';
import { HOLIDAYS_PER_YEAR_MAX, isHolidayYear, missingHolidayYears, normalizeHolidays, validateHolidayYear, type PublicHoliday } from './public-holidays.js';

const tet2027: PublicHoliday[] = [
  { date: '2027-02-05', name: 'Tết Âm lịch' },
  { date: '2027-02-08', name: 'Tết Âm lịch' },
  { date: '2027-04-16', name: 'Giỗ Tổ Hùng Vương' },
];

describe('isHolidayYear', () => {
  it.each<[unknown, boolean]>([
    [2026, true],
    [2000, true],
    [2100, true],
    [1999, false],
    [2101, false],
    [2026.5, false],
    ['2026', false],
    [Number.NaN, false],
  ])('%j → %s', (value, expected) => {
    expect(isHolidayYear(value)).toBe(expected);
  });
});

describe('validateHolidayYear', () => {
  const fields = (errors: FieldError[]) => errors.map((e) => `${e.field}:${Object.keys(e.constraints).join(',')}`);

  it.each<[string, number, PublicHoliday[], string[]]>([
    ['a year of real days', 2027, tet2027, []],
    ['an empty list (clears the year)', 2027, [], []],
    ['a day of another year', 2027, [...tet2027, { date: '2028-01-01', name: 'Tết Dương lịch' }], ['holidays.3.date:inYear']],
    ['the last day of the year before', 2027, [{ date: '2026-12-31', name: 'x' }], ['holidays.0.date:inYear']],
    ['no such day', 2027, [{ date: '2027-02-29', name: 'Tết' }], ['holidays.0.date:isLocalDate']],
    ['not a date at all', 2027, [{ date: '05/02/2027', name: 'Tết' }], ['holidays.0.date:isLocalDate']],
    ['the same day twice: the second is named', 2027, [...tet2027, { date: '2027-02-05', name: 'Tết (nhập lại)' }], ['holidays.3.date:unique']],
    ['a name of spaces', 2027, [{ date: '2027-09-02', name: '   ' }], ['holidays.0.name:required']],
    ['a name of two lines', 2027, [{ date: '2027-09-02', name: 'Quốc khánh\nnghỉ bù' }], ['holidays.0.name:plainLine']],
    ['a name too long', 2027, [{ date: '2027-09-02', name: 'Q'.repeat(121) }], ['holidays.0.name:maxLength']],
    ['a name as long as allowed', 2027, [{ date: '2027-09-02', name: 'Q'.repeat(120) }], []],
    ['a year out of range', 1999, [], ['year:isHolidayYear']],
    [
      'more days than a year has holidays',
      2027,
      Array.from({ length: HOLIDAYS_PER_YEAR_MAX + 1 }, (_, i) => ({ date: `2027-03-${String((i % 28) + 1).padStart(2, '0')}`, name: 'x' })),
      ['holidays:arrayMaxSize', ...Array.from({ length: HOLIDAYS_PER_YEAR_MAX + 1 - 28 }, (_, i) => `holidays.${28 + i}.date:unique`)],
    ],
  ])('%s', (_label, year, holidays, expected) => {
    expect(fields(validateHolidayYear(year, holidays))).toEqual(expected);
  });
});

describe('normalizeHolidays', () => {
  it('orders the days and stores each name as one trimmed line', () => {
    expect(
      normalizeHolidays([
        { date: '2027-04-16', name: '  Giỗ Tổ  Hùng Vương ' },
        { date: '2027-01-01', name: 'Tết Dương lịch' },
        { date: '2027-02-05', name: 'Te\u0302\u0301t Âm lịch' },
      ]),
    ).toEqual([
      { date: '2027-01-01', name: 'Tết Dương lịch' },
      { date: '2027-02-05', name: 'Tết Âm lịch' },
      { date: '2027-04-16', name: 'Giỗ Tổ Hùng Vương' },
    ]);
  });
});

describe('missingHolidayYears (this year and the next, in Vietnam)', () => {
  it.each<[string, number[], number[]]>([
    ['2026-05-01', [2026, 2027], []],
    ['2026-05-01', [2026], [2027]],
    ['2026-05-01', [2027], [2026]],
    ['2026-05-01', [], [2026, 2027]],
    ['2026-05-01', [2024, 2025], [2026, 2027]],
    ['2027-01-01', [2026, 2027], [2028]],
    ['2026-12-31', [2026, 2027, 2028], []],
  ])('on %s with lists for %j → %j', (today, years, expected) => {
    expect(missingHolidayYears(today, years)).toEqual(expected);
  });
});
