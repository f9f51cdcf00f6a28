import type { Role } from '../auth/roles.js';
import { decideBulletinItemAction } from './bulletin-item-workflow.js';
import type { BulletinIssueState, BulletinItemAction, BulletinItemState } from './bulletin.types.js';

const outcome = (state: BulletinItemState, role: Role, action: BulletinItemAction, issue: BulletinIssueState): string => {
  const d = decideBulletinItemAction(state, role, action, issue);
  return d.allowed ? `→ ${d.next}` : d.code;
};

describe(decideBulletinItemAction.name, () => {
  it.each<[BulletinItemState, Role, BulletinItemAction, BulletinIssueState, string]>([
    // a unit writes and sends in the window
    ['draft', 'agency_reporter', 'create', 'open', '→ draft'],
    ['draft', 'agency_head', 'create', 'planned', '→ draft'],
    ['draft', 'agency_reporter', 'create', 'editing', 'BULLETIN_WINDOW_CLOSED'],
    ['draft', 'agency_reporter', 'edit', 'open', '→ draft'],
    ['draft', 'agency_reporter', 'edit', 'planned', '→ draft'],
    ['draft', 'agency_reporter', 'edit', 'editing', 'BULLETIN_WINDOW_CLOSED'],
    ['draft', 'agency_reporter', 'submit', 'open', '→ submitted'],
    ['draft', 'agency_reporter', 'submit', 'planned', 'BULLETIN_WINDOW_CLOSED'],
    ['draft', 'agency_reporter', 'submit', 'editing', 'BULLETIN_WINDOW_CLOSED'],
    ['draft', 'agency_reporter', 'delete', 'editing', '→ draft'],
    // sent items are the office's to decide
    ['submitted', 'agency_reporter', 'edit', 'open', 'ILLEGAL_TRANSITION'],
    ['submitted', 'agency_reporter', 'submit', 'open', 'ILLEGAL_TRANSITION'],
    ['submitted', 'agency_reporter', 'delete', 'open', 'ILLEGAL_TRANSITION'],
    ['accepted', 'agency_head', 'edit', 'editing', 'ILLEGAL_TRANSITION'],
    ['not_used', 'agency_head', 'submit', 'open', 'ILLEGAL_TRANSITION'],
    // a returned item goes back while the office still edits
    ['returned', 'agency_reporter', 'edit', 'editing', '→ returned'],
    ['returned', 'agency_reporter', 'submit', 'editing', '→ submitted'],
    ['returned', 'agency_reporter', 'submit', 'open', '→ submitted'],
    ['returned', 'agency_reporter', 'delete', 'open', 'ILLEGAL_TRANSITION'],
    // the office decides
    ['submitted', 'office', 'accept', 'open', '→ accepted'],
    ['submitted', 'office', 'accept', 'editing', '→ accepted'],
    ['accepted', 'office', 'accept', 'editing', '→ accepted'],
    ['not_used', 'office', 'accept', 'editing', '→ accepted'],
    ['submitted', 'office', 'return', 'editing', '→ returned'],
    ['accepted', 'office', 'return', 'editing', '→ returned'],
    ['submitted', 'office', 'not_used', 'editing', '→ not_used'],
    ['accepted', 'office', 'not_used', 'editing', '→ not_used'],
    ['draft', 'office', 'accept', 'open', 'ILLEGAL_TRANSITION'],
    ['draft', 'office', 'return', 'open', 'ILLEGAL_TRANSITION'],
    ['returned', 'office', 'accept', 'editing', 'ILLEGAL_TRANSITION'],
    ['returned', 'office', 'return', 'editing', 'ILLEGAL_TRANSITION'],
    ['not_used', 'office', 'not_used', 'editing', 'ILLEGAL_TRANSITION'],
    // roles
    ['draft', 'office', 'edit', 'open', 'FORBIDDEN'],
    ['draft', 'office', 'create', 'open', 'FORBIDDEN'],
    ['draft', 'leader', 'submit', 'open', 'FORBIDDEN'],
    ['draft', 'admin', 'create', 'open', 'FORBIDDEN'],
    ['submitted', 'leader', 'accept', 'editing', 'FORBIDDEN'],
    ['submitted', 'admin', 'return', 'editing', 'FORBIDDEN'],
    ['submitted', 'agency_head', 'accept', 'editing', 'FORBIDDEN'],
    ['submitted', 'agency_reporter', 'not_used', 'editing', 'FORBIDDEN'],
    // publishing freezes everything, and the role is still told first
    ['draft', 'agency_reporter', 'edit', 'published', 'BULLETIN_ISSUE_PUBLISHED'],
    ['draft', 'agency_reporter', 'delete', 'published', 'BULLETIN_ISSUE_PUBLISHED'],
    ['returned', 'agency_reporter', 'submit', 'published', 'BULLETIN_ISSUE_PUBLISHED'],
    ['accepted', 'office', 'accept', 'published', 'BULLETIN_ISSUE_PUBLISHED'],
    ['accepted', 'office', 'return', 'published', 'BULLETIN_ISSUE_PUBLISHED'],
    ['submitted', 'office', 'not_used', 'published', 'BULLETIN_ISSUE_PUBLISHED'],
    ['accepted', 'leader', 'return', 'published', 'FORBIDDEN'],
  ])('%s item, %s %s in a %s issue: %s', (state, role, action, issue, expected) => {
    expect(outcome(state, role, action, issue)).toBe(expected);
  });
});
