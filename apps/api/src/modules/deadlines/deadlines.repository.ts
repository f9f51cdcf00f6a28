import { Injectable } from '@nestjs/common';
import type { LocalDate, PeriodState, UnitDueDate } from '@giao-ban/shared';
import type { EntityManager } from 'typeorm';

/** What the deadline rules need to know of a period. */
export interface PeriodDeadlineFacts {
  id: string;
  state: PeriodState;
  dueDate: LocalDate;
  cutOffTo: LocalDate;
  rollOver: boolean;
}

/** A unit obliged by a draft period, with its own due date if it has one. */
export interface DraftMember {
  agencyId: string;
  unitDueDate: LocalDate | null;
}

/**
 * The SQL of the deadline rules: the public holidays (kept by the settings module; read here),
 * the units' own due dates (on `period_agencies` while the period is a draft, on `agency_reports`
 * once it is open). Every method takes the caller's EntityManager, so it runs in its transaction.
 */
@Injectable()
export class DeadlinesRepository {
  async publicHolidays(db: EntityManager): Promise<Set<LocalDate>> {
    const rows: { date: LocalDate }[] = await db.query(`SELECT date::text AS date FROM public_holidays`);
    return new Set(rows.map((r) => r.date));
  }

  /** The period, locked against concurrent changes when `lock` (opening, setting unit dates). */
  async period(db: EntityManager, periodId: string, lock: boolean): Promise<PeriodDeadlineFacts | null> {
    const rows: PeriodDeadlineFacts[] = await db.query(
      `SELECT id, state, due_date::text AS "dueDate", cut_off_to::text AS "cutOffTo", shift_due_date_to_working_day AS "rollOver"
         FROM reporting_periods WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [periodId],
    );
    return rows[0] ?? null;
  }

  draftMembers(db: EntityManager, periodId: string): Promise<DraftMember[]> {
    return db.query(
      `SELECT agency_id AS "agencyId", due_date::text AS "unitDueDate" FROM period_agencies WHERE period_id = $1`,
      [periodId],
    );
  }

  /** The units with a date of their own, in the committee's order of units. */
  unitDueDates(db: EntityManager, periodId: string, draft: boolean): Promise<UnitDueDate[]> {
    const [table, column] = draft ? ['period_agencies', 'due_date'] : ['agency_reports', 'unit_due_date'];
    return db.query(
      `SELECT m.agency_id AS "agencyId", m.${column}::text AS "dueDate"
         FROM ${table} m JOIN agencies a ON a.id = m.agency_id
        WHERE m.period_id = $1 AND m.${column} IS NOT NULL
        ORDER BY a.display_order, a.name`,
      [periodId],
    );
  }

  /** The draft period's units get exactly these own dates; the others report by the period's. */
  async replaceUnitDueDates(db: EntityManager, periodId: string, dates: UnitDueDate[]): Promise<void> {
    await db.query(`UPDATE period_agencies SET due_date = NULL WHERE period_id = $1 AND due_date IS NOT NULL`, [periodId]);
    await db.query(
      `UPDATE period_agencies m SET due_date = x.due_date
         FROM unnest($2::uuid[], $3::date[]) AS x(agency_id, due_date)
        WHERE m.period_id = $1 AND m.agency_id = x.agency_id`,
      [periodId, dates.map((d) => d.agencyId), dates.map((d) => d.dueDate)],
    );
  }

  /** Opening: each new report takes its unit's own due date from the draft's list. */
  async carryUnitDueDatesToReports(db: EntityManager, periodId: string): Promise<void> {
    await db.query(
      `UPDATE agency_reports r SET unit_due_date = m.due_date
         FROM period_agencies m
        WHERE r.period_id = $1 AND m.period_id = r.period_id AND m.agency_id = r.agency_id AND m.due_date IS NOT NULL`,
      [periodId],
    );
  }
}
