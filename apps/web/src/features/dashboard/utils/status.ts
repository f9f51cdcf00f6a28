import type { TaskGroupCompletion, TaskStatus } from '@giao-ban/shared';

/** A heatmap cell: the unit's self-assessed status, "not applicable", or not yet reported. */
export type CellStatus = TaskStatus | 'not_reported';

export function cellStatus(cell: { status: TaskStatus | null; applicable: boolean }): CellStatus {
  if (!cell.applicable || cell.status === 'not_applicable') return 'not_applicable';
  return cell.status ?? 'not_reported';
}

/** Heatmap colours: a tint with dark text (readable, and printable in grey by the short code). */
export const CELL_COLORS: Record<CellStatus, { background: string; color: string }> = {
  done: { background: '#95de64', color: '#092b00' },
  in_progress: { background: '#ffe58f', color: '#613400' },
  not_started: { background: '#ffa39e', color: '#5c0011' },
  not_applicable: { background: '#f0f0f0', color: '#434343' },
  not_reported: { background: '#ffffff', color: '#595959' },
};

export const CELL_STATUSES: readonly CellStatus[] = ['done', 'in_progress', 'not_started', 'not_applicable', 'not_reported'];

/** How a task group's applicable units stand, in the order the stacked bar draws them. */
export const OUTCOMES = ['doneOnTime', 'doneLate', 'inProgressWithinDeadline', 'overdue'] as const satisfies readonly (keyof TaskGroupCompletion)[];
export type Outcome = (typeof OUTCOMES)[number];

export const OUTCOME_COLORS: Record<Outcome, string> = {
  doneOnTime: '#389e0d',
  doneLate: '#95de64',
  inProgressWithinDeadline: '#faad14',
  overdue: '#cf1322',
};

/** The three lines of the trend chart; dash patterns tell them apart without colour (print, colour blindness). */
export const TREND_SERIES = ['reportingRate', 'onTimeRate', 'completionRate'] as const;
export type TrendSeries = (typeof TREND_SERIES)[number];

export const TREND_STYLES: Record<TrendSeries, { color: string; dash?: string }> = {
  reportingRate: { color: '#1677ff' },
  onTimeRate: { color: '#389e0d', dash: '8 4' },
  completionRate: { color: '#722ed1', dash: '2 4' },
};
