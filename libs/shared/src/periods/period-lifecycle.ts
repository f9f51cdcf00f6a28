import type { PeriodState } from './period.types.js';

/** The office's steps in a period's life: draft → open → closed → archived, one way. */
export type PeriodAction = 'open' | 'close' | 'archive';

const STEPS: Record<PeriodAction, { from: PeriodState; to: PeriodState }> = {
  open: { from: 'draft', to: 'open' },
  close: { from: 'open', to: 'closed' },
  archive: { from: 'closed', to: 'archived' },
};

/** What opening needs and a draft may lack: a task group to report on, a unit to report. */
export type PeriodOpeningNeed = 'taskGroups' | 'agencyIds';

export interface PeriodActionFacts {
  state: PeriodState;
  taskGroupCount: number;
  unitCount: number;
}

export type PeriodActionDecision =
  | { allowed: true; to: PeriodState }
  | { allowed: false; reason: 'state' }
  | { allowed: false; reason: 'incomplete'; missing: PeriodOpeningNeed[] };

/** The step the office can take next from a period's state (none once archived). */
export function nextPeriodAction(state: PeriodState): PeriodAction | null {
  return (Object.keys(STEPS) as PeriodAction[]).find((action) => STEPS[action].from === state) ?? null;
}

/** Whether the office may take `action` now, and if not why: the API enforces it, the web shows it. */
export function decidePeriodAction(action: PeriodAction, facts: PeriodActionFacts): PeriodActionDecision {
  const step = STEPS[action];
  if (facts.state !== step.from) return { allowed: false, reason: 'state' };
  if (action === 'open') {
    const missing: PeriodOpeningNeed[] = [];
    if (facts.taskGroupCount === 0) missing.push('taskGroups');
    if (facts.unitCount === 0) missing.push('agencyIds');
    if (missing.length) return { allowed: false, reason: 'incomplete', missing };
  }
  return { allowed: true, to: step.to };
}
