import { decidePeriodAction, nextPeriodAction, type PeriodAction, type PeriodActionDecision, type PeriodActionFacts } from './period-lifecycle.js';
import type { PeriodState } from './period.types.js';

describe('nextPeriodAction', () => {
  it.each<[PeriodState, PeriodAction | null]>([
    ['draft', 'open'],
    ['open', 'close'],
    ['closed', 'archive'],
    ['archived', null],
  ])('a %s period → %s', (state, expected) => {
    expect(nextPeriodAction(state)).toBe(expected);
  });
});

describe('decidePeriodAction', () => {
  const ready = (state: PeriodState): PeriodActionFacts => ({ state, taskGroupCount: 8, unitCount: 12 });
  it.each<[PeriodAction, PeriodActionFacts, PeriodActionDecision]>([
    ['open', ready('draft'), { allowed: true, to: 'open' }],
    ['open', { ...ready('draft'), taskGroupCount: 0 }, { allowed: false, reason: 'incomplete', missing: ['taskGroups'] }],
    ['open', { ...ready('draft'), unitCount: 0 }, { allowed: false, reason: 'incomplete', missing: ['agencyIds'] }],
    ['open', { state: 'draft', taskGroupCount: 0, unitCount: 0 }, { allowed: false, reason: 'incomplete', missing: ['taskGroups', 'agencyIds'] }],
    ['open', ready('open'), { allowed: false, reason: 'state' }],
    ['open', { state: 'closed', taskGroupCount: 0, unitCount: 0 }, { allowed: false, reason: 'state' }],
    ['close', ready('open'), { allowed: true, to: 'closed' }],
    ['close', ready('draft'), { allowed: false, reason: 'state' }],
    ['close', ready('closed'), { allowed: false, reason: 'state' }],
    // Closing and archiving do not look at what the period holds.
    ['close', { state: 'open', taskGroupCount: 0, unitCount: 0 }, { allowed: true, to: 'closed' }],
    ['archive', ready('closed'), { allowed: true, to: 'archived' }],
    ['archive', ready('open'), { allowed: false, reason: 'state' }],
    ['archive', ready('archived'), { allowed: false, reason: 'state' }],
  ])('%s with %j → %j', (action, facts, expected) => {
    expect(decidePeriodAction(action, facts)).toEqual(expected);
  });
});
