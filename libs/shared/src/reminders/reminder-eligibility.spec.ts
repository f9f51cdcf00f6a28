import type { ReportState } from '../reports/report.types.js';
import { manualReminderRefusal, type ManualReminderRefusal } from './reminder-eligibility.js';

describe('manualReminderRefusal (đôn đốc only to units that still owe their report)', () => {
  it.each<[ReportState | null, ManualReminderRefusal | null]>([
    [null, 'notObliged'],
    ['not_started', null],
    ['draft', null],
    ['awaiting_approval', null],
    ['returned', null],
    ['submitted', 'alreadySubmitted'],
    ['accepted', 'alreadySubmitted'],
  ])('%s → %s', (state, expected) => {
    expect(manualReminderRefusal(state)).toBe(expected);
  });
});
