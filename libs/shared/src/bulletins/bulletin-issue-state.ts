import type { LocalDate } from '../periods/period.types.js';
import type { BulletinIssueState, BulletinWindowOverride } from './bulletin.types.js';

/** "Số 23/2021": how the bulletin, the office and the units name an issue. */
export function bulletinIssueLabel(number: number, year: number): string {
  return `Số ${number}/${year}`;
}

/** What an issue's state stands on. Dates are local (Asia/Ho_Chi_Minh); the deadline is already settled. */
export interface BulletinIssueFacts {
  windowStart: LocalDate;
  deadline: LocalDate;
  windowOverride: BulletinWindowOverride | null;
  publishedAt: Date | string | null;
}

/**
 * An issue's state on a given local day: published once published (frozen, whatever else); else
 * the office's hand when it opened or closed the window itself; else the dates — before the
 * window planned, from its first day to the deadline (included) open, after it editing.
 */
export function decideBulletinIssueState(issue: BulletinIssueFacts, today: LocalDate): BulletinIssueState {
  if (issue.publishedAt !== null) return 'published';
  if (issue.windowOverride === 'closed') return 'editing';
  if (issue.windowOverride === 'open') return 'open';
  if (today < issue.windowStart) return 'planned';
  if (today <= issue.deadline) return 'open';
  return 'editing';
}
