import { aggregateIndicator, countStatuses } from './indicator-aggregation.js';

describe('aggregateIndicator', () => {
  it.each([
    [[3, 4, 5], 'sum', 12],
    [[3, null, 5], 'sum', 8],
    [[0.1, 0.2], 'sum', 0.3],
    [[3, 40, 5], 'max', 40],
    [[null, 7, undefined], 'max', 7],
    [[0, 0], 'max', 0],
    [[], 'sum', null],
    [[null, null], 'max', null],
  ] as const)('%j by %s → %s', (values, aggregation, expected) => {
    expect(aggregateIndicator(values, aggregation)).toBe(expected);
  });

  it('handles thousands of units without a stack overflow', () => {
    const values = Array.from({ length: 200_000 }, (_, i) => i);
    expect(aggregateIndicator(values, 'max')).toBe(199_999);
  });
});

describe('countStatuses', () => {
  it.each([
    [['done', 'done', 'in_progress'], { done: 2, in_progress: 1, not_started: 0 }],
    [['not_applicable', 'not_started', null], { done: 0, in_progress: 0, not_started: 1 }],
    [[], { done: 0, in_progress: 0, not_started: 0 }],
  ] as const)('%j', (statuses, expected) => {
    expect(countStatuses(statuses)).toEqual(expected);
  });
});
