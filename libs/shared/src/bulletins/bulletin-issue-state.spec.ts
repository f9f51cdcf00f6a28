import { bulletinIssueLabel, decideBulletinIssueState, type BulletinIssueFacts } from './bulletin-issue-state.js';
import type { BulletinIssueState } from './bulletin.types.js';

const issue = (extra: Partial<BulletinIssueFacts> = {}): BulletinIssueFacts => ({
  windowStart: '2021-07-16',
  deadline: '2021-07-26',
  windowOverride: null,
  publishedAt: null,
  ...extra,
});

describe(decideBulletinIssueState.name, () => {
  it.each<[string, Partial<BulletinIssueFacts>, string, BulletinIssueState]>([
    ['the day before the window', {}, '2021-07-15', 'planned'],
    ['the window’s first day', {}, '2021-07-16', 'open'],
    ['inside the window', {}, '2021-07-20', 'open'],
    ['the deadline itself', {}, '2021-07-26', 'open'],
    ['the day after the deadline', {}, '2021-07-27', 'editing'],
    ['opened by hand before the window', { windowOverride: 'open' }, '2021-07-01', 'open'],
    ['opened again by hand after the deadline', { windowOverride: 'open' }, '2021-08-02', 'open'],
    ['closed by hand inside the window', { windowOverride: 'closed' }, '2021-07-20', 'editing'],
    ['closed by hand before the window', { windowOverride: 'closed' }, '2021-07-01', 'editing'],
    ['published inside the window', { publishedAt: '2021-07-20T03:00:00.000Z' }, '2021-07-20', 'published'],
    ['published, even opened by hand', { publishedAt: new Date('2021-07-28T03:00:00Z'), windowOverride: 'open' }, '2021-07-28', 'published'],
    ['published, before its window (as printed)', { publishedAt: '2021-07-10T03:00:00.000Z' }, '2021-07-10', 'published'],
  ])('%s', (_label, extra, today, expected) => {
    expect(decideBulletinIssueState(issue(extra), today)).toBe(expected);
  });
});

describe(bulletinIssueLabel.name, () => {
  it.each([
    [23, 2021, 'Số 23/2021'],
    [1, 2022, 'Số 1/2022'],
  ])('%i/%i → %s', (n, y, label) => expect(bulletinIssueLabel(n, y)).toBe(label));
});
