import type { SubmissionStatus } from '@giao-ban/shared';
import type { TFunction } from 'i18next';

/** "Đúng hạn", "Trễ 3 ngày", "Chưa gửi (còn hạn)", "Chưa gửi (quá hạn 5 ngày)". */
export function submissionLabel(
  { submissionStatus, daysLate }: { submissionStatus: SubmissionStatus; daysLate: number | null },
  t: TFunction,
  count: (value: number) => string,
): string {
  switch (submissionStatus) {
    case 'on_time':
      return t('dashboard.submission.on_time');
    case 'late':
      return daysLate ? t('dashboard.submission.lateDays', { count: daysLate, days: count(daysLate) }) : t('dashboard.submission.late');
    case 'missing_not_due':
      return t('dashboard.submission.missing_not_due');
    case 'missing_overdue':
      return daysLate
        ? t('dashboard.submission.overdueDays', { count: daysLate, days: count(daysLate) })
        : t('dashboard.submission.missing_overdue');
  }
}
