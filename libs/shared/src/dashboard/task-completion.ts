import type { TaskStatus } from '../reports/report.types.js';

/** How Vietnamese government monitoring counts a task (một nhiệm vụ của một đơn vị). */
export const TASK_OUTCOMES = ['done_on_time', 'done_late', 'in_progress_within_deadline', 'overdue', 'not_applicable'] as const;
export type TaskOutcome = (typeof TASK_OUTCOMES)[number];

export interface TaskFacts {
  /** False when the office marked the task group not applicable to the unit. */
  applicable: boolean;
  /** The unit's self-assessed status; only counted once the report was submitted. */
  status: TaskStatus | null;
  submitted: boolean;
  /** The first submission was on time. */
  submittedOnTime: boolean;
  /** The unit's effective due date has passed. */
  pastDue: boolean;
}

/**
 * A task is done on time or late by its report's first submission; anything not done (or not yet
 * reported) is in progress while the deadline holds, and overdue after it.
 */
export function classifyTask(t: TaskFacts): TaskOutcome {
  if (!t.applicable || (t.submitted && t.status === 'not_applicable')) return 'not_applicable';
  if (t.submitted && t.status === 'done') return t.submittedOnTime ? 'done_on_time' : 'done_late';
  return t.pastDue ? 'overdue' : 'in_progress_within_deadline';
}

/**
 * Completion rate of tasks already due: done ÷ (done + overdue). Tasks still within their
 * deadline count against no one; null when nothing is due yet.
 */
export function completionRate(counts: { doneOnTime: number; doneLate: number; overdue: number }): number | null {
  const done = counts.doneOnTime + counts.doneLate;
  const due = done + counts.overdue;
  return due === 0 ? null : done / due;
}

/** part ÷ whole, null for an empty whole; never above 1 when part ⊆ whole. */
export function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}
