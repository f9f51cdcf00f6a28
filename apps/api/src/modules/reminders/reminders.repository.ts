import { Injectable } from '@nestjs/common';
import {
  CONTRIBUTED_BULLETIN_ITEM_STATES,
  VIETNAM_TIME_ZONE,
  type BulletinWindowOverride,
  type LocalDate,
  type PeriodState,
  type ReminderLadder,
  type ReminderRung,
  type ReportState,
} from '@giao-ban/shared';
import type { EntityManager } from 'typeorm';
import { REPORT_EFFECTIVE_DUE_DATE } from '../deadlines/report-due-date.sql.js';


/** A report of an open period not submitted yet, with what decides its reminder. */
export interface ReportToRemind {
  reportId: string;
  periodId: string;
  periodTitle: string;
  periodDueDate: LocalDate;
  ladder: ReminderLadder;
  agencyId: string;
  agencyName: string;
  effectiveDueDate: LocalDate;
  /** The day the unit was told to report: its report was made when the period opened or the unit joined it. */
  obligedOn: LocalDate;
  /** The latest rung already sent for the effective due date, or null. */
  lastSentRung: ReminderRung | null;
}

/** One rung of one due date, for the reports it falls due for. */
export interface LadderRung {
  dueDate: LocalDate;
  rung: ReminderRung;
  reportIds: string[];
}

/** A recorded rung taken for delivery, with what its notification says. */
export interface RungToDeliver {
  reportId: string;
  agencyId: string;
  agencyName: string;
  rung: ReminderRung;
  dueDate: LocalDate;
  periodTitle: string;
  periodDueDate: LocalDate;
}

export interface PeriodForReminders {
  id: string;
  title: string;
  state: PeriodState;
  ladder: ReminderLadder;
}

/** A unit's report in a period, as đôn đốc needs it. */
export interface ObligedReport {
  reportId: string;
  agencyId: string;
  state: ReportState;
  effectiveDueDate: LocalDate;
}

/** An unpublished issue that is or may be taking items: its state is decided by decideBulletinIssueState. */
export interface BulletinIssueToSweep {
  issueId: string;
  windowStart: LocalDate;
  deadline: LocalDate;
  windowOverride: BulletinWindowOverride | null;
  /** Its units were told that its window opened. */
  announced: boolean;
}

/** A unit expected to contribute to an issue, with what decides its reminder. */
export interface BulletinUnitToRemind {
  issueId: string;
  agencyId: string;
  /** It has sent the issue an item (whatever became of it). */
  contributed: boolean;
  /** The latest rung already sent to it for the issue's deadline, or null. */
  lastSentRung: ReminderRung | null;
}

/** One rung of one issue's deadline, for the units it falls due for. */
export interface BulletinLadderRung {
  dueDate: LocalDate;
  rung: ReminderRung;
  agencyIds: string[];
}

/** A recorded bulletin rung taken for delivery. */
export interface BulletinRungToDeliver {
  agencyId: string;
  rung: ReminderRung;
  dueDate: LocalDate;
  issueNumber: number;
  issueYear: number;
}

