import { deadlineWording } from './deadline';

describe(deadlineWording.name, () => {
  it.each([
    ['days left', { submissionStatus: 'missing_not_due', daysLeft: 12, daysLate: null }, { key: 'daysLeft', count: 12, tone: 'secondary' }],
    ['soon', { submissionStatus: 'missing_not_due', daysLeft: 3, daysLate: null }, { key: 'daysLeft', count: 3, tone: 'warning' }],
    ['due today', { submissionStatus: 'missing_not_due', daysLeft: 0, daysLate: null }, { key: 'dueToday', tone: 'warning' }],
    ['overdue', { submissionStatus: 'missing_overdue', daysLeft: -4, daysLate: 4 }, { key: 'overdue', count: 4, tone: 'danger' }],
    ['submitted late', { submissionStatus: 'late', daysLeft: null, daysLate: 3 }, { key: 'late', count: 3, tone: 'danger' }],
    ['submitted on time', { submissionStatus: 'on_time', daysLeft: null, daysLate: null }, { key: 'onTime', tone: 'success' }],
    ['overdue without a countdown', { submissionStatus: 'missing_overdue', daysLeft: null, daysLate: 2 }, { key: 'overdue', count: 2, tone: 'danger' }],
  ] as const)('%s', (_, input, expected) => {
    expect(deadlineWording(input)).toEqual(expected);
  });

  it('says nothing when it cannot tell', () => {
    expect(deadlineWording({ submissionStatus: 'missing_not_due', daysLeft: null, daysLate: null })).toBeNull();
  });
});
