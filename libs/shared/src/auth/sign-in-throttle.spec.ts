import { failuresStillCounted, signInLockSeconds } from './sign-in-throttle.js';

describe('signInLockSeconds', () => {
  it.each<['account' | 'address', number, number]>([
    ['account', 0, 0],
    ['account', 4, 0],
    ['account', 5, 60], // the fifth failure locks for a minute
    ['account', 6, 120],
    ['account', 7, 240],
    ['account', 9, 900], // 960 s capped at 15 minutes
    ['account', 500, 900],
    ['address', 19, 0], // an office behind one address gets more room
    ['address', 20, 60],
    ['address', 22, 240],
  ])('%s after %i failures → %i s', (kind, failures, seconds) => {
    expect(signInLockSeconds(kind, failures)).toBe(seconds);
  });
});

describe('failuresStillCounted', () => {
  const now = new Date('2026-12-02T10:00:00Z');
  it.each<[number, string | null, number]>([
    [3, null, 0],
    [3, '2026-12-02T09:30:00Z', 3],
    [3, '2026-12-02T09:00:00Z', 3], // exactly an hour: still remembered
    [3, '2026-12-02T08:59:59Z', 0],
  ])('%i failures, last at %s → %i', (failures, last, expected) => {
    expect(failuresStillCounted(failures, last ? new Date(last) : null, now)).toBe(expected);
  });
});
