import type { LocalDate, PeriodKind, PeriodState } from '../periods/period.types.js';
import type { ReviewBoardRow } from '../reports/report-api.types.js';
import type { TaskStatus } from '../reports/report.types.js';

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

/** A review board row without the extension detail, plus whom to call about it. */
export interface DashboardUnitRow extends Omit<ReviewBoardRow, 'extendedDueDate'> {
  /** The contact person (the unit's reporters), for the overdue list. */
  contacts: { fullName: string; email: string | null }[];
}

export interface TaskGroupCompletion {
  taskGroupId: string;
  ordinal: number;
  title: string;
  applicable: number;
  doneOnTime: number;
  doneLate: number;
  inProgressWithinDeadline: number;
  overdue: number;
  notApplicable: number;
  /** done ÷ (done + overdue); null when nothing is due. */
  completionRate: number | null;
}

export interface HeatmapRow {
  agencyId: string;
  agencyName: string;
  reportId: string;
  /** Per task group in ordinal order: the self-assessed status once submitted, else null. */
  cells: { taskGroupId: string; status: TaskStatus | null; applicable: boolean }[];
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
  /** Every unit for office/leader/admin; an agency user gets its own row only. */
  units: DashboardUnitRow[];
  taskGroups: TaskGroupCompletion[];
  /** Empty for agency users (other units' statuses are not theirs to see). */
  heatmap: HeatmapRow[];
  indicators: IndicatorTotal[];
  trend: TrendPoint[];
}
