import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/**
 * The dashboard's SQL. Every figure is computed at request time from the obligations
 * (agency_reports, report_sections) — no nightly tables. A unit's effective due date ends at
 * 00:00 of the next day in Asia/Ho_Chi_Minh; `$now` is the injected clock's instant. The reports
 * CTE is MATERIALIZED so that the time-zone conversion runs once per report, not once per section
 * (at national scale that was two thirds of the task-completion query).
 */
const REPORTS_CTE = `
  r AS MATERIALIZED (
    SELECT r.id, r.period_id, r.agency_id, r.state, r.first_submitted_at, r.last_submitted_at, r.version_number,
           greatest(p.due_date, coalesce(r.extended_due_date, p.due_date)) AS due,
           ((greatest(p.due_date, coalesce(r.extended_due_date, p.due_date)) + 1)::timestamp
             AT TIME ZONE 'Asia/Ho_Chi_Minh') AS due_end
      FROM agency_reports r JOIN reporting_periods p ON p.id = r.period_id
     WHERE r.period_id = ANY($1::uuid[])
  )`;

/** One row per (unit, task group): the monitoring outcome of SPEC §3. Mirrors `classifyTask`. */
const OUTCOME = `
  CASE
    WHEN NOT s.applicable OR (r.first_submitted_at IS NOT NULL AND s.status = 'not_applicable') THEN 'not_applicable'
    WHEN r.first_submitted_at IS NOT NULL AND s.status = 'done'
      THEN CASE WHEN r.first_submitted_at < r.due_end THEN 'done_on_time' ELSE 'done_late' END
    WHEN $2::timestamptz >= r.due_end THEN 'overdue'
    ELSE 'in_progress_within_deadline'
  END`;

export interface ReportingRow {
  period_id: string;
  expected: number;
  submitted: number;
  on_time: number;
  late: number;
  missing_not_due: number;
  missing_overdue: number;
}

export interface CompletionRow {
  period_id: string;
  task_group_id: string;
  ordinal: number;
  title: string;
  done_on_time: number;
  done_late: number;
  in_progress: number;
  overdue: number;
  not_applicable: number;
}

const HEATMAP = `SELECT r.id AS report_id, r.agency_id, a.name AS agency_name,
              json_agg(json_build_object(
                'taskGroupId', g.id,
                'status', CASE WHEN r.first_submitted_at IS NOT NULL THEN s.status END,
                'applicable', s.applicable) ORDER BY g.ordinal) AS cells
         FROM agency_reports r
         JOIN agencies a ON a.id = r.agency_id
         JOIN report_sections s ON s.report_id = r.id
         JOIN task_groups g ON g.id = s.task_group_id
        WHERE r.period_id = $1
        GROUP BY r.id, r.agency_id, a.name, a.display_order
        ORDER BY a.display_order, a.name`;

/** Totals over submitted reports only; one index lookup per indicator (indicator_values_indicator_idx). */
const INDICATOR_TOTALS = `SELECT i.id, g.ordinal AS group_ordinal, i.name, i.unit, i.aggregation, i.target,
              CASE WHEN i.aggregation = 'max' THEN coalesce(t.max, 0) ELSE coalesce(t.sum, 0) END AS total,
              t.n AS reporting_units
         FROM indicators i
         JOIN task_groups g ON g.id = i.task_group_id
         CROSS JOIN LATERAL (
           SELECT sum(v.value) AS sum, max(v.value) AS max, count(*)::int AS n
             FROM indicator_values v
             JOIN report_sections s ON s.id = v.section_id AND s.applicable
             JOIN agency_reports r ON r.id = s.report_id AND r.first_submitted_at IS NOT NULL
            WHERE v.indicator_id = i.id
         ) t
        WHERE g.period_id = $1
        ORDER BY g.ordinal, i.ordinal`;

export interface Query {
  text: string;
  values: unknown[];
}

