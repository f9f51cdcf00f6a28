import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { LocalDate, PeriodKind, PeriodState } from '@giao-ban/shared';
import { DataSource } from 'typeorm';
import { REPORT_OWN_DUE_DATE } from '../deadlines/report-due-date.sql.js';

/**
 * The dashboard's SQL. Every figure is computed at request time from the obligations
 * (agency_reports, report_sections) — no nightly tables — and from what units submitted only
 * (`submitted_status`, `submitted_indicator_values`), never from a draft being typed. A unit's
 * effective due date ends at 00:00 of the next day in Asia/Ho_Chi_Minh; `$now` is the injected clock's instant. The end of a
 * period's due day is computed once per period, and per report only when it has a date of its own.
 * A report's effective due date is `effectiveDueDate` of libs/shared: the unit's own due date or
 * else the period's, or the extension when later (all stored settled on the working calendar);
 * test/deadlines.spec.ts compares the two on a table of cases.
 */
const DUE = `
  p AS MATERIALIZED (
    SELECT id, state, due_date, ((due_date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh') AS due_end
      FROM reporting_periods WHERE id = ANY($1::uuid[])
  )`;
const DUE_OF_REPORT = `CASE WHEN r.extended_due_date > ${REPORT_OWN_DUE_DATE} THEN r.extended_due_date ELSE ${REPORT_OWN_DUE_DATE} END`;
const DUE_END_OF_REPORT = `CASE WHEN r.extended_due_date > ${REPORT_OWN_DUE_DATE} OR r.unit_due_date IS NOT NULL
         THEN ((${DUE_OF_REPORT} + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh') ELSE p.due_end END`;

/** A report's timeliness, the columns OUTCOME and the figures read; `$2` is now. */
const TIMELINESS = `r.first_submitted_at IS NOT NULL AS submitted,
                coalesce(r.first_submitted_at < ${DUE_END_OF_REPORT}, false) AS on_time,
                $2::timestamptz >= ${DUE_END_OF_REPORT} AS past_due`;

/** A unit's submission status (SPEC §5), given the end of its due day; mirrors `submissionStatus`. */
const submissionStatusSql = (dueEnd: string) => `CASE WHEN r.first_submitted_at IS NOT NULL
           THEN CASE WHEN r.first_submitted_at < ${dueEnd} THEN 'on_time' ELSE 'late' END
         WHEN $2::timestamptz < ${dueEnd} THEN 'missing_not_due' ELSE 'missing_overdue' END`;

/** The monitoring outcome of SPEC §3 for a (report timeliness, section) combination. Mirrors `classifyTask`. */
const OUTCOME = `
  CASE
    WHEN NOT applicable OR (submitted AND status = 'not_applicable') THEN 'not_applicable'
    WHEN submitted AND status = 'done' THEN CASE WHEN on_time THEN 'done_on_time' ELSE 'done_late' END
    WHEN past_due THEN 'overdue'
    ELSE 'in_progress_within_deadline'
  END`;

/** Reporting figures and task outcomes of a period, from each report's row and its task tallies. */
export interface PeriodFiguresRow {
  period_id: string;
  expected: number;
  submitted: number;
  on_time: number;
  late: number;
  missing_not_due: number;
  missing_overdue: number;
  done_on_time: number;
  done_late: number;
  in_progress: number;
  overdue: number;
  not_applicable: number;
}

export interface CompletionRow {
  task_group_id: string;
  ordinal: number;
  title: string;
  short_name: string;
  done_on_time: number;
  done_late: number;
  in_progress: number;
  overdue: number;
  not_applicable: number;
}

export interface UnitRow {
  period_state: PeriodState;
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
  last_reminder_at: Date | null;
  cells: { taskGroupId: string; status: string | null; applicable: boolean }[];
  total: string;
}

export interface DashboardPeriod {
  id: string;
  title: string;
  kind: PeriodKind;
  state: PeriodState;
  dueDate: LocalDate;
}

export interface Query {
  text: string;
  values: unknown[];
}

