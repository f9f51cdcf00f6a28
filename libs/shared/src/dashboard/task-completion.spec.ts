import { classifyTask, completionRate, rate, type TaskFacts } from './task-completion.js';

const facts = (f: Partial<TaskFacts>): TaskFacts => ({
  applicable: true,
  status: null,
  submitted: false,
  submittedOnTime: false,
  pastDue: false,
  ...f,
});

describe('classifyTask', () => {
  it.each<[Partial<TaskFacts>, string]>([
    [{ submitted: true, submittedOnTime: true, status: 'done' }, 'done_on_time'],
    [{ submitted: true, submittedOnTime: false, status: 'done', pastDue: true }, 'done_late'],
    [{ submitted: true, submittedOnTime: true, status: 'in_progress' }, 'in_progress_within_deadline'],
    [{ submitted: true, submittedOnTime: true, status: 'in_progress', pastDue: true }, 'overdue'],
    [{ submitted: true, submittedOnTime: true, status: 'not_started', pastDue: true }, 'overdue'],
    [{ submitted: false, status: 'done' }, 'in_progress_within_deadline'],
    [{ submitted: false, status: 'done', pastDue: true }, 'overdue'],
    [{ applicable: false, submitted: true, status: 'done' }, 'not_applicable'],
    [{ submitted: true, status: 'not_applicable' }, 'not_applicable'],
  ])('%o → %s', (f, expected) => {
    expect(classifyTask(facts(f))).toBe(expected);
  });
});

describe('completionRate', () => {
  it.each([
    [{ doneOnTime: 3, doneLate: 1, overdue: 4 }, 0.5],
    [{ doneOnTime: 0, doneLate: 0, overdue: 2 }, 0],
    [{ doneOnTime: 5, doneLate: 0, overdue: 0 }, 1],
    [{ doneOnTime: 0, doneLate: 0, overdue: 0 }, null],
  ])('%o → %s', (counts, expected) => {
    expect(completionRate(counts)).toBe(expected);
  });

  it('rate is null for an empty whole', () => {
    expect(rate(0, 0)).toBeNull();
    expect(rate(7, 8)).toBe(0.875);
  });
});
