/**
 * A report's due dates in SQL, for the repositories that join a report `r` to its period `p`: the
 * one rule of libs/shared `effectiveDueDate` (stored dates are already settled on the calendar).
 */

/** Before any extension: the unit's own due date, else the period's. */
export const REPORT_OWN_DUE_DATE = `coalesce(r.unit_due_date, p.due_date)`;

/** The effective due date: an extension counts when later. */
export const REPORT_EFFECTIVE_DUE_DATE = `greatest(${REPORT_OWN_DUE_DATE}, r.extended_due_date)`;
