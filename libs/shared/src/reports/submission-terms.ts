import type { SubmissionStatus } from './report.types.js';

/**
 * One vocabulary for a submission's timeliness, on screen and on paper: a unit's standing in a
 * period (its first submission against its due date, or missing) and each submitted version (the
 * first against the due date, a revision against the revision due date).
 */
export const SUBMISSION_TERMS = ['on_time', 'late', 'missing_not_due', 'missing_overdue', 'revision_on_time', 'revision_late'] as const;
export type SubmissionTerm = (typeof SUBMISSION_TERMS)[number];

export type TermLocale = 'vi' | 'en';

const WORDS: Record<TermLocale, Record<SubmissionTerm, string>> = {
  vi: {
    on_time: 'Đúng hạn',
    late: 'Trễ hạn',
    missing_not_due: 'Chưa gửi (chưa đến hạn)',
    missing_overdue: 'Chưa gửi (quá hạn)',
    revision_on_time: 'Bổ sung đúng hạn',
    revision_late: 'Bổ sung trễ hạn',
  },
  en: {
    on_time: 'On time',
    late: 'Late',
    missing_not_due: 'Not submitted (not yet due)',
    missing_overdue: 'Not submitted (overdue)',
    revision_on_time: 'Revision on time',
    revision_late: 'Revision late',
  },
};

/** A unit's standing in a period, as a term. */
export function submissionStatusTerm(status: SubmissionStatus): SubmissionTerm {
  return status;
}

/**
 * A submitted version, as a term: version 1 is judged against the due date, like the report's own
 * status; a later one is a revision, judged against the revision due date, and named as such.
 */
export function versionTimelinessTerm(version: { number: number; onTime: boolean }): SubmissionTerm {
  if (version.number > 1) return version.onTime ? 'revision_on_time' : 'revision_late';
  return version.onTime ? 'on_time' : 'late';
}

export function submissionTermWording(term: SubmissionTerm, locale: TermLocale): string {
  return WORDS[locale][term];
}
