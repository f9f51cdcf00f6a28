import type { PeriodState } from '../periods/period.types.js';
import type { ReportState } from '../reports/report.types.js';
import { foldVietnamese } from '../text/fold-vietnamese.js';
import type { Agency, DraftPeriodMembership, ObligationFacts, SuccessionPlan } from './agency.types.js';

/**
 * An obligation is still open — the unit has not filed it and the period takes submissions — or
 * it is history. Open ones follow the unit: they carry its current name and move to its successor.
 */
export function isOpenObligation(report: { submitted: boolean; periodState: PeriodState }): boolean {
  return !report.submitted && report.periodState === 'open';
}

/**
 * Whether a report shows the unit's new name after a rename. A report keeps the name it was filed
 * under from its first submission on, and so does every report of a closed or archived period
 * (a unit that never filed is named as it was called then); only open obligations follow.
 */
export function followsUnitName(report: { submitted: boolean; periodState: PeriodState }): boolean {
  return isOpenObligation(report);
}

/** How far a not yet submitted report has got: the one that moves to a successor is the furthest. */
const PROGRESS: Record<ReportState, number> = { awaiting_approval: 3, draft: 2, returned: 1, not_started: 0, submitted: 0, accepted: 0 };

/**
 * What a merge (predecessors into one successor), a split (one unit ended, a successor named) or
 * an abolition (no successor) does to the obligations, decided before anything is changed:
 *
 * - Submitted reports, and every report of a closed or archived period, stay with the unit that
 *   filed them (`keep`): they are its history, readable by the successor's users.
 * - An open obligation (not submitted, period open) moves to the successor when the successor has
 *   none in that period; of several predecessors' obligations for one period the furthest along
 *   moves (then the one with work in it, then the first predecessor given).
 * - The other open obligations end: removed when nothing was done in them (`release`), refused
 *   when something was (`conflicts`) — the work would be lost.
 * - Draft periods have no reports yet: the predecessors leave their list of units and the successor
 *   joins it.
 *
 * `obligations` and `memberships` hold the predecessors' and the successor's (for an existing one).
 */
export function planSuccession(input: {
  predecessorIds: readonly string[];
  successorId: string | null;
  obligations: readonly ObligationFacts[];
  memberships: readonly DraftPeriodMembership[];
}): SuccessionPlan {
  const { predecessorIds, successorId } = input;
  const predecessors = new Set(predecessorIds);
  const rank = (o: ObligationFacts) => predecessorIds.indexOf(o.agencyId);
  const plan: SuccessionPlan = { move: [], release: [], keep: [], conflicts: [], draftPeriods: [] };

  const successorReports = new Set(input.obligations.filter((o) => o.agencyId === successorId).map((o) => o.periodId));
  const openByPeriod = new Map<string, ObligationFacts[]>();
  for (const o of input.obligations) {
    if (!predecessors.has(o.agencyId)) continue;
    if (!isOpenObligation(o)) {
      plan.keep.push(o);
      continue;
    }
    openByPeriod.set(o.periodId, [...(openByPeriod.get(o.periodId) ?? []), o]);
  }
  for (const [periodId, open] of openByPeriod) {
    const ordered = [...open].sort(
      (a, b) => PROGRESS[b.state] - PROGRESS[a.state] || Number(b.hasWork) - Number(a.hasWork) || rank(a) - rank(b),
    );
    const moving = successorId !== null && !successorReports.has(periodId) ? ordered.shift() : undefined;
    if (moving) plan.move.push(moving);
    for (const o of ordered) (o.hasWork ? plan.conflicts : plan.release).push(o);
  }

  const byPeriod = new Map<string, DraftPeriodMembership[]>();
  for (const m of input.memberships) byPeriod.set(m.periodId, [...(byPeriod.get(m.periodId) ?? []), m]);
  for (const [periodId, members] of byPeriod) {
    const removed = predecessorIds.filter((id) => members.some((m) => m.agencyId === id));
    if (removed.length === 0) continue;
    const successorAdded = successorId !== null && !members.some((m) => m.agencyId === successorId);
    plan.draftPeriods.push({ periodId, periodTitle: members[0]!.periodTitle, removed, successorAdded });
  }

  const byPredecessorOrder = (a: ObligationFacts, b: ObligationFacts) => a.periodTitle.localeCompare(b.periodTitle, 'vi') || rank(a) - rank(b);
  for (const list of [plan.move, plan.release, plan.keep, plan.conflicts]) list.sort(byPredecessorOrder);
  plan.draftPeriods.sort((a, b) => a.periodTitle.localeCompare(b.periodTitle, 'vi'));
  return plan;
}

export interface SuccessionFault {
  field: string;
  rule: string;
  message: string;
}

/**
 * Why these units cannot end into this successor (an empty list: they can). Every predecessor is
 * an active member unit, named once; the successor (existing, or null when it is to be created or
 * when there is none) is an active member unit that is not one of them.
 */
export function successionFaults(predecessors: readonly Agency[], requestedIds: readonly string[], successor: Agency | null): SuccessionFault[] {
  const faults: SuccessionFault[] = [];
  if (requestedIds.length === 0) faults.push({ field: 'predecessorIds', rule: 'required', message: 'Choose the units that end.' });
  if (new Set(requestedIds).size !== requestedIds.length) faults.push({ field: 'predecessorIds', rule: 'unique', message: 'A unit is named twice.' });
  const found = new Set(predecessors.map((a) => a.id));
  if (requestedIds.some((id) => !found.has(id))) faults.push({ field: 'predecessorIds', rule: 'exists', message: 'No such unit.' });
  if (predecessors.some((a) => !a.active)) faults.push({ field: 'predecessorIds', rule: 'active', message: 'A unit that already ended cannot end again.' });
  if (predecessors.some((a) => a.isStandingOffice)) {
    faults.push({ field: 'predecessorIds', rule: 'memberUnit', message: 'The standing office is not a member unit.' });
  }
  if (successor) {
    if (found.has(successor.id)) faults.push({ field: 'successor', rule: 'notPredecessor', message: 'The successor cannot be one of the units that end.' });
    if (!successor.active) faults.push({ field: 'successor', rule: 'active', message: 'The successor is no longer active.' });
    if (successor.isStandingOffice) faults.push({ field: 'successor', rule: 'memberUnit', message: 'The standing office is not a member unit.' });
  }
  return faults;
}

export const AGENCY_CODE_PATTERN = /^[A-Z0-9][A-Z0-9_-]{0,38}[A-Z0-9]$|^[A-Z0-9]$/;

/**
 * A unit's stable code (imports, the demo loader) made from its short name: the initials of the
 * words, without marks, in capitals ("Sở Khoa học và Công nghệ" → "SKHVCN"), with "-2", "-3"… when
 * taken. Codes never change once made.
 */
export function agencyCodeFrom(shortName: string, taken: ReadonlySet<string>): string {
  const words = foldVietnamese(shortName)
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter(Boolean);
  const initials = words.map((w) => (/^[0-9]+$/.test(w) ? w : w[0])).join('');
  const base = (initials.length >= 2 ? initials : words.join('')).slice(0, 30) || 'DV';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
