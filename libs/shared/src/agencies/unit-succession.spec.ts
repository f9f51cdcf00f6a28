import type { PeriodState } from '../periods/period.types.js';
import type { ReportState } from '../reports/report.types.js';
import type { Agency, ObligationFacts } from './agency.types.js';
import { agencyCodeFrom, followsUnitName, planSuccession, successionFaults } from './unit-succession.js';

describe('followsUnitName', () => {
  it.each<[boolean, PeriodState, boolean]>([
    [false, 'open', true],
    [true, 'open', false],
    [false, 'closed', false],
    [false, 'archived', false],
    [true, 'closed', false],
  ])('submitted %s, period %s → %s', (submitted, periodState, expected) => {
    expect(followsUnitName({ submitted, periodState })).toBe(expected);
  });
});

describe('planSuccession', () => {
  const obligation = (agencyId: string, periodId: string, state: ReportState, extra: Partial<ObligationFacts> = {}): ObligationFacts => ({
    reportId: `${agencyId}-${periodId}`,
    periodId,
    periodTitle: `Kỳ ${periodId}`,
    periodState: 'open',
    agencyId,
    state,
    submitted: ['submitted', 'returned', 'accepted'].includes(state),
    hasWork: state !== 'not_started',
    ...extra,
  });
  const ids = (list: ObligationFacts[]) => list.map((o) => o.reportId);

  it.each<[string, ObligationFacts[], string | null, { move: string[]; release: string[]; keep: string[]; conflicts: string[] }]>([
    [
      'submitted reports and closed periods stay; the one open obligation moves to a new successor',
      [obligation('A', 'p1', 'accepted'), obligation('A', 'p0', 'not_started', { periodState: 'closed' }), obligation('A', 'p2', 'draft')],
      'C',
      { move: ['A-p2'], release: [], keep: ['A-p0', 'A-p1'], conflicts: [] },
    ],
    [
      'two predecessors in one period: the furthest along moves, the empty one is released',
      [obligation('A', 'p2', 'not_started'), obligation('B', 'p2', 'awaiting_approval')],
      'C',
      { move: ['B-p2'], release: ['A-p2'], keep: [], conflicts: [] },
    ],
    [
      'equal progress: the one with work, then the first predecessor given',
      [obligation('B', 'p2', 'not_started', { hasWork: true }), obligation('A', 'p2', 'not_started')],
      'C',
      { move: ['B-p2'], release: ['A-p2'], keep: [], conflicts: [] },
    ],
    [
      'equal in everything: the first predecessor given',
      [obligation('B', 'p2', 'not_started'), obligation('A', 'p2', 'not_started')],
      'C',
      { move: ['A-p2'], release: ['B-p2'], keep: [], conflicts: [] },
    ],
    [
      'two drafts in one period: one moves, the other would lose its work',
      [obligation('A', 'p2', 'draft'), obligation('B', 'p2', 'draft')],
      'C',
      { move: ['A-p2'], release: [], keep: [], conflicts: ['B-p2'] },
    ],
    [
      'the existing successor already reports for the period: its own stays, an empty one is released',
      [obligation('C', 'p2', 'draft'), obligation('A', 'p2', 'not_started')],
      'C',
      { move: [], release: ['A-p2'], keep: [], conflicts: [] },
    ],
    [
      'the existing successor already reports for the period: a predecessor draft is a conflict',
      [obligation('C', 'p2', 'not_started'), obligation('A', 'p2', 'draft')],
      'C',
      { move: [], release: [], keep: [], conflicts: ['A-p2'] },
    ],
    [
      'abolished: nothing moves',
      [obligation('A', 'p1', 'submitted'), obligation('A', 'p2', 'not_started'), obligation('A', 'p3', 'draft')],
      null,
      { move: [], release: ['A-p2'], keep: ['A-p1'], conflicts: ['A-p3'] },
    ],
    [
      'the successor’s own reports are never part of the plan',
      [obligation('C', 'p1', 'accepted'), obligation('C', 'p2', 'draft')],
      'C',
      { move: [], release: [], keep: [], conflicts: [] },
    ],
  ])('%s', (_, obligations, successorId, expected) => {
    const plan = planSuccession({ predecessorIds: ['A', 'B'], successorId, obligations, memberships: [] });
    expect({ move: ids(plan.move), release: ids(plan.release), keep: ids(plan.keep), conflicts: ids(plan.conflicts) }).toEqual(expected);
  });

  it('draft periods: the predecessors leave, the successor joins unless it is a member already', () => {
    const plan = planSuccession({
      predecessorIds: ['A', 'B'],
      successorId: 'C',
      obligations: [],
      memberships: [
        { periodId: 'd1', periodTitle: 'Tháng 8', agencyId: 'A' },
        { periodId: 'd1', periodTitle: 'Tháng 8', agencyId: 'B' },
        { periodId: 'd2', periodTitle: 'Tháng 9', agencyId: 'B' },
        { periodId: 'd2', periodTitle: 'Tháng 9', agencyId: 'C' },
        { periodId: 'd3', periodTitle: 'Tháng 10', agencyId: 'X' },
      ],
    });
    expect(plan.draftPeriods).toEqual([
      { periodId: 'd1', periodTitle: 'Tháng 8', removed: ['A', 'B'], successorAdded: true },
      { periodId: 'd2', periodTitle: 'Tháng 9', removed: ['B'], successorAdded: false },
    ]);
  });

  it('draft periods without a successor: the unit just leaves', () => {
    const plan = planSuccession({ predecessorIds: ['A'], successorId: null, obligations: [], memberships: [{ periodId: 'd1', periodTitle: 'Tháng 8', agencyId: 'A' }] });
    expect(plan.draftPeriods).toEqual([{ periodId: 'd1', periodTitle: 'Tháng 8', removed: ['A'], successorAdded: false }]);
  });
});