/** Reminders, and the ladders of periods; each query takes the caller's EntityManager. */
@Injectable()
export class RemindersRepository {
  /** The period, its row locked until the caller commits when `lock` (a ladder being changed). */
  async findPeriod(db: EntityManager, periodId: string, lock = false): Promise<PeriodForReminders | null> {
    const [row]: { id: string; title: string; state: PeriodState; reminder_ladder: ReminderLadder }[] = await db.query(
      `SELECT id, title, state, reminder_ladder FROM reporting_periods WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [periodId],
    );
    return row ? { id: row.id, title: row.title, state: row.state, ladder: row.reminder_ladder } : null;
  }

  async saveLadder(db: EntityManager, periodId: string, ladder: ReminderLadder, at: Date): Promise<void> {
    await db.query(`UPDATE reporting_periods SET reminder_ladder = $2::jsonb, updated_at = $3 WHERE id = $1`, [periodId, JSON.stringify(ladder), at]);
  }

  /**
   * Every report of an open period that has not been submitted, with its effective due date, its
   * period's ladder, the local day its unit was told to report and the latest rung it was sent
   * for that due date; by period, then in the units' display order.
   */
  async findUnsubmittedReportsOfOpenPeriods(db: EntityManager): Promise<ReportToRemind[]> {
    const rows: {
      report_id: string;
      period_id: string;
      title: string;
      period_due: string;
      ladder: ReminderLadder;
      agency_id: string;
      agency_name: string;
      due: string;
      obliged_on: string;
      last_rung: number | null;
    }[] = await db.query(
      `SELECT r.id AS report_id, r.period_id, p.title, p.due_date::text AS period_due, p.reminder_ladder AS ladder,
              r.agency_id, r.agency_name, ${REPORT_EFFECTIVE_DUE_DATE}::text AS due,
              (r.created_at AT TIME ZONE '${VIETNAM_TIME_ZONE}')::date::text AS obliged_on,
              (SELECT max(m.rung) FROM reminders m WHERE m.report_id = r.id AND m.due_date = ${REPORT_EFFECTIVE_DUE_DATE}) AS last_rung
         FROM reporting_periods p
         JOIN agency_reports r ON r.period_id = p.id
         JOIN agencies a ON a.id = r.agency_id
        WHERE p.state = 'open' AND r.first_submitted_at IS NULL
        ORDER BY p.id, a.display_order, r.agency_name, r.id`,
    );
    return rows.map((r) => ({
      reportId: r.report_id,
      periodId: r.period_id,
      periodTitle: r.title,
      periodDueDate: r.period_due,
      ladder: r.ladder,
      agencyId: r.agency_id,
      agencyName: r.agency_name,
      effectiveDueDate: r.due,
      obligedOn: r.obliged_on,
      lastSentRung: r.last_rung,
    }));
  }

  /**
   * Records the rungs as sent now and answers those recorded, in the units' display order: a rung
   * recorded before (another process's delivery of the same sweep, or a sweep's twin) is skipped —
   * the unique index waits for that transaction, so each rung is recorded, and so sent, once — and
   * so is a rung no longer true: the report was submitted, its due date moved or its period closed
   * since the sweep.
   * Rows go in report order, so two deliveries at once never wait on each other in a cycle.
   */
  async recordSentRungs(db: EntityManager, rungs: LadderRung[], at: Date): Promise<RungToDeliver[]> {
    const sorted = rungs
      .flatMap(({ dueDate, rung, reportIds }) => reportIds.map((reportId) => ({ reportId, rung, dueDate })))
      .sort((a, b) => (a.reportId < b.reportId ? -1 : a.reportId > b.reportId ? 1 : 0));
    if (sorted.length === 0) return [];
    const rows: { report_id: string; agency_id: string; agency_name: string; display_order: number; rung: number; due: string; title: string; period_due: string }[] =
      await db.query(
        `WITH sent AS (
           INSERT INTO reminders (report_id, kind, rung, due_date, created_at, delivered_at)
           SELECT x.report_id, 'ladder', x.rung, x.due_date, $4, $4
             FROM unnest($1::uuid[], $2::int[], $3::date[]) WITH ORDINALITY AS x(report_id, rung, due_date, n)
             JOIN agency_reports r ON r.id = x.report_id
             JOIN reporting_periods p ON p.id = r.period_id
            WHERE p.state = 'open' AND r.first_submitted_at IS NULL AND ${REPORT_EFFECTIVE_DUE_DATE} = x.due_date
            ORDER BY x.n
           ON CONFLICT (report_id, due_date, rung) DO NOTHING
           RETURNING report_id, rung, due_date)
         SELECT s.report_id, r.agency_id, r.agency_name, a.display_order, s.rung, s.due_date::text AS due, p.title, p.due_date::text AS period_due
           FROM sent s
           JOIN agency_reports r ON r.id = s.report_id
           JOIN agencies a ON a.id = r.agency_id
           JOIN reporting_periods p ON p.id = r.period_id`,
        [sorted.map((r) => r.reportId), sorted.map((r) => r.rung), sorted.map((r) => r.dueDate), at],
      );
    return rows
      .sort((x, y) => x.display_order - y.display_order || x.agency_name.localeCompare(y.agency_name, 'vi'))
      .map((r) => ({
        reportId: r.report_id,
        agencyId: r.agency_id,
        agencyName: r.agency_name,
        rung: r.rung,
        dueDate: r.due,
        periodTitle: r.title,
        periodDueDate: r.period_due,
      }));
  }

  /** The reports of the units in the period, in the order asked (null: the period does not oblige the unit). */
  async findObligedReports(db: EntityManager, periodId: string, agencyIds: string[]): Promise<(ObligedReport | null)[]> {
    const rows: { id: string; agency_id: string; state: ReportState; due: string }[] = await db.query(
      `SELECT r.id, r.agency_id, r.state, ${REPORT_EFFECTIVE_DUE_DATE}::text AS due
         FROM agency_reports r JOIN reporting_periods p ON p.id = r.period_id
        WHERE r.period_id = $1 AND r.agency_id = ANY($2::uuid[])`,
      [periodId, agencyIds],
    );
    const byAgency = new Map(rows.map((r) => [r.agency_id, { reportId: r.id, agencyId: r.agency_id, state: r.state, effectiveDueDate: r.due }]));
    return agencyIds.map((id) => byAgency.get(id) ?? null);
  }

  /** The ladder every bulletin issue follows: the committee's, the one a new period starts from. */
  async findCommitteeLadder(db: EntityManager): Promise<ReminderLadder> {
    const [row]: { reminder_ladder: ReminderLadder }[] = await db.query(`SELECT reminder_ladder FROM committee_settings`);
    return row!.reminder_ladder;
  }

  /** Unpublished issues whose deadline is not past, or that the office opened by hand. */
  findBulletinIssuesToSweep(db: EntityManager, today: LocalDate): Promise<BulletinIssueToSweep[]> {
    return db.query(
      `SELECT id AS "issueId", window_start::text AS "windowStart", deadline::text AS deadline, window_override AS "windowOverride",
              window_opened_notified_at IS NOT NULL AS announced
         FROM bulletin_issues
        WHERE published_at IS NULL AND (deadline >= $1 OR window_override = 'open')
        ORDER BY year, number`,
      [today],
    );
  }

  /** For each issue, every unit expected to contribute (active members, the standing office aside), in display order. */
  async findBulletinUnits(db: EntityManager, issueIds: string[]): Promise<BulletinUnitToRemind[]> {
    if (issueIds.length === 0) return [];
    return db.query(
      `SELECT s.id AS "issueId", a.id AS "agencyId",
              EXISTS (SELECT 1 FROM bulletin_items i WHERE i.issue_id = s.id AND i.agency_id = a.id AND i.state = ANY($2::text[])) AS contributed,
              (SELECT max(m.rung) FROM bulletin_reminders m WHERE m.issue_id = s.id AND m.agency_id = a.id AND m.due_date = s.deadline) AS "lastSentRung"
         FROM bulletin_issues s CROSS JOIN agencies a
        WHERE s.id = ANY($1::uuid[]) AND a.active AND NOT a.is_standing_office
        ORDER BY s.year, s.number, a.display_order, a.name`,
      [issueIds, [...CONTRIBUTED_BULLETIN_ITEM_STATES]],
    );
  }

  /**
   * Records the bulletin rungs as sent now and answers those recorded: a rung recorded before is
   * skipped (the unique index sends each once), and so is one no longer true — the unit sent an
   * item, the deadline moved or the issue was published since the sweep.
   */
  async recordSentBulletinRungs(db: EntityManager, issueId: string, rungs: BulletinLadderRung[], at: Date): Promise<BulletinRungToDeliver[]> {
    const sorted = rungs
      .flatMap(({ dueDate, rung, agencyIds }) => agencyIds.map((agencyId) => ({ agencyId, rung, dueDate })))
      .sort((a, b) => (a.agencyId < b.agencyId ? -1 : a.agencyId > b.agencyId ? 1 : 0));
    if (sorted.length === 0) return [];
    const rows: { agency_id: string; rung: number; due: string; number: number; year: number; display_order: number; name: string }[] = await db.query(
      `WITH sent AS (
         INSERT INTO bulletin_reminders (issue_id, agency_id, rung, due_date, created_at)
         SELECT s.id, x.agency_id, x.rung, x.due_date, $5
           FROM unnest($2::uuid[], $3::int[], $4::date[]) WITH ORDINALITY AS x(agency_id, rung, due_date, n)
           JOIN bulletin_issues s ON s.id = $1
          WHERE s.published_at IS NULL AND s.deadline = x.due_date
            AND NOT EXISTS (SELECT 1 FROM bulletin_items i WHERE i.issue_id = s.id AND i.agency_id = x.agency_id AND i.state = ANY($6::text[]))
          ORDER BY x.n
         ON CONFLICT (issue_id, agency_id, due_date, rung) DO NOTHING
         RETURNING agency_id, rung, due_date)
       SELECT t.agency_id, t.rung, t.due_date::text AS due, s.number, s.year, a.display_order, a.name
         FROM sent t JOIN bulletin_issues s ON s.id = $1 JOIN agencies a ON a.id = t.agency_id`,
      [issueId, sorted.map((r) => r.agencyId), sorted.map((r) => r.rung), sorted.map((r) => r.dueDate), at, [...CONTRIBUTED_BULLETIN_ITEM_STATES]],
    );
    return rows
      .sort((x, y) => x.display_order - y.display_order || x.name.localeCompare(y.name, 'vi'))
      .map((r) => ({ agencyId: r.agency_id, rung: r.rung, dueDate: r.due, issueNumber: r.number, issueYear: r.year }));
  }

  async insertManualReminders(
    db: EntityManager,
    reports: ObligedReport[],
    sent: { message: string; sentBy: string; at: Date },
  ): Promise<void> {
    await db.query(
      `INSERT INTO reminders (report_id, kind, message, sent_by, created_at, delivered_at)
       SELECT report_id, 'manual', $2, $3, $4, $4 FROM unnest($1::uuid[]) AS report_id`,
      [reports.map((r) => r.reportId), sent.message, sent.sentBy, sent.at],
    );
  }
}
