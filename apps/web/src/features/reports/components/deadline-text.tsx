import type { SubmissionStatus } from '@giao-ban/shared';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { deadlineWording } from '../utils/deadline';

/** "Còn N ngày" / "Hôm nay là hạn cuối" / "Quá hạn N ngày" / "Trễ N ngày" / "Đúng hạn", coloured by urgency. */
export function DeadlineText(props: { submissionStatus: SubmissionStatus; daysLeft: number | null; daysLate: number | null }) {
  const { t } = useTranslation();
  const wording = deadlineWording(props);
  if (!wording) return null;
  const text = t(`reports.deadline.${wording.key}`, { count: wording.count ?? 0 });
  return (
    <Typography.Text type={wording.tone} strong={wording.tone === 'danger' || wording.tone === 'warning'}>
      {text}
    </Typography.Text>
  );
}