export interface UnitPageQuery {
  periodId: string;
  now: Date;
  /** Only this unit (an agency user's scope); null for every unit. */
  agencyId: string | null;
  /** Only these submission statuses; null for all. */
  statuses: string[] | null;
  order: 'agency' | 'most_overdue';
  offset: number;
  limit: number;
}

const UNIT_ORDER = {
  agency: 'u.display_order, u.agency_name, u.report_id',
  // Missing and overdue first, then by how long after the due day it came (or has not come).
  most_overdue: `(u.submission_status = 'missing_overdue') DESC, coalesce(u.first_submitted_at, $2::timestamptz) - u.due_end DESC,
                 u.display_order, u.agency_name, u.report_id`,
} as const;

/** The dashboard's queries as data: the repository runs them, and so does bench/dashboard.mjs, raw. */
export const dashboardQueries = {
  /** Reporting figures and overall task outcomes per period (the headline and the trend). */
  figuresByPeriod: (periodIds: string[], now: Date, agencyId: string | null = null): Query => ({
    text: `WITH ${DUE},
       r AS (
         SELECT r.period_id, ${TIMELINESS},
                r.task_count,
                CASE WHEN r.first_submitted_at IS NOT NULL THEN r.tasks_done ELSE 0 END AS done,
                r.tasks_waived + CASE WHEN r.first_submitted_at IS NOT NULL THEN r.tasks_declared_na ELSE 0 END AS na
           FROM agency_reports r JOIN p ON p.id = r.period_id
          WHERE $3::uuid IS NULL OR r.agency_id = $3::uuid
       )
       SELECT period_id,
              count(*)::int AS expected,
              count(*) FILTER (WHERE submitted)::int AS submitted,
              count(*) FILTER (WHERE on_time)::int AS on_time,
              count(*) FILTER (WHERE submitted AND NOT on_time)::int AS late,
              count(*) FILTER (WHERE NOT submitted AND NOT past_due)::int AS missing_not_due,
              count(*) FILTER (WHERE NOT submitted AND past_due)::int AS missing_overdue,
              coalesce(sum(done) FILTER (WHERE on_time), 0)::int AS done_on_time,
              coalesce(sum(done) FILTER (WHERE submitted AND NOT on_time), 0)::int AS done_late,
              coalesce(sum(task_count - done - na) FILTER (WHERE NOT past_due), 0)::int AS in_progress,
              coalesce(sum(task_count - done - na) FILTER (WHERE past_due), 0)::int AS overdue,
              coalesce(sum(na), 0)::int AS not_applicable
         FROM r GROUP BY period_id`,
    values: [periodIds, now, agencyId],
  }),

  /**
   * Task outcomes per task group of one period, from its task sections (index-only). The sections
   * are first counted by (group, report's timeliness, applicable, status) — a few dozen rows — and
   * only those are classified, so the per-section work is one hash lookup.
   */
  completionByTaskGroup: (periodId: string, now: Date, agencyId: string | null = null): Query => ({
    text: `WITH ${DUE},
       r AS MATERIALIZED (
         SELECT r.id, ${TIMELINESS}
           FROM agency_reports r JOIN p ON p.id = r.period_id
          WHERE $3::uuid IS NULL OR r.agency_id = $3::uuid
       ),
       c AS (
         SELECT s.task_group_id, r.submitted, r.on_time, r.past_due, s.applicable, s.submitted_status AS status, count(*)::int AS n
           FROM task_groups g
           JOIN report_sections s ON s.task_group_id = g.id
           JOIN r ON r.id = s.report_id
          WHERE g.period_id = ANY($1::uuid[])
          GROUP BY 1, 2, 3, 4, 5, 6
       ),
       t AS (
         SELECT task_group_id, n, ${OUTCOME} AS outcome FROM c
       )
       SELECT g.id AS task_group_id, g.ordinal, g.title, g.short_name,
              coalesce(sum(n) FILTER (WHERE outcome = 'done_on_time'), 0)::int AS done_on_time,
              coalesce(sum(n) FILTER (WHERE outcome = 'done_late'), 0)::int AS done_late,
              coalesce(sum(n) FILTER (WHERE outcome = 'in_progress_within_deadline'), 0)::int AS in_progress,
              coalesce(sum(n) FILTER (WHERE outcome = 'overdue'), 0)::int AS overdue,
              coalesce(sum(n) FILTER (WHERE outcome = 'not_applicable'), 0)::int AS not_applicable
         FROM task_groups g LEFT JOIN t ON t.task_group_id = g.id
        WHERE g.period_id = ANY($1::uuid[])
        GROUP BY g.id, g.ordinal, g.title, g.short_name
        ORDER BY g.ordinal`,
    values: [[periodId], now, agencyId],
  }),

  /** How many unit rows match (for the pager). */
  unitCount: (q: Pick<UnitPageQuery, 'periodId' | 'now' | 'agencyId' | 'statuses'>): Query => ({
    text: `WITH ${DUE}
       SELECT count(*)::int AS total
         FROM agency_reports r JOIN p ON p.id = r.period_id
        WHERE ($3::uuid IS NULL OR r.agency_id = $3::uuid)
          AND ($4::text[] IS NULL OR ${submissionStatusSql(DUE_END_OF_REPORT)} = ANY($4::text[]))`,
    values: [[q.periodId], q.now, q.agencyId, q.statuses],
  }),

  /**
   * One page of unit rows, each with its contacts and its heatmap line — and the period's state on
   * every row, so that one round trip also says whether the period exists (no row at all) and
   * whether it is still a draft; a period with no matching unit gives one row of nulls.
   */
  unitPage: (q: UnitPageQuery): Query => ({
    text: `WITH ${DUE},
       r AS MATERIALIZED (
         SELECT r.id AS report_id, r.agency_id, r.agency_name, a.display_order, r.state,
                ${DUE_OF_REPORT} AS due, ${DUE_END_OF_REPORT} AS due_end,
                r.first_submitted_at, r.last_submitted_at, r.version_number
           FROM agency_reports r JOIN p ON p.id = r.period_id JOIN agencies a ON a.id = r.agency_id
          WHERE $3::uuid IS NULL OR r.agency_id = $3::uuid
       ),
       u AS (
         SELECT r.*, ${submissionStatusSql('r.due_end')} AS submission_status FROM r
       ),
       page AS (
         SELECT u.*, count(*) OVER () AS total FROM u
          WHERE $4::text[] IS NULL OR u.submission_status = ANY($4::text[])
          ORDER BY ${UNIT_ORDER[q.order]}
          LIMIT $5 OFFSET $6
       )
       SELECT period.state AS period_state,
              u.report_id, u.agency_id, u.agency_name, u.state, u.due::text AS due, u.first_submitted_at,
              u.last_submitted_at, u.version_number, u.submission_status, u.total,
              coalesce((SELECT json_agg(json_build_object('fullName', c.full_name, 'email', c.email) ORDER BY c.full_name)
                          FROM users c WHERE c.agency_id = u.agency_id AND c.active), '[]'::json) AS contacts,
              (SELECT max(m.created_at) FROM reminders m WHERE m.report_id = u.report_id) AS last_reminder_at,
              coalesce((SELECT json_agg(json_build_object(
                                 'taskGroupId', g.id,
                                 'status', s.submitted_status,
                                 'applicable', s.applicable) ORDER BY g.ordinal)
                          FROM report_sections s JOIN task_groups g ON g.id = s.task_group_id
                         WHERE s.report_id = u.report_id), '[]'::json) AS cells
         FROM p AS period LEFT JOIN page u ON true
        ORDER BY ${UNIT_ORDER[q.order]}`,
    values: [[q.periodId], q.now, q.agencyId, q.statuses, q.limit, q.offset],
  }),

  /** Totals over submitted reports' applicable sections; index-only on every side of the joins. */
  indicatorTotals: (periodId: string, agencyId: string | null = null): Query => ({
    text: `WITH r AS MATERIALIZED (
         SELECT id FROM agency_reports
          WHERE period_id = $1 AND first_submitted_at IS NOT NULL AND ($2::uuid IS NULL OR agency_id = $2::uuid)
       ),
       s AS MATERIALIZED (
         SELECT s.id
           FROM task_groups g
           JOIN report_sections s ON s.task_group_id = g.id AND s.applicable
           JOIN r ON r.id = s.report_id
          WHERE g.period_id = $1
       ),
       t AS (
         SELECT v.indicator_id, sum(v.value) AS sum, max(v.value) AS max, count(*)::int AS n
           FROM indicators i
           JOIN task_groups g ON g.id = i.task_group_id AND g.period_id = $1
           JOIN submitted_indicator_values v ON v.indicator_id = i.id
           JOIN s ON s.id = v.section_id
          GROUP BY v.indicator_id
       )
       SELECT i.id, g.ordinal AS group_ordinal, i.name, i.unit, i.aggregation, i.target,
              CASE WHEN i.aggregation = 'max' THEN coalesce(t.max, 0) ELSE coalesce(t.sum, 0) END AS total,
              coalesce(t.n, 0) AS reporting_units
         FROM indicators i
         JOIN task_groups g ON g.id = i.task_group_id
         LEFT JOIN t ON t.indicator_id = i.id
        WHERE g.period_id = $1
        ORDER BY g.ordinal, i.ordinal`,
    values: [periodId, agencyId],
  }),

  /** The last `limit` non-draft periods of the same kind as this one, up to and including it. */
  trendPeriods: (periodId: string, limit: number): Query => ({
    text: `SELECT t.id, t.title, t.due_date::text AS due_date
             FROM reporting_periods p JOIN reporting_periods t ON t.kind = p.kind AND t.due_date <= p.due_date
            WHERE p.id = $1 AND t.state <> 'draft'
            ORDER BY t.due_date DESC LIMIT $2`,
    values: [periodId, limit],
  }),
};

