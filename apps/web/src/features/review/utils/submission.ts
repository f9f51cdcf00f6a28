import type { SubmissionStatus } from '@giao-ban/shared';
import type { TFunction } from 'i18next';

/** "Đúng hạn", "Trễ 3 ngày", "Chưa gửi (còn hạn)", "Chưa gửi (quá hạn 5 ngày)". */
export function submissionLabel(
  { submissionStatus, daysLate }: { submissionStatus: SubmissionStatus; daysLate: number | null },
  t: TFunction,
): string {
  switch (submissionStatus) {
    case 'on_time':
      return t('review.submission.on_time');
    case 'late':
      return daysLate ? t('review.submission.lateDays', { count: daysLate }) : t('review.submission.late');
    case 'missing_not_due':
      return t('review.submission.missing_not_due');
    case 'missing_overdue':
      return daysLate ? t('review.submission.overdueDays', { count: daysLate }) : t('review.submission.missing_overdue');
  }
}

export const SUBMISSION_COLORS: Record<SubmissionStatus, string> = {
  on_time: 'green',
  late: 'orange',
  missing_not_due: 'blue',
  missing_overdue: 'red',
};
