import type { ReportDetail } from '@giao-ban/shared';
import { Alert, Card, Descriptions, Tag, Typography, type DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { DeadlineTag } from '@/components/deadline-standing';
import { formatDate, formatDateRange, formatDateTime } from '@/lib/format';
import { ReportStateTag } from '@/components/report-state-tag';

/** The report's state, deadline, submissions and the office's last decision. */
export function ReportFacts({ report }: { report: ReportDetail }) {
  const { t } = useTranslation();
  const items: DescriptionsProps['items'] = [
    { key: 'state', label: t('review.facts.state'), children: <ReportStateTag state={report.state} /> },
    {
      key: 'submission',
      label: t('review.facts.submission'),
      children: <DeadlineTag standing={report.deadline} />,
    },
    {
      key: 'dueDate',
      label: t('review.facts.dueDate'),
      children: report.extendedDueDate ? (
        <span>
          {formatDate(report.effectiveDueDate)}{' '}
          <Tag color="purple">{t('review.board.extended')}</Tag>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {report.unitDueDate
              ? t('review.facts.extendedFromOwn', { date: formatDate(report.unitDueDate) })
              : t('review.facts.extendedFrom', { date: formatDate(report.period.dueDate) })}
            {report.extensionReason ? ` · ${report.extensionReason}` : ''}
          </Typography.Text>
        </span>
      ) : report.unitDueDate ? (
        <span>
          {formatDate(report.effectiveDueDate)} <Tag color="cyan">{t('review.board.ownDueDate')}</Tag>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {t('review.facts.extendedFrom', { date: formatDate(report.period.dueDate) })}
          </Typography.Text>
        </span>
      ) : (
        formatDate(report.effectiveDueDate)
      ),
    },
    { key: 'cutOff', label: t('review.facts.cutOff'), children: formatDateRange(report.period.cutOffFrom, report.period.cutOffTo) },
    {
      key: 'firstSubmittedAt',
      label: t('review.facts.firstSubmittedAt'),
      children: formatDateTime(report.firstSubmittedAt) || t('review.facts.notSubmitted'),
    },
    {
      key: 'lastSubmittedAt',
      label: t('review.facts.lastSubmittedAt'),
      children: formatDateTime(report.lastSubmittedAt) || '—',
    },
    { key: 'version', label: t('review.facts.version'), children: report.versionNumber > 0 ? report.versionNumber : '—' },
  ];
  if (report.revisionDueDate && report.state === 'returned') {
    items.push({ key: 'revisionDueDate', label: t('review.facts.revisionDueDate'), children: formatDate(report.revisionDueDate) });
  }
  return (
    <Card size="small" title={t('review.facts.title')}>
      {report.state === 'returned' && report.returnReason ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={report.reopened ? t('review.facts.reopenedReason') : t('review.facts.returnReason')}
          description={<span style={{ whiteSpace: 'pre-wrap' }}>{report.returnReason}</span>}
        />
      ) : null}
      <Descriptions size="small" bordered column={{ xs: 1, sm: 1, md: 2 }} items={items} />
    </Card>
  );
}
