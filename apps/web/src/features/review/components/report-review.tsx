import { Breadcrumb, Tabs, message } from 'antd';
import dayjs from 'dayjs';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorResult, ForbiddenResult, NotFoundResult } from '@/components/errors/error-results';
import { ContentSpinner } from '@/components/full-page-spinner';
import { PageHeader } from '@/components/page-header';
import { paths } from '@/config/paths';
import { hasStatus } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { formatDate } from '@/lib/format';
import { useReport } from '@/lib/api/reports';
import { appToday } from '@/lib/app-clock';
import { useGrantExtension } from '../api/grant-extension';
import { useReopenReport } from '../api/reopen-report';
import { AuditTimeline } from './audit-timeline';
import { ReasonModal } from './reason-modal';
import { ReturnReportModal } from './return-report-modal';
import { VersionsPanel } from './versions-panel';
import { ReportContent } from './report-content';
import { ReportFacts } from './report-facts';
import { ReviewActions, type ReviewDialog } from './review-actions';

export interface ReportReviewProps {
  reportId: string;
  /** The comparison of two submitted versions, composed in by the app. */
  compare: ReactNode;
}

/**
 * The office's and leaders' reading of one unit's report: its facts, each section read-only with
 * threaded notes, the review decisions the server allows (`permissions`), the versions and, for
 * the office and the admin, the audit trail.
 */
export function ReportReview({ reportId, compare }: ReportReviewProps) {
  const { t } = useTranslation();
  const report = useReport(reportId);
  const reopen = useReopenReport(reportId);
  const extension = useGrantExtension(reportId);
  const [toast, toastHolder] = message.useMessage();
  const [dialog, setDialog] = useState<ReviewDialog>(null);
  // each opening mounts a fresh form
  const [openings, setOpenings] = useState(0);
  const openDialog = (next: ReviewDialog) => {
    setOpenings(openings + 1);
    setDialog(next);
  };

  if (report.isPending) return <ContentSpinner label={t('common.loading')} />;
  if (report.isError) {
    if (hasStatus(report.error, 404)) {
      return <NotFoundResult title={t('review.notFound')} backTo={paths.app.periods.getHref()} backLabel={t('periods.detail.backToList')} />;
    }
    if (hasStatus(report.error, 403)) return <ForbiddenResult />;
    return <ErrorResult message={errorMessage(report.error, t)} onRetry={() => void report.refetch()} />;
  }

  const data = report.data;
  const today = dayjs(appToday());
  const close = () => setDialog(null);

  const tabs = [
    { key: 'content', label: t('review.tabs.content'), children: <ReportContent report={data} /> },
    { key: 'versions', label: t('review.tabs.versions'), children: <VersionsPanel reportId={data.id} compare={compare} /> },
    ...(data.permissions.canReadAudit
      ? [{ key: 'audit', label: t('review.tabs.audit'), children: <AuditTimeline report={data} /> }]
      : []),
  ];

  return (
    <article>
      {toastHolder}
      <title>{`${data.agency.name} · ${data.period.title} · ${t('app.name')}`}</title>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[
          { key: 'periods', title: <Link to={paths.app.periods.getHref()}>{t('periods.detail.breadcrumb')}</Link> },
          { key: 'period', title: <Link to={paths.app.period.getHref(data.period.id)}>{data.period.title}</Link> },
          { key: 'report', title: data.agency.name },
        ]}
      />
      <PageHeader
        title={data.agency.name}
        description={t('review.subtitle', { period: data.period.title })}
        extra={<ReviewActions report={data} onOpen={openDialog} />}
      />
      <ReportFacts report={data} />
      <Tabs style={{ marginTop: 16 }} items={tabs} />
      {data.permissions.canReview ? <ReturnReportModal key={`return-${openings}`} report={data} open={dialog === 'return'} onClose={close} /> : null}
      {data.permissions.canReopen ? (
        <ReasonModal
          key={`reopen-${openings}`}
          open={dialog === 'reopen'}
          title={t('review.reopen.title')}
          intro={t('review.reopen.intro')}
          pending={reopen.isPending}
          onSubmit={({ reason }) => reopen.mutateAsync({ reason })}
          onClose={close}
        />
      ) : null}
      {data.permissions.canExtend ? (
        <ReasonModal
          key={`extension-${openings}`}
          open={dialog === 'extension'}
          title={t('review.extension.title')}
          intro={t('review.extension.intro', { date: formatDate(data.effectiveDueDate) })}
          dateLabel={t('review.extension.dueDate')}
          dateErrorMessage={t('review.extension.errors.afterDueDate', { date: formatDate(data.unitDueDate ?? data.period.dueDate) })}
          disabledDate={(date) => date.isBefore(today, 'day')}
          pending={extension.isPending}
          onSubmit={async ({ reason, date }) => {
            const requested = date ? date.format('YYYY-MM-DD') : '';
            const granted = await extension.mutateAsync({ reason, dueDate: requested });
            // A weekend or holiday moves to the next working day: say so, the office chose another date.
            if (granted.extendedDueDate && granted.extendedDueDate !== requested) {
              void toast.info(t('review.extension.rolledOver', { requested: formatDate(requested), date: formatDate(granted.extendedDueDate) }), 8);
            } else {
              void toast.success(t('review.extension.done', { date: formatDate(granted.extendedDueDate) }));
            }
          }}
          onClose={close}
        />
      ) : null}
    </article>
  );
}
