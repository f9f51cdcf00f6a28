/**
 * The task groups (nhóm nhiệm vụ) an item may serve are those of the six-month reporting period of
 * its issue's month: an issue of July 2021 serves the groups of "6 tháng cuối năm 2021". Drafts of
 * periods are not offered (units do not see them).
 */
export type HalfYear = 1 | 2;

/** The half of the year (1: January–June, 2: July–December) a month (1–12) falls in. */
export function halfYearOfMonth(month: number): HalfYear {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`Not a month: ${month}`);
  return month <= 6 ? 1 : 2;
}

/** A task group an item may name (GET /api/bulletin-task-groups), with the half-year it belongs to. */
export interface BulletinTaskGroupChoice {
  id: string;
  year: number;
  half: HalfYear;
  ordinal: number;
  title: string;
  shortName: string;
}

/** The choices for an issue of this year and month (1–12), in their order. */
export function taskGroupChoicesForIssue(choices: readonly BulletinTaskGroupChoice[], year: number, month: number): BulletinTaskGroupChoice[] {
  const half = halfYearOfMonth(month);
  return choices.filter((choice) => choice.year === year && choice.half === half).sort((a, b) => a.ordinal - b.ordinal);
}
