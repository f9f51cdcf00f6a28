import type { PeriodState } from './period.types.js';

/**
 * Whether the office may add units to a period's obligations now. A draft period's units are
 * chosen as a whole list (and may be taken off again); once the period is open, a unit created or
 * found missing later is added one by one — never taken off, since reports are its denominator.
 * A closed or archived period takes no new units: nobody could submit for it any more.
 */
export function acceptsAddedUnits(state: PeriodState): boolean {
  return state === 'open';
}

/** What is known about a unit the office wants to add to an open period. */
export interface UnitAdmissionFacts {
  /** null: no such unit. */
  active: boolean | null;
  isStandingOffice: boolean;
  /** It already has its report (obligation) in this period. */
  obliged: boolean;
}

export const UNIT_ADMISSION_REFUSALS = ['unknownUnit', 'endedUnit', 'standingOffice', 'alreadyObliged'] as const;
export type UnitAdmissionRefusal = (typeof UNIT_ADMISSION_REFUSALS)[number];

/**
 * Why a unit cannot be added to an open period, or null when it can: only an active member unit
 * (the standing office compiles and never reports) without a report in the period yet.
 */
export function unitAdmissionRefusal(facts: UnitAdmissionFacts): UnitAdmissionRefusal | null {
  if (facts.active === null) return 'unknownUnit';
  if (!facts.active) return 'endedUnit';
  if (facts.isStandingOffice) return 'standingOffice';
  if (facts.obliged) return 'alreadyObliged';
  return null;
}
