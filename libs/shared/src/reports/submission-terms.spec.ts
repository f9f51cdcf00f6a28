import { SUBMISSION_STATUSES } from './report.types.js';
import { SUBMISSION_TERMS, submissionStatusTerm, submissionTermWording, versionTimelinessTerm, type SubmissionTerm } from './submission-terms.js';

describe('versionTimelinessTerm', () => {
  it.each<[number, boolean, SubmissionTerm, string]>([
    [1, true, 'on_time', 'Đúng hạn'],
    [1, false, 'late', 'Trễ hạn'],
    [2, true, 'revision_on_time', 'Bổ sung đúng hạn'],
    [2, false, 'revision_late', 'Bổ sung trễ hạn'],
    [5, false, 'revision_late', 'Bổ sung trễ hạn'],
  ])('version %i, on time %s: %s, "%s"', (number, onTime, term, vi) => {
    expect(versionTimelinessTerm({ number, onTime })).toBe(term);
    expect(submissionTermWording(term, 'vi')).toBe(vi);
  });
});

describe('submissionStatusTerm', () => {
  it.each<[(typeof SUBMISSION_STATUSES)[number], string, string]>([
    ['on_time', 'Đúng hạn', 'On time'],
    ['late', 'Trễ hạn', 'Late'],
    ['missing_not_due', 'Chưa gửi (chưa đến hạn)', 'Not submitted (not yet due)'],
    ['missing_overdue', 'Chưa gửi (quá hạn)', 'Not submitted (overdue)'],
  ])('%s: "%s", "%s"', (status, vi, en) => {
    expect(submissionTermWording(submissionStatusTerm(status), 'vi')).toBe(vi);
    expect(submissionTermWording(submissionStatusTerm(status), 'en')).toBe(en);
  });

  it('names every status a unit can have', () => {
    expect(SUBMISSION_STATUSES.map(submissionStatusTerm)).toEqual(SUBMISSION_STATUSES);
  });
});

describe('submissionTermWording', () => {
  it('gives every term its own words in each language', () => {
    for (const locale of ['vi', 'en'] as const) {
      const words = SUBMISSION_TERMS.map((term) => submissionTermWording(term, locale));
      expect(new Set(words).size).toBe(SUBMISSION_TERMS.length);
    }
  });
});
