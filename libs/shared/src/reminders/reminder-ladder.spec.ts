import {
  DEFAULT_REMINDER_LADDER,
  dueReminderRung,
  isOverdueRung,
  isRung,
  nextReminderRung,
  normalizeReminderLadder,
  reminderLadderProblems,
  rungDate,
  type ReminderLadder,
} from './reminder-ladder.js';

const DUE = '2021-12-17';
const OPENED = '2021-11-20';

describe('isRung (default ladder: 7, 3, 1 days before, the day, every 3 days after)', () => {
  it.each<[number, boolean]>([
    [-8, false],
    [-7, true],
    [-5, false],
    [-3, true],
    [-1, true],
    [0, true],
    [1, false],
    [2, false],
    [3, true],
    [6, true],
    [7, false],
    [300, true],
  ])('%i → %s', (offset, expected) => {
    expect(isRung(DEFAULT_REMINDER_LADDER, offset)).toBe(expected);
  });
});

describe('dueReminderRung', () => {
  it.each<[string, ReminderLadder, string, string, number | null]>([
    ['long before the first rung', DEFAULT_REMINDER_LADDER, '2021-12-01', OPENED, null],
    ['seven days before', DEFAULT_REMINDER_LADDER, '2021-12-10', OPENED, -7],
    ['between rungs: the last one passed (sent once by its key)', DEFAULT_REMINDER_LADDER, '2021-12-12', OPENED, -7],
    ['three days before', DEFAULT_REMINDER_LADDER, '2021-12-14', OPENED, -3],
    ['the day before', DEFAULT_REMINDER_LADDER, '2021-12-16', OPENED, -1],
    ['on the day', DEFAULT_REMINDER_LADDER, '2021-12-17', OPENED, 0],
    ['one day late: still the day\'s rung', DEFAULT_REMINDER_LADDER, '2021-12-18', OPENED, 0],
    ['three days late', DEFAULT_REMINDER_LADDER, '2021-12-20', OPENED, 3],
    ['a sweep that missed a week sends the latest rung only', DEFAULT_REMINDER_LADDER, '2021-12-27', OPENED, 9],
    ['opened two days before the due date: the 7- and 3-day rungs never were', DEFAULT_REMINDER_LADDER, '2021-12-15', '2021-12-15', null],
    ['… and the day before is', DEFAULT_REMINDER_LADDER, '2021-12-16', '2021-12-15', -1],
    ['opened after the due date: the first overdue rung from the opening day on', DEFAULT_REMINDER_LADDER, '2021-12-20', '2021-12-19', 3],
    ['opened after the due date, before any rung after it', DEFAULT_REMINDER_LADDER, '2021-12-19', '2021-12-19', null],
    ['no repeat: the day\'s rung stays the latest', { daysBefore: [7, 3, 1], onDueDay: true, repeatEveryDays: null }, '2022-03-01', OPENED, 0],
    ['no rung at all', { daysBefore: [], onDueDay: false, repeatEveryDays: null }, '2021-12-20', OPENED, null],
    ['only overdue repeats, every 5 days', { daysBefore: [], onDueDay: false, repeatEveryDays: 5 }, '2021-12-23', OPENED, 5],
  ])('%s', (_label, ladder, today, openedOn, expected) => {
    expect(dueReminderRung(ladder, { today, effectiveDue: DUE, openedOn })).toBe(expected);
  });

  it.each<[string, string, number | null, number | null]>([
    ['nothing sent yet for this due date', '2021-12-14', null, -3],
    ['the day\'s rung already sent (the next hour, another process)', '2021-12-14', -3, null],
    ['an earlier rung sent: the new one goes', '2021-12-14', -7, -3],
    ['between rungs, the last one already sent', '2021-12-15', -3, null],
    ['a later rung already sent (the ladder changed since): nothing older goes', '2021-12-14', -1, null],
    ['overdue repeat after the day\'s rung', '2021-12-20', 0, 3],
  ])('with what was sent: %s', (_label, today, lastSent, expected) => {
    expect(dueReminderRung(DEFAULT_REMINDER_LADDER, { today, effectiveDue: DUE, openedOn: OPENED, lastSent })).toBe(expected);
  });

  it('across a month end, in Vietnam\'s calendar', () => {
    expect(dueReminderRung(DEFAULT_REMINDER_LADDER, { today: '2022-01-01', effectiveDue: '2021-12-29', openedOn: OPENED })).toBe(3);
  });
});