/** The dashboard's queries as data: the repository runs them, and so does bench/dashboard.mjs, raw. */
export const dashboardQueries = {
  reportingByPeriod: (periodIds: string[], now: Date): Query => ({
    text: `WITH ${REPORTS_CTE}
       SELECT period_id,
              count(*)::int AS expected,
              count(first_submitted_at)::int AS submitted,
              count(*) FILTER (WHERE first_submitted_at < due_end)::int AS on_time,
              count(*) FILTER (WHERE first_submitted_at >= due_end)::int AS late,
              count(*) FILTER (WHERE first_submitted_at IS NULL AND $2::timestamptz < due_end)::int AS missing_not_due,
              count(*) FILTER (WHERE first_submitted_at IS NULL AND $2::timestamptz >= due_end)::int AS missing_overdue
         FROM r GROUP BY period_id`,
    values: [periodIds, now],
  }),

  completionByTaskGroup: (periodIds: string[], now: Date): Query => ({
    text: `WITH ${REPORTS_CTE},
       t AS (
         SELECT r.period_id, s.task_group_id, ${OUTCOME} AS outcome
           FROM report_sections s JOIN r ON r.id = s.report_id
          WHERE s.task_group_id IS NOT NULL
       )
       SELECT t.period_id, g.id AS task_group_id, g.ordinal, g.title,
              count(*) FILTER (WHERE outcome = 'done_on_time')::int AS done_on_time,
              count(*) FILTER (WHERE outcome = 'done_late')::int AS done_late,
              count(*) FILTER (WHERE outcome = 'in_progress_within_deadline')::int AS in_progress,
              count(*) FILTER (WHERE outcome = 'overdue')::int AS overdue,
              count(*) FILTER (WHERE outcome = 'not_applicable')::int AS not_applicable
         FROM t JOIN task_groups g ON g.id = t.task_group_id
        GROUP BY t.period_id, g.id, g.ordinal, g.title
        ORDER BY g.ordinal`,
    values: [periodIds, now],
  }),

  units: (periodId: string, now: Date, agencyId: string | null): Query => ({
    text: `WITH ${REPORTS_CTE}
       SELECT r.id AS report_id, r.agency_id, a.name AS agency_name, r.state, r.due::text AS due,
              r.first_submitted_at, r.last_submitted_at, r.version_number,
              CASE WHEN r.first_submitted_at IS NOT NULL
                     THEN CASE WHEN r.first_submitted_at < r.due_end THEN 'on_time' ELSE 'late' END
                   WHEN $2::timestamptz < r.due_end THEN 'missing_not_due' ELSE 'missing_overdue' END AS submission_status,
              coalesce((SELECT json_agg(json_build_object('fullName', u.full_name, 'email', u.email) ORDER BY u.full_name)
                          FROM users u WHERE u.agency_id = r.agency_id AND u.active), '[]'::json) AS contacts
         FROM r JOIN agencies a ON a.id = r.agency_id
        WHERE $3::uuid IS NULL OR r.agency_id = $3::uuid
        ORDER BY a.display_order, a.name`,
    values: [[periodId], now, agencyId],
  }),

  heatmap: (periodId: string): Query => ({
    text: HEATMAP,
    values: [periodId],
  }),

  indicatorTotals: (periodId: string): Query => ({
    text: INDICATOR_TOTALS,
    values: [periodId],
  }),

  trendPeriods: (kind: string, dueDate: string, limit: number): Query => ({
    text: `SELECT id, title, due_date::text AS due_date FROM reporting_periods
            WHERE kind = $1 AND state <> 'draft' AND due_date <= $2
            ORDER BY due_date DESC LIMIT $3`,
    values: [kind, dueDate, limit],
  }),
};

@Injectable()
export class DashboardRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private run<T>(query: Query): Promise<T> {
    return this.dataSource.query(query.text, query.values);
  }

  reportingByPeriod(periodIds: string[], now: Date): Promise<ReportingRow[]> {
    return this.run(dashboardQueries.reportingByPeriod(periodIds, now));
  }

  completionByTaskGroup(periodIds: string[], now: Date): Promise<CompletionRow[]> {
    return this.run(dashboardQueries.completionByTaskGroup(periodIds, now));
  }

  units(periodId: string, now: Date, agencyId: string | null) {
    return this.run<
      {
        report_id: string;
        agency_id: string;
        agency_name: string;
        state: string;
        due: string;
        first_submitted_at: Date | null;
        last_submitted_at: Date | null;
        version_number: number;
        submission_status: string;
        contacts: { fullName: string; email: string | null }[];
      }[]
    >(dashboardQueries.units(periodId, now, agencyId));
  }

  heatmap(periodId: string) {
    return this.run<{ report_id: string; agency_id: string; agency_name: string; cells: { taskGroupId: string; status: string | null; applicable: boolean }[] }[]>(
      dashboardQueries.heatmap(periodId),
    );
  }

  /** Totals over submitted reports only: a draft's figures are not yet the unit's word. */
  indicatorTotals(periodId: string) {
    return this.run<{ id: string; group_ordinal: number; name: string; unit: string; aggregation: 'sum' | 'max'; target: string | null; total: string; reporting_units: number }[]>(
      dashboardQueries.indicatorTotals(periodId),
    );
  }

  /** The last `limit` non-draft periods of the same kind, up to and including this one. */
  trendPeriods(kind: string, dueDate: string, limit: number) {
    return this.run<{ id: string; title: string; due_date: string }[]>(dashboardQueries.trendPeriods(kind, dueDate, limit));
  }
}