describe('successionFaults', () => {
  const unit = (id: string, extra: Partial<Agency> = {}): Agency => ({
    id,
    code: id,
    name: id,
    shortName: id,
    kind: 'department',
    displayOrder: 1,
    active: true,
    isStandingOffice: false,
    contactPerson: null,
    email: null,
    phone: null,
    ...extra,
  });
  const rules = (faults: { field: string; rule: string }[]) => faults.map((f) => `${f.field}.${f.rule}`);

  it.each<[string, Agency[], string[], Agency | null, string[]]>([
    ['two active units into a third', [unit('A'), unit('B')], ['A', 'B'], unit('C'), []],
    ['into a unit to be created', [unit('A'), unit('B')], ['A', 'B'], null, []],
    ['nothing chosen', [], [], unit('C'), ['predecessorIds.required']],
    ['a unit twice', [unit('A')], ['A', 'A'], unit('C'), ['predecessorIds.unique']],
    ['an unknown unit', [unit('A')], ['A', 'Z'], unit('C'), ['predecessorIds.exists']],
    ['a unit that already ended', [unit('A', { active: false })], ['A'], unit('C'), ['predecessorIds.active']],
    ['the standing office', [unit('A', { isStandingOffice: true })], ['A'], unit('C'), ['predecessorIds.memberUnit']],
    ['into one of themselves', [unit('A'), unit('B')], ['A', 'B'], unit('B'), ['successor.notPredecessor']],
    ['into an inactive unit', [unit('A')], ['A'], unit('C', { active: false }), ['successor.active']],
    ['into the standing office', [unit('A')], ['A'], unit('C', { isStandingOffice: true }), ['successor.memberUnit']],
  ])('%s', (_, predecessors, requested, successor, expected) => {
    expect(rules(successionFaults(predecessors, requested, successor))).toEqual(expected);
  });
});

describe('agencyCodeFrom', () => {
  it.each<[string, string[], string]>([
    ['Sở Khoa học và Công nghệ', [], 'SKHVCN'],
    ['Sở KH&CN', [], 'SKC'],
    ['Đoàn Thanh niên', [], 'DTN'],
    ['Công an', ['CA'], 'CA-2'],
    ['Công an', ['CA', 'CA-2'], 'CA-3'],
    ['Báo 247', [], 'B247'],
    ['Bình', [], 'BINH'],
    ['—', [], 'DV'],
  ])('%s (taken %j) → %s', (shortName, taken, expected) => {
    expect(agencyCodeFrom(shortName, new Set(taken))).toBe(expected);
  });
});
