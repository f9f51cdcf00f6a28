import { effectiveDueDate, isSubmittedOnTime } from './timeliness.js';
import { earliestDueDate, isWorkingDay, shiftToWorkingDay } from './working-days.js';
import { addDays, formatInstantVi, formatLocalDateVi, parseLocalDate, toLocalDate, vietnamClock } from './local-date.js';

describe('local dates in Asia/Ho_Chi_Minh', () => {
  it.each([
    ['2021-12-16T16:59:59.999Z', '2021-12-16'],
    ['2021-12-16T17:00:00.000Z', '2021-12-17'],
    ['2021-12-31T20:00:00.000Z', '2022-01-01'],
  ])('%s is local date %s', (instant, date) => {
    expect(toLocalDate(new Date(instant))).toBe(date);
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2021-12-31', 1)).toBe('2022-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('formats dd/MM/yyyy', () => {
    expect(formatLocalDateVi('2021-07-04')).toBe('04/07/2021');
  });

  it.each([
    ['2021-12-17T09:45:07Z', '16:45 17/12/2021', '16:45:07'],
    ['2021-12-31T17:00:00Z', '00:00 01/01/2022', '00:00:00'],
    [new Date('2022-06-17T16:59:59.999Z'), '23:59 17/06/2022', '23:59:59'],
  ])('the instant %p reads %s on the Vietnamese clock', (instant, dateTime, time) => {
    expect(formatInstantVi(instant)).toBe(dateTime);
    expect(vietnamClock(instant)?.time).toBe(time);
  });

  it('an invalid instant has no clock reading', () => {
    expect(vietnamClock('not a date')).toBeNull();
    expect(formatInstantVi('not a date')).toBe('');
  });

  it.each(['2021-02-30', '2021-13-01', '21-01-01', ''])('rejects %p', (bad) => {
    expect(() => parseLocalDate(bad)).toThrow(RangeError);
  });
});

describe('isSubmittedOnTime', () => {
  it.each([
    ['2021-12-16T23:59:59+07:00', '2021-12-16', true],
    ['2021-12-16T23:59:59.999+07:00', '2021-12-16', true],
    ['2021-12-17T00:00:00+07:00', '2021-12-16', false],
    ['2021-12-16T16:59:59Z', '2021-12-16', true],
    ['2021-12-16T17:00:00Z', '2021-12-16', false],
    ['2021-12-01T08:00:00+07:00', '2021-12-16', true],
  ])('submitted %s, due %s → on time %s', (at, due, expected) => {
    expect(isSubmittedOnTime(new Date(at), due)).toBe(expected);
  });

  it('an extension moves the line', () => {
    const due = effectiveDueDate({ periodDueDate: '2021-12-16', extendedTo: '2021-12-20' });
    expect(due).toBe('2021-12-20');
    expect(isSubmittedOnTime(new Date('2021-12-18T10:00:00+07:00'), due)).toBe(true);
  });
});

describe('working days', () => {
  const holidays = new Set(['2022-01-31', '2022-02-01', '2022-02-02', '2022-02-03', '2022-02-04']);

  it.each([
    ['2021-12-14', true], // Tuesday
    ['2021-12-18', false], // Saturday
    ['2021-12-19', false], // Sunday
    ['2022-02-01', false], // Tết
  ])('%s working day: %s', (date, expected) => {
    expect(isWorkingDay(date, holidays)).toBe(expected);
  });

  it.each([
    ['2021-12-17', '2021-12-17'], // Friday stays
    ['2021-12-18', '2021-12-20'], // Saturday → Monday
    ['2022-01-29', '2022-02-07'], // Saturday before Tết → Monday after it
  ])('shifts %s to %s', (date, expected) => {
    expect(shiftToWorkingDay(date, holidays)).toBe(expected);
  });

  it.each([
    ['2021-12-14', '2021-12-15'], // Tuesday cut-off → Wednesday
    ['2021-12-17', '2021-12-20'], // Friday cut-off → Monday
    ['2022-01-28', '2022-02-07'], // cut-off before Tết → first day after it
  ])('earliest due date after cut-off %s is %s', (cutOffTo, expected) => {
    expect(earliestDueDate(cutOffTo, holidays)).toBe(expected);
  });
});
