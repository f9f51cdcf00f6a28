export const PERIOD_KINDS = ['month', 'quarter', 'half_year', 'year', 'ad_hoc'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export const PERIOD_STATES = ['draft', 'open', 'closed', 'archived'] as const;
export type PeriodState = (typeof PERIOD_STATES)[number];

/** A calendar date in Asia/Ho_Chi_Minh, ISO form `YYYY-MM-DD`. */
export type LocalDate = string;

export interface ReportingPeriod {
  id: string;
  title: string;
  kind: PeriodKind;
  year: number;
  /** Month 1–12, quarter 1–4 or half 1–2 within the year; null for year and ad_hoc. */
  sequence: number | null;
  cutOffFrom: LocalDate;
  cutOffTo: LocalDate;
  dueDate: LocalDate;
  state: PeriodState;
  requiresHeadApproval: boolean;
  /** A due date on a weekend or holiday moves to the next working day (BLDS 2015, Điều 148). */
  shiftDueDateToWorkingDay: boolean;
  taskGroupCount: number;
}

export const INDICATOR_AGGREGATIONS = ['sum', 'max'] as const;
export type IndicatorAggregation = (typeof INDICATOR_AGGREGATIONS)[number];

export interface Indicator {
  id: string;
  name: string;
  /** Unit of measure: tin/bài, đoàn, lớp, lượt người… */
  unit: string;
  aggregation: IndicatorAggregation;
  integerOnly: boolean;
  target: number | null;
  ordinal: number;
}

export interface TaskGroup {
  id: string;
  periodId: string;
  ordinal: number;
  title: string;
  /** What the dashboard's columns, bars and legends show; the title stays the full wording (hover, print). */
  shortName: string;
  guidance: string | null;
  indicators: Indicator[];
}
