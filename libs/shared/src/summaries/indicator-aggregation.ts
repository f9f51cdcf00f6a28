import type { IndicatorAggregation } from '../periods/period.types.js';
import type { TaskStatus } from '../reports/report.types.js';

/**
 * A task group's indicator over the units: the sum, or the largest value, as the indicator says.
 * Units without a figure (null) are left out; nobody reporting gives null, not 0.
 * Sums are rounded to the column's two decimals so 0.1 + 0.2 prints 0.3.
 */
export function aggregateIndicator(values: readonly (number | null | undefined)[], aggregation: IndicatorAggregation): number | null {
  const present = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (present.length === 0) return null;
  if (aggregation === 'max') return present.reduce((a, b) => (b > a ? b : a));
  return Math.round(present.reduce((a, b) => a + b, 0) * 100) / 100;
}

export interface StatusCounts {
  done: number;
  in_progress: number;
  not_started: number;
}

/** Done / in progress / not started; not-applicable (and missing) statuses are not counted. */
export function countStatuses(statuses: readonly (TaskStatus | null | undefined)[]): StatusCounts {
  const counts: StatusCounts = { done: 0, in_progress: 0, not_started: 0 };
  for (const s of statuses) if (s === 'done' || s === 'in_progress' || s === 'not_started') counts[s] += 1;
  return counts;
}
