import { defaultCutOff } from './decree-09-cut-off.js';
import type { PeriodKind } from '../periods/period.types.js';

describe('defaultCutOff (Nghị định 09/2019, Điều 12)', () => {
  it.each<[PeriodKind, number, number | null, string, string]>([
    ['month', 2021, 1, '2020-12-15', '2021-01-14'],
    ['month', 2021, 3, '2021-02-15', '2021-03-14'],
    ['month', 2021, 12, '2021-11-15', '2021-12-14'],
    ['quarter', 2021, 1, '2020-12-15', '2021-03-14'],
    ['quarter', 2021, 2, '2021-03-15', '2021-06-14'],
    ['quarter', 2021, 3, '2021-06-15', '2021-09-14'],
    ['quarter', 2021, 4, '2021-09-15', '2021-12-14'],
    ['half_year', 2021, 1, '2020-12-15', '2021-06-14'],
    ['half_year', 2021, 2, '2021-06-15', '2021-12-14'],
    ['year', 2021, null, '2020-12-15', '2021-12-14'],
    ['year', 2024, 7, '2023-12-15', '2024-12-14'],
  ])('%s %i #%s → %s … %s', (kind, year, sequence, from, to) => {
    expect(defaultCutOff(kind, year, sequence)).toEqual({ from, to });
  });

  it('has no default for ad hoc reports', () => {
    expect(defaultCutOff('ad_hoc', 2021, null)).toBeNull();
  });

  it.each<[PeriodKind, number | null]>([
    ['month', 0],
    ['month', 13],
    ['month', null],
    ['quarter', 5],
    ['half_year', 3],
    ['half_year', 1.5],
  ])('rejects %s with sequence %s', (kind, sequence) => {
    expect(() => defaultCutOff(kind, 2021, sequence)).toThrow(RangeError);
  });
});
