import { bulletinYear, bulletinYearChoices, monthsOfPeriod } from './year';

describe('bulletin years', () => {
  it.each([
    ['2021-06-15', '2021-12-14', 2021, [5, 6, 7, 8, 9, 10, 11]],
    ['2021-01-01', '2021-03-31', 2021, [0, 1, 2]],
    ['2020-12-15', '2021-06-14', 2021, [0, 1, 2, 3, 4, 5]],
    ['2021-07-01', '2021-07-31', 2021, [6]],
  ])('a period cut off %s – %s covers %i, months %j', (from, to, year, months) => {
    expect(monthsOfPeriod(from, to)).toEqual({ year, months });
  });

  it('reads ?year= when it is a plausible year, else this year in Vietnam', () => {
    const newYearsEveUtc = new Date('2026-12-31T18:00:00Z'); // already 1 January 2027 in Hanoi
    expect(bulletinYear('2021', newYearsEveUtc)).toBe(2021);
    expect(bulletinYear(null, newYearsEveUtc)).toBe(2027);
    expect(bulletinYear('21', newYearsEveUtc)).toBe(2027);
    expect(bulletinYear('2021.5', newYearsEveUtc)).toBe(2027);
  });

  it('offers next year back to the demo year 2021', () => {
    expect(bulletinYearChoices(2026)).toEqual([2027, 2026, 2025, 2024, 2023, 2022, 2021]);
    const later = bulletinYearChoices(2040);
    expect([later.length, later[0], later.at(-1)]).toEqual([21, 2041, 2021]);
  });
});