describe('nextReminderRung', () => {
  it.each<[string, ReminderLadder, string, { rung: number; date: string } | null]>([
    ['from far before: seven days before', DEFAULT_REMINDER_LADDER, '2021-12-01', { rung: -7, date: '2021-12-10' }],
    ['on the seven-day rung: the three-day one', DEFAULT_REMINDER_LADDER, '2021-12-10', { rung: -3, date: '2021-12-14' }],
    ['on the day: three days after', DEFAULT_REMINDER_LADDER, '2021-12-17', { rung: 3, date: '2021-12-20' }],
    ['overdue: the next repeat', DEFAULT_REMINDER_LADDER, '2021-12-21', { rung: 6, date: '2021-12-23' }],
    ['no repeat, past the day: none', { daysBefore: [3], onDueDay: true, repeatEveryDays: null }, '2021-12-17', null],
  ])('%s', (_label, ladder, today, expected) => {
    expect(nextReminderRung(ladder, { today, effectiveDue: DUE })).toEqual(expected);
  });
});

describe('rungs', () => {
  it('a rung is a day relative to the due date; those after it are overdue', () => {
    expect(rungDate(DUE, -7)).toBe('2021-12-10');
    expect(rungDate(DUE, 3)).toBe('2021-12-20');
    expect([-1, 0, 3].map(isOverdueRung)).toEqual([false, false, true]);
  });
});

describe('reminderLadderProblems', () => {
  it.each<[string, unknown, string[]]>([
    ['the default', DEFAULT_REMINDER_LADDER, []],
    ['nothing at all is a valid choice', { daysBefore: [], onDueDay: false, repeatEveryDays: null }, []],
    ['not an object', 'weekly', ['ladder']],
    ['days before out of range, fractional, twice', { daysBefore: [0, 61, 2.5, 3, 3], onDueDay: true, repeatEveryDays: 3 }, ['daysBefore.0', 'daysBefore.1', 'daysBefore.2', 'daysBefore.4']],
    ['too many days before', { daysBefore: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], onDueDay: true, repeatEveryDays: 3 }, ['daysBefore']],
    ['not a list', { daysBefore: '7,3,1', onDueDay: true, repeatEveryDays: 3 }, ['daysBefore']],
    ['on the day must be a boolean', { daysBefore: [], onDueDay: 'yes', repeatEveryDays: 3 }, ['onDueDay']],
    ['repeat out of range', { daysBefore: [], onDueDay: true, repeatEveryDays: 0 }, ['repeatEveryDays']],
    ['repeat too long', { daysBefore: [], onDueDay: true, repeatEveryDays: 31 }, ['repeatEveryDays']],
    ['repeat missing', { daysBefore: [], onDueDay: true }, ['repeatEveryDays']],
  ])('%s', (_label, ladder, fields) => {
    expect(reminderLadderProblems(ladder).map((p) => p.field)).toEqual(fields);
  });

  it('names fields under a prefix', () => {
    expect(reminderLadderProblems({ daysBefore: [0], onDueDay: true, repeatEveryDays: 3 }, 'reminderLadder').map((p) => p.field)).toEqual(['reminderLadder.daysBefore.0']);
  });
});

describe('normalizeReminderLadder', () => {
  it('sorts days before from the furthest and lists each once', () => {
    expect(normalizeReminderLadder({ daysBefore: [1, 7, 3, 7], onDueDay: true, repeatEveryDays: 3 })).toEqual(DEFAULT_REMINDER_LADDER);
  });
});
