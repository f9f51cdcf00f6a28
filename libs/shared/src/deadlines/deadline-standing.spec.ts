import { deadlineStanding, deadlineWording, isPastDue, pastDueUnits, submissionWording, type DeadlineStanding } from './deadline-standing.js';
import type { SubmissionStatus } from '../reports/report.types.js';
import { effectiveDueDate, type DueDateParts } from './timeliness.js';
import { settleDueDate, type WorkingCalendar } from './working-days.js';

// Tết 2022: Monday 31/01 to Friday 04/02; 2021-12-18 is a Saturday.
const HOLIDAYS = new Set(['2022-01-31', '2022-02-01', '2022-02-02', '2022-02-03', '2022-02-04']);
const ROLLS: WorkingCalendar = { holidays: HOLIDAYS, rollOver: true };
const STAYS: WorkingCalendar = { holidays: HOLIDAYS, rollOver: false };

describe('effectiveDueDate', () => {
  it.each<[string, DueDateParts, WorkingCalendar | undefined, string]>([
    ['the period\'s date', { periodDueDate: '2021-12-17' }, undefined, '2021-12-17'],
    ['a later extension', { periodDueDate: '2021-12-17', extendedTo: '2021-12-22' }, undefined, '2021-12-22'],
    ['an extension not later than the due date', { periodDueDate: '2021-12-17', extendedTo: '2021-12-10' }, undefined, '2021-12-17'],
    ['the unit\'s own earlier date', { periodDueDate: '2021-12-17', unitDueDate: '2021-12-15' }, undefined, '2021-12-15'],
    ['the unit\'s own later date', { periodDueDate: '2021-12-17', unitDueDate: '2021-12-24' }, undefined, '2021-12-24'],
    ['an extension of a unit that reports earlier', { periodDueDate: '2021-12-17', unitDueDate: '2021-12-10', extendedTo: '2021-12-14' }, undefined, '2021-12-14'],
    ['an extension earlier than the unit\'s own date', { periodDueDate: '2021-12-17', unitDueDate: '2021-12-24', extendedTo: '2021-12-20' }, undefined, '2021-12-24'],
    ['nulls as absent', { periodDueDate: '2021-12-17', unitDueDate: null, extendedTo: null }, undefined, '2021-12-17'],
    // roll-over, as period due dates do
    ['an extension to a Saturday rolls to Monday', { periodDueDate: '2021-12-17', extendedTo: '2021-12-18' }, ROLLS, '2021-12-20'],
    ['an extension to a Sunday rolls to Monday', { periodDueDate: '2021-12-17', extendedTo: '2021-12-19' }, ROLLS, '2021-12-20'],
    ['a unit\'s own Saturday rolls to Monday', { periodDueDate: '2021-12-24', unitDueDate: '2021-12-18' }, ROLLS, '2021-12-20'],
    ['a unit\'s own date before Tết rolls past it', { periodDueDate: '2022-01-20', unitDueDate: '2022-01-29' }, ROLLS, '2022-02-07'],
    ['an extension into Tết rolls past it', { periodDueDate: '2022-01-28', extendedTo: '2022-02-01' }, ROLLS, '2022-02-07'],
    ['an extension that rolls onto the unit\'s date stays the unit\'s date', { periodDueDate: '2021-12-17', unitDueDate: '2021-12-20', extendedTo: '2021-12-18' }, ROLLS, '2021-12-20'],
    ['a working day stays', { periodDueDate: '2021-12-17', extendedTo: '2021-12-21' }, ROLLS, '2021-12-21'],
    ['a period that does not roll over keeps the Saturday', { periodDueDate: '2021-12-17', extendedTo: '2021-12-18' }, STAYS, '2021-12-18'],
  ])('%s', (_case, parts, calendar, expected) => {
    expect(effectiveDueDate(parts, calendar)).toBe(expected);
  });

  it.each([
    ['2021-12-18', ROLLS, '2021-12-20', true],
    ['2021-12-20', ROLLS, '2021-12-20', false],
    ['2021-12-18', STAYS, '2021-12-18', false],
  ] as const)('settles %s as %s → %s (moved: %s)', (date, calendar, dueDate, rolledOver) => {
    expect(settleDueDate(date, calendar)).toEqual({ dueDate, rolledOver });
  });
});

describe('deadlineStanding (Vietnam calendar)', () => {
  it.each<[string, string, string | null, DeadlineStanding]>([
    ['2021-12-14', '2021-12-17', null, { kind: 'due_in', dueDate: '2021-12-17', daysLeft: 3 }],
    ['2021-12-16', '2021-12-17', null, { kind: 'due_in', dueDate: '2021-12-17', daysLeft: 1 }],
    ['2021-12-17', '2021-12-17', null, { kind: 'due_today', dueDate: '2021-12-17' }],
    ['2021-12-18', '2021-12-17', null, { kind: 'overdue', dueDate: '2021-12-17', daysLate: 1 }],
    ['2025-12-06', '2021-12-17', null, { kind: 'overdue', dueDate: '2021-12-17', daysLate: 1450 }],
    ['2022-03-01', '2022-02-28', null, { kind: 'overdue', dueDate: '2022-02-28', daysLate: 1 }],
    // submitted: the first submission against 23:59:59 of the due day, Vietnam time
    ['2021-12-30', '2021-12-17', '2021-12-17T16:59:59Z', { kind: 'submitted_on_time', dueDate: '2021-12-17' }],
    ['2021-12-30', '2021-12-17', '2021-12-17T23:59:59+07:00', { kind: 'submitted_on_time', dueDate: '2021-12-17' }],
    ['2021-12-30', '2021-12-17', '2021-12-17T17:00:00Z', { kind: 'submitted_late', dueDate: '2021-12-17', daysLate: 1 }],
    ['2021-12-30', '2021-12-17', '2021-12-20T08:00:00+07:00', { kind: 'submitted_late', dueDate: '2021-12-17', daysLate: 3 }],
    ['2021-12-01', '2021-12-17', '2021-11-30T20:00:00Z', { kind: 'submitted_on_time', dueDate: '2021-12-17' }],
  ])('today %s, due %s, submitted %s', (today, due, submittedAt, expected) => {
    expect(deadlineStanding(today, due, submittedAt)).toEqual(expected);
    if (submittedAt) expect(deadlineStanding(today, due, new Date(submittedAt))).toEqual(expected);
  });
});

