import type { LocalDate, PeriodKind, PeriodState } from '../periods/period.types.js';
import type { ReviewBoardRow } from '../reports/report-api.types.js';
import type { SubmissionStatus, TaskStatus } from '../reports/report.types.js';

export interface ReportingFigures {
  /** Obligations: units that must report (the denominator). */
  expected: number;
  submitted: number;
  onTime: number;
  late: number;
  missingNotDue: number;
  missingOverdue: number;
  /** submitted ÷ expected; null when nothing is expected. */
  reportingRate: number | null;
  /** onTime ÷ expected. */
  onTimeRate: number | null;
}

/** One cell of the heatmap: a unit's self-assessed status of one task group. */
export interface HeatmapCell {
  taskGroupId: string;
  /** The self-assessed status once the report was submitted, else null. */
  status: TaskStatus | null;
  applicable: boolean;
}

/**
 * A review board row without the extension detail, plus whom to call about it and its heatmap line
 * (one row serves the unit table, the overdue list and the heatmap).
 */
export interface DashboardUnitRow extends Omit<ReviewBoardRow, 'extendedDueDate' | 'unitDueDate'> {
  /** The contact person (the unit's reporters), for the overdue list. */
  contacts: { fullName: string; email: string | null }[];
  /** Per task group in ordinal order. */
  cells: HeatmapCell[];
}

/** `agency`: the committee's order of units; `most_overdue`: missing-and-overdue first, then most days late. */
export const DASHBOARD_UNIT_ORDERS = ['agency', 'most_overdue'] as const;
export type DashboardUnitOrder = (typeof DASHBOARD_UNIT_ORDERS)[number];

/** Query of `GET /api/periods/:id/dashboard/units` (a page of at most 100 rows). */
export interface DashboardUnitQuery {
  page?: number;
  pageSize?: number;
  /** Only rows in these submission statuses (all when omitted). */
  status?: SubmissionStatus[];
  order?: DashboardUnitOrder;
}

export interface TaskGroupCompletion {
  taskGroupId: string;
  ordinal: number;
  title: string;
  /** The label of the group's column, bar and legend line; the full title shows on hover and in print. */
  shortName: string;
  applicable: number;
  doneOnTime: number;
  doneLate: number;
  inProgressWithinDeadline: number;
  overdue: number;
  notApplicable: number;
  /** done ÷ (done + overdue); null when nothing is due. */
  completionRate: number | null;
}

export interface IndicatorTotal {
  indicatorId: string;
  taskGroupOrdinal: number;
  name: string;
  unit: string;
  aggregation: 'sum' | 'max';
  total: number;
  target: number | null;
  /** total ÷ target; null without a target. */
  ratioToTarget: number | null;
  reportingUnits: number;
}

export interface TrendPoint {
  periodId: string;
  title: string;
  dueDate: LocalDate;
  reportingRate: number | null;
  onTimeRate: number | null;
  completionRate: number | null;
}

export interface PeriodDashboard {
  period: { id: string; title: string; kind: PeriodKind; state: PeriodState; dueDate: LocalDate };
  generatedAt: string;
  reporting: ReportingFigures;
  /**
   * How many unit rows `GET …/dashboard/units` pages through for this user: every obligated unit
   * for the office, leaders and the admin; 1 (its own) for an agency user. The rows themselves are
   * a paged sub-resource so that a national-scale period (thousands of units) stays a small answer.
   */
  unitCount: number;
  taskGroups: TaskGroupCompletion[];
  indicators: IndicatorTotal[];
  trend: TrendPoint[];
}
