import type { WorkingCalendar } from '../deadlines/working-days.js';
import { planBulletinYear, validateBulletinPlan } from './bulletin-year-plan.js';
import type { PlanBulletinYearRequest } from './bulletin.types.js';

const request = (extra: Partial<PlanBulletinYearRequest> = {}): PlanBulletinYearRequest => ({
  year: 2021,
  firstNumber: 1,
  deadlineDays: [10, 25],
  windowDays: 10,
  ...extra,
});
// 2021: Quốc khánh 02/09 and 03/09.
const calendar: WorkingCalendar = { holidays: new Set(['2021-09-02', '2021-09-03']), rollOver: true };

describe(planBulletinYear.name, () => {
  const plan = planBulletinYear(request(), calendar);

  it('plans two issues a month, numbered through the year', () => {
    expect(plan).toHaveLength(24);
    expect(plan.map((i) => i.number)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(plan[23].label).toBe('Số 24/2021');
  });

  it.each([
    // number, month, window start, deadline, rolled over
    [1, 1, '2021-01-01', '2021-01-11', true], // Sunday 10/01 → Monday 11/01
    [13, 7, '2021-07-01', '2021-07-12', true], // Saturday 10/07 → Monday 12/07
    [14, 7, '2021-07-16', '2021-07-26', true], // Sunday 25/07 → Monday 26/07
    [16, 8, '2021-08-16', '2021-08-25', false],
    [17, 9, '2021-09-01', '2021-09-10', false],
    [23, 12, '2021-12-01', '2021-12-10', false],
  ])('Số %i: month %i, window %s, deadline %s (moved: %s)', (number, month, windowStart, deadline, rolled) => {
    const issue = plan.find((i) => i.number === number)!;
    expect(issue).toMatchObject({ month, windowStart, deadline, deadlineRolledOver: rolled, label: `Số ${number}/2021` });
  });

  it('rolls a deadline over holidays like a period’s due date', () => {
    const [issue] = planBulletinYear(request({ deadlineDays: [2], firstNumber: 1 }), calendar).filter((i) => i.month === 9);
    expect(issue.deadline).toBe('2021-09-06'); // Thu 02 and Fri 03 off, then the weekend
  });

  it('keeps the chosen day when the period-style roll-over is off', () => {
    const [issue] = planBulletinYear(request({ deadlineDays: [2] }), { holidays: calendar.holidays, rollOver: false }).filter((i) => i.month === 9);
    expect(issue).toMatchObject({ deadline: '2021-09-02', deadlineRolledOver: false });
  });

  it('takes a day past the month’s end as its last day, once', () => {
    const feb = planBulletinYear(request({ deadlineDays: [15, 30, 31] }), calendar).filter((i) => i.month === 2);
    expect(feb.map((i) => i.windowStart)).toEqual(['2021-02-06', '2021-02-19']);
    expect(feb.map((i) => i.deadline)).toEqual(['2021-02-15', '2021-03-01']); // 28/02/2021 is a Sunday
  });

  it('starts numbering where the office says and may open a window in the previous year', () => {
    const next = planBulletinYear({ year: 2022, firstNumber: 25, deadlineDays: [5], windowDays: 10 }, { holidays: new Set(), rollOver: true });
    expect(next[0]).toMatchObject({ number: 25, label: 'Số 25/2022', windowStart: '2021-12-27' });
    expect(next).toHaveLength(12);
  });
});

describe(validateBulletinPlan.name, () => {
  const fields = (extra: Partial<PlanBulletinYearRequest>) => validateBulletinPlan(request(extra)).map((e) => e.field);

  it.each<[string, Partial<PlanBulletinYearRequest>, string[]]>([
    ['the default plan', {}, []],
    ['one issue a month', { deadlineDays: [20] }, []],
    ['a year out of range', { year: 1999 }, ['year']],
    ['a fractional year', { year: 2021.5 }, ['year']],
    ['number 0', { firstNumber: 0 }, ['firstNumber']],
    ['no deadline day', { deadlineDays: [] }, ['deadlineDays']],
    ['five a month', { deadlineDays: [1, 5, 10, 15, 20] }, ['deadlineDays']],
    ['day 32', { deadlineDays: [10, 32] }, ['deadlineDays.1']],
    ['days out of order', { deadlineDays: [25, 10] }, ['deadlineDays.1']],
    ['a day twice', { deadlineDays: [10, 10] }, ['deadlineDays.1']],
    ['an empty window', { windowDays: 0 }, ['windowDays']],
    ['a window over a month', { windowDays: 32 }, ['windowDays']],
  ])('%s', (_label, extra, expected) => {
    expect(fields(extra)).toEqual(expected);
  });
});
