import { halfYearOfMonth, taskGroupChoicesForIssue, type BulletinTaskGroupChoice } from './bulletin-task-groups.js';

describe(halfYearOfMonth.name, () => {
  it.each([
    [1, 1],
    [6, 1],
    [7, 2],
    [12, 2],
  ])('month %i is in half %i', (month, half) => expect(halfYearOfMonth(month)).toBe(half));

  it.each([0, 13, 6.5, Number.NaN])('refuses %p', (month) => expect(() => halfYearOfMonth(month)).toThrow(RangeError));
});

describe(taskGroupChoicesForIssue.name, () => {
  const group = (id: string, year: number, half: 1 | 2, ordinal: number): BulletinTaskGroupChoice => ({ id, year, half, ordinal, title: `Nhóm ${id}`, shortName: id });
  const choices = [group('b', 2021, 2, 2), group('a', 2021, 2, 1), group('c', 2021, 1, 1), group('d', 2022, 2, 1)];

  it.each([
    [2021, 7, ['a', 'b']],
    [2021, 12, ['a', 'b']],
    [2021, 3, ['c']],
    [2022, 8, ['d']],
    [2023, 1, []],
  ])('an issue of %i, month %i, serves %j', (year, month, ids) => expect(taskGroupChoicesForIssue(choices, year, month).map((c) => c.id)).toEqual(ids));
});
