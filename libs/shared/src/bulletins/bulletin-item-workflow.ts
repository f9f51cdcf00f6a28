import { AGENCY_ROLES, type Role } from '../auth/roles.js';
import type { BulletinIssueState, BulletinItemAction, BulletinItemState } from './bulletin.types.js';

export type BulletinItemDecision =
  | { allowed: true; next: BulletinItemState }
  | {
      allowed: false;
      code: 'FORBIDDEN' | 'ILLEGAL_TRANSITION' | 'BULLETIN_WINDOW_CLOSED' | 'BULLETIN_ISSUE_PUBLISHED';
      reason: string;
    };

/** Issue states in which a unit starts and writes drafts (it may prepare before the window opens). */
export const BULLETIN_ISSUE_STATES_TAKING_DRAFTS: readonly BulletinIssueState[] = ['planned', 'open'];
/** Issue states in which a unit sends a new item. */
export const BULLETIN_ISSUE_STATES_TAKING_SUBMISSIONS: readonly BulletinIssueState[] = ['open'];
/** A returned item goes back while the office still edits the issue. */
export const BULLETIN_ISSUE_STATES_TAKING_RESUBMISSIONS: readonly BulletinIssueState[] = ['open', 'editing'];
/** The item states a unit writes in (the autosave's guard in SQL is built from this). */
export const EDITABLE_BULLETIN_ITEM_STATES: readonly BulletinItemState[] = ['draft', 'returned'];

const UNIT_ACTIONS: readonly BulletinItemAction[] = ['create', 'edit', 'delete', 'submit'];

/**
 * The item state machine of the bulletin as one pure function: who may do what to an item in which
 * state, in an issue of which state, and where it leads. `state` is ignored for `create` (the new
 * item is a draft); `delete` leads nowhere (answered as `draft`, the state removed). Whose unit the
 * item is of is checked before this, by the caller.
 */
export function decideBulletinItemAction(
  state: BulletinItemState,
  role: Role,
  action: BulletinItemAction,
  issueState: BulletinIssueState,
): BulletinItemDecision {
  const deny = (reason: string): BulletinItemDecision => ({ allowed: false, code: 'ILLEGAL_TRANSITION', reason });
  const closed = (reason: string): BulletinItemDecision => ({ allowed: false, code: 'BULLETIN_WINDOW_CLOSED', reason });

  if (UNIT_ACTIONS.includes(action)) {
    if (!AGENCY_ROLES.includes(role)) return { allowed: false, code: 'FORBIDDEN', reason: 'Only a unit’s own staff write its items.' };
  } else if (role !== 'office') {
    return { allowed: false, code: 'FORBIDDEN', reason: 'Only the standing office edits the bulletin.' };
  }
  if (issueState === 'published') {
    return { allowed: false, code: 'BULLETIN_ISSUE_PUBLISHED', reason: 'The issue is published; nothing about it changes.' };
  }

  switch (action) {
    case 'create':
      return BULLETIN_ISSUE_STATES_TAKING_DRAFTS.includes(issueState)
        ? { allowed: true, next: 'draft' }
        : closed('The issue no longer takes new items.');
    case 'edit':
      if (state === 'draft') {
        return BULLETIN_ISSUE_STATES_TAKING_DRAFTS.includes(issueState) ? { allowed: true, next: 'draft' } : closed('The issue’s window is closed.');
      }
      if (state === 'returned') {
        return BULLETIN_ISSUE_STATES_TAKING_RESUBMISSIONS.includes(issueState)
          ? { allowed: true, next: 'returned' }
          : closed('The issue is not open yet.');
      }
      return deny(`A ${state} item cannot be edited by its unit.`);
    case 'delete':
      return state === 'draft' ? { allowed: true, next: 'draft' } : deny(`A ${state} item was sent and stays.`);
    case 'submit':
      if (state === 'draft') {
        return BULLETIN_ISSUE_STATES_TAKING_SUBMISSIONS.includes(issueState)
          ? { allowed: true, next: 'submitted' }
          : closed('The issue’s window is not open.');
      }
      if (state === 'returned') {
        return BULLETIN_ISSUE_STATES_TAKING_RESUBMISSIONS.includes(issueState)
          ? { allowed: true, next: 'submitted' }
          : closed('The issue is not open yet.');
      }
      return deny(`A ${state} item cannot be sent.`);
    case 'accept':
      // accepted → accepted: the office revises its edits or moves the item to another section.
      return state === 'submitted' || state === 'accepted' || state === 'not_used'
        ? { allowed: true, next: 'accepted' }
        : deny(`A ${state} item cannot be accepted.`);
    case 'return':
      return state === 'submitted' || state === 'accepted' ? { allowed: true, next: 'returned' } : deny(`A ${state} item cannot be returned.`);
    case 'not_used':
      return state === 'submitted' || state === 'accepted' ? { allowed: true, next: 'not_used' } : deny(`A ${state} item cannot be set aside.`);
  }
}
