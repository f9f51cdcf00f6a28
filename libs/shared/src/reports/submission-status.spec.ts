import { daysLate, daysLateFor, daysLeft, submissionStatus } from './submission-status.js';

describe('submissionStatus', () => {
  const due = '2021-12-17';
  it.each([
    ['2021-12-17T23:59:59+07:00', null, 'on_time'],
    ['2021-12-18T00:00:00+07:00', null, 'late'],
    [null, '2021-12-17T23:59:59+07:00', 'missing_not_due'],
    [null, '2021-12-18T00:00:00+07:00', 'missing_overdue'],
  ])('first submitted %s, now %s → %s', (submitted, now, expected) => {
    expect(submissionStatus(submitted ? new Date(submitted) : null, due, new Date(now ?? '2022-01-01T00:00:00Z'))).toBe(expected);
  });

  it('an extension moves the line', () => {
    expect(submissionStatus(new Date('2021-12-20T10:00:00+07:00'), '2021-12-21', new Date())).toBe('on_time');
  });
});

describe('daysLate / daysLeft', () => {
  it.each([
    ['2021-12-17T23:59:59+07:00', 0],
    ['2021-12-18T00:00:00+07:00', 1],
    ['2021-12-20T09:00:00+07:00', 3],
    ['2021-12-10T09:00:00+07:00', 0],
  ])('submitted %s → %i days late', (at, expected) => {
    expect(daysLate('2021-12-17', new Date(at))).toBe(expected);
  });

  it.each([
    ['2021-12-10T08:00:00+07:00', 7],
    ['2021-12-17T23:00:00+07:00', 0],
    ['2021-12-18T01:00:00+07:00', -1],
  ])('now %s → %i days left', (now, expected) => {
    expect(daysLeft('2021-12-17', new Date(now))).toBe(expected);
  });
});

describe('daysLateFor', () => {
  const now = new Date('2021-12-27T09:00:00+07:00');
  const first = new Date('2021-12-20T09:00:00+07:00');
  it.each([
    ['late', first, 3],
    ['missing_overdue', null, 10],
    ['on_time', new Date('2021-12-15T09:00:00+07:00'), null],
    ['missing_not_due', null, null],
  ] as const)('%s (first submitted %s) → %s', (status, submitted, expected) => {
    expect(daysLateFor(status, '2021-12-17', submitted, now)).toBe(expected);
  });
});