describe('deadlineWording', () => {
  it.each<[DeadlineStanding, string, string]>([
    [{ kind: 'due_in', dueDate: '2021-12-17', daysLeft: 3 }, 'Còn 3 ngày', '3 days left'],
    [{ kind: 'due_in', dueDate: '2021-12-17', daysLeft: 1 }, 'Còn 1 ngày', '1 day left'],
    [{ kind: 'due_today', dueDate: '2021-12-17' }, 'Hạn hôm nay', 'Due today'],
    [{ kind: 'overdue', dueDate: '2021-12-17', daysLate: 1450 }, 'Quá hạn từ 17/12/2021', 'Overdue since 17/12/2021'],
    [{ kind: 'overdue', dueDate: '2022-07-04', daysLate: 2 }, 'Quá hạn từ 04/07/2022', 'Overdue since 04/07/2022'],
    [{ kind: 'submitted_on_time', dueDate: '2021-12-17' }, 'Đúng hạn', 'On time'],
    [{ kind: 'submitted_late', dueDate: '2021-12-17', daysLate: 2 }, 'Gửi trễ 2 ngày', '2 days late'],
    [{ kind: 'submitted_late', dueDate: '2021-12-17', daysLate: 1 }, 'Gửi trễ 1 ngày', '1 day late'],
  ])('%o → %s / %s', (standing, vi, en) => {
    expect(deadlineWording(standing, 'vi')).toBe(vi);
    expect(deadlineWording(standing, 'en')).toBe(en);
  });

  it('inline wording starts small, for parentheses', () => {
    const overdue: DeadlineStanding = { kind: 'overdue', dueDate: '2021-12-17', daysLate: 9 };
    expect(`Chưa gửi (${deadlineWording(overdue, 'vi', { inline: true })})`).toBe('Chưa gửi (quá hạn từ 17/12/2021)');
    expect(deadlineWording({ kind: 'due_today', dueDate: '2021-12-17' }, 'vi', { inline: true })).toBe('hạn hôm nay');
  });

  it('never writes a count of days for an overdue report', () => {
    expect(deadlineWording(deadlineStanding('2025-12-06', '2021-12-17'), 'vi')).not.toMatch(/\d+ ngày/);
  });
});

describe('submissionWording (a document\'s record of a unit)', () => {
  it.each<[SubmissionStatus, number | null, string, string]>([
    ['on_time', null, 'Đúng hạn', 'On time'],
    ['late', 3, 'Gửi trễ 3 ngày', '3 days late'],
    ['missing_overdue', 1450, 'Chưa gửi (quá hạn từ 17/12/2021)', 'Not submitted (overdue since 17/12/2021)'],
    ['missing_not_due', null, 'Chưa gửi (chưa đến hạn)', 'Not submitted (not yet due)'],
  ])('%s (%s days late)', (submissionStatus, daysLate, vi, en) => {
    const unit = { submissionStatus, effectiveDueDate: '2021-12-17', daysLate };
    expect(submissionWording(unit, 'vi')).toBe(vi);
    expect(submissionWording(unit, 'en')).toBe(en);
  });
});

describe('past due', () => {
  it.each([
    ['2021-12-17', '2021-12-16', true],
    ['2021-12-17', '2021-12-17', false],
    ['2021-12-17', '2021-12-18', false],
  ])('today %s, due %s → past %s', (today, due, expected) => {
    expect(isPastDue(today, due)).toBe(expected);
  });

  it.each<[string, string, { agencyId: string; unitDueDate: string | null }[], string[]]>([
    ['every unit when the period\'s date has passed', '2021-12-10', [{ agencyId: 'a', unitDueDate: null }, { agencyId: 'b', unitDueDate: null }], ['a', 'b']],
    ['not a unit whose own date is still ahead', '2021-12-10', [{ agencyId: 'a', unitDueDate: null }, { agencyId: 'b', unitDueDate: '2021-12-20' }], ['a']],
    ['a unit whose own date has passed', '2021-12-24', [{ agencyId: 'a', unitDueDate: '2021-12-14' }, { agencyId: 'b', unitDueDate: null }], ['a']],
    ['none when every date is today or later', '2021-12-15', [{ agencyId: 'a', unitDueDate: null }, { agencyId: 'b', unitDueDate: '2021-12-16' }], []],
  ])('%s', (_case, periodDue, units, expected) => {
    expect(pastDueUnits('2021-12-15', periodDue, units).map((u) => u.agencyId)).toEqual(expected);
  });
});