@Injectable()
export class DashboardRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private run<T>(query: Query): Promise<T> {
    return this.dataSource.query(query.text, query.values);
  }

  /** The period the dashboard is about (plain SQL: this runs on every refresh of every open dashboard). */
  async period(periodId: string): Promise<DashboardPeriod | null> {
    const rows = await this.run<DashboardPeriod[]>({
      text: `SELECT id, title, kind, state, due_date::text AS "dueDate" FROM reporting_periods WHERE id = $1`,
      values: [periodId],
    });
    return rows[0] ?? null;
  }

  /** Per period; of one unit's report only when `agencyId` is given. */
  figuresByPeriod(periodIds: string[], now: Date, agencyId: string | null = null): Promise<PeriodFiguresRow[]> {
    return this.run(dashboardQueries.figuresByPeriod(periodIds, now, agencyId));
  }

  completionByTaskGroup(periodId: string, now: Date, agencyId: string | null): Promise<CompletionRow[]> {
    return this.run(dashboardQueries.completionByTaskGroup(periodId, now, agencyId));
  }

  async unitCount(q: Pick<UnitPageQuery, 'periodId' | 'now' | 'agencyId' | 'statuses'>): Promise<number> {
    const rows = await this.run<{ total: number }[]>(dashboardQueries.unitCount(q));
    return rows[0]?.total ?? 0;
  }

  unitPage(q: UnitPageQuery): Promise<UnitRow[]> {
    return this.run(dashboardQueries.unitPage(q));
  }

  /** Totals over submitted reports only: a draft's figures are not yet the unit's word. */
  indicatorTotals(periodId: string, agencyId: string | null) {
    return this.run<{ id: string; group_ordinal: number; name: string; unit: string; aggregation: 'sum' | 'max'; target: string | null; total: string; reporting_units: number }[]>(
      dashboardQueries.indicatorTotals(periodId, agencyId),
    );
  }

  /** The last `limit` non-draft periods of the same kind, up to and including this one. */
  trendPeriods(periodId: string, limit: number) {
    return this.run<{ id: string; title: string; due_date: string }[]>(dashboardQueries.trendPeriods(periodId, limit));
  }
}
