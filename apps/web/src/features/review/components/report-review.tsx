import { toLocalDate, type ReportDetail, type ReportSectionDetail } from '@giao-ban/shared';
import {
  Alert,
  Breadcrumb,
  Button,
  Card,
  Descriptions,
  Flex,
  Grid,
  Modal,
  Switch,
  Tabs,
  Tag,
  Typography,
  message,
  type DescriptionsProps,
} from 'antd';
import dayjs from 'dayjs';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DeadlineTag } from '@/components/deadline-standing';
import { ErrorResult, ForbiddenResult, NotFoundResult } from '@/components/errors/error-results';
import { ContentSpinner } from '@/components/full-page-spinner';
import { TEXT_SECONDARY } from '@/components/layouts/theme';
import { PageHeader } from '@/components/page-header';
import { ReportDocumentButton } from '@/components/report-document-button';
import { paths } from '@/config/paths';
import { hasStatus } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { formatDate, formatDateRange, formatDateTime, formatNumber } from '@/lib/format';
import { useAcceptReport } from '../api/accept-report';
import { useReport } from '@/lib/api/reports';
import { useGrantExtension } from '../api/grant-extension';
import { useReopenReport } from '../api/reopen-report';
import { useSetSectionApplicability } from '../api/set-section-applicability';
import { sectionTitle } from '../utils/section-title';
import { AuditTimeline } from './audit-timeline';
import { ReportAttachments } from './report-attachments';
import { ReasonModal } from './reason-modal';
import { ReportStateTag } from '@/components/report-state-tag';
import { ReturnReportModal } from './return-report-modal';
import { ReviewNotes } from './review-notes';
import { VersionsPanel } from './versions-panel';

function ApplicabilitySwitch({ reportId, section }: { reportId: string; section: ReportSectionDetail }) {
  const { t } = useTranslation();
  const id = useId();
  const setApplicability = useSetSectionApplicability(reportId);
  return (
    <Flex vertical align="flex-end" gap={2}>
      <Flex align="center" gap={6}>
        <label htmlFor={id} style={{ fontSize: 13 }}>
          {t('review.section.applicable')}
        </label>
        <Switch
          id={id}
          size="small"
          checked={section.applicable}
          loading={setApplicability.isPending}
          onChange={(applicable) => setApplicability.mutate({ sectionId: section.id, applicable })}
        />
      </Flex>
      {setApplicability.isError ? (
        <Typography.Text type="danger" style={{ fontSize: 12 }}>
          {errorMessage(setApplicability.error, t)}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}

function IndicatorValues({ section }: { section: ReportSectionDetail }) {
  const { t } = useTranslation();
  const indicators = [...(section.taskGroup?.indicators ?? [])].sort((a, b) => a.ordinal - b.ordinal);
  if (indicators.length === 0) return null;
  return (
    <dl
      aria-label={t('review.section.indicators')}
      style={{ margin: '8px 0 0', display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) auto', gap: '4px 12px' }}
    >
      {indicators.map((indicator) => {
        const value = section.indicatorValues.find((entry) => entry.indicatorId === indicator.id)?.value ?? null;
        return (
          <div key={indicator.id} style={{ display: 'contents' }}>
            <dt style={{ color: 'rgba(0,0,0,0.65)' }}>
              {indicator.name}
              {indicator.target !== null ? (
                <span style={{ fontSize: 12, color: TEXT_SECONDARY }}>
                  {' '}
                  ({t('review.section.target', { target: formatNumber(indicator.target), unit: indicator.unit })})
                </span>
              ) : null}
            </dt>
            <dd style={{ margin: 0, textAlign: 'right', fontWeight: 500, whiteSpace: 'nowrap' }}>
              {value === null ? '—' : `${formatNumber(value)} ${indicator.unit}`}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

function SectionCard({ report, section }: { report: ReportDetail; section: ReportSectionDetail }) {
  const { t } = useTranslation();
  const isTaskGroup = section.taskGroup !== null;
  const headingId = useId();
  return (
    <Card size="small" role="region" aria-labelledby={headingId} style={section.returned ? { borderColor: '#ffbb96' } : undefined}>
      <Flex justify="space-between" align="flex-start" gap={12} wrap>
        <Typography.Title level={3} id={headingId} style={{ fontSize: 16, margin: 0, flex: '1 1 240px' }}>
          {sectionTitle(section)}
        </Typography.Title>
        {isTaskGroup && report.permissions.canSetApplicability ? (
          <ApplicabilitySwitch reportId={report.id} section={section} />
        ) : null}
      </Flex>
      <Flex wrap gap={4} style={{ marginTop: 6 }}>
        {isTaskGroup ? (
          section.status ? (
            <Tag color={section.status === 'done' ? 'green' : section.status === 'in_progress' ? 'blue' : 'default'}>
              {t(`review.taskStatus.${section.status}`)}
            </Tag>
          ) : (
            <Tag>{t('review.section.noStatus')}</Tag>
          )
        ) : null}
        {!section.applicable && section.status !== 'not_applicable' ? <Tag>{t('review.taskStatus.not_applicable')}</Tag> : null}
        {section.returned ? <Tag color="orange">{t('review.section.returned')}</Tag> : null}
      </Flex>
      {section.text ? (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '8px 0 0' }}>{section.text}</Typography.Paragraph>
      ) : (
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          {t('review.section.empty')}
        </Typography.Paragraph>
      )}
      <IndicatorValues section={section} />
      <ReportAttachments
        reportId={report.id}
        attachments={(report.attachments ?? []).filter((attachment) => attachment.sectionId === section.id)}
      />
      <ReviewNotes
        reportId={report.id}
        sectionId={section.id}
        notes={report.notes}
        canComment={report.permissions.canComment}
      />
    </Card>
  );
}

function ReportContent({ report }: { report: ReportDetail }) {
  const { t } = useTranslation();
  const taskGroups = report.sections.filter((section) => section.taskGroup !== null);
  const general = report.sections.filter((section) => section.taskGroup === null);
  return (
    <Flex vertical gap={16}>
      <section aria-labelledby="task-group-sections">
        <Typography.Title level={2} id="task-group-sections" style={{ fontSize: 18 }}>
          {t('review.section.taskGroupsTitle')}
        </Typography.Title>
        <Flex vertical gap={12}>
          {taskGroups.map((section) => (
            <SectionCard key={section.id} report={report} section={section} />
          ))}
        </Flex>
      </section>
      <section aria-labelledby="general-sections">
        <Typography.Title level={2} id="general-sections" style={{ fontSize: 18 }}>
          {t('review.section.generalTitle')}
        </Typography.Title>
        <Flex vertical gap={12}>
          {general.map((section) => (
            <SectionCard key={section.id} report={report} section={section} />
          ))}
        </Flex>
      </section>
      <section aria-labelledby="report-notes">
        <Card size="small">
          <Typography.Title level={2} id="report-notes" style={{ fontSize: 16, margin: 0 }}>
            {t('review.notes.wholeReport')}
          </Typography.Title>
          <ReportAttachments
            reportId={report.id}
            attachments={(report.attachments ?? []).filter((attachment) => attachment.sectionId === null)}
          />
          <ReviewNotes
            reportId={report.id}
            sectionId={null}
            notes={report.notes}
            canComment={report.permissions.canComment}
            showEmpty
          />
        </Card>
      </section>
    </Flex>
  );
}

function ReportFacts({ report }: { report: ReportDetail }) {
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

type Dialog = 'return' | 'reopen' | 'extension' | null;

function ReviewActions({ report, onOpen }: { report: ReportDetail; onOpen: (dialog: Dialog) => void }) {
  const { t } = useTranslation();
  const [modal, modalHolder] = Modal.useModal();
  const [toast, toastHolder] = message.useMessage();
  const accept = useAcceptReport(report.id);
  // beside the title on a desktop, under it on a phone
  const wide = Boolean(Grid.useBreakpoint().md);
  const { canReview, canReopen, canExtend } = report.permissions;

  const confirmAccept = () =>
    void modal.confirm({
      title: t('review.accept.confirmTitle'),
      content: t('review.accept.confirmContent', { agency: report.agency.name, version: report.versionNumber }),
      okText: t('review.confirm'),
      cancelText: t('review.cancel'),
      onOk: () =>
        accept.mutateAsync().then(
          () => void toast.success(t('review.accept.done')),
          (error: unknown) => void toast.error(errorMessage(error, t)),
        ),
    });

  return (
    <Flex wrap gap={8} justify={wide ? 'flex-end' : 'flex-start'}>
      {modalHolder}
      {toastHolder}
      {canReview ? (
        <Button type="primary" loading={accept.isPending} onClick={confirmAccept}>
          {t('review.accept.button')}
        </Button>
      ) : null}
      {canReview ? <Button onClick={() => onOpen('return')}>{t('review.return.button')}</Button> : null}
      {canReopen ? <Button onClick={() => onOpen('reopen')}>{t('review.reopen.button')}</Button> : null}
      {canExtend ? <Button onClick={() => onOpen('extension')}>{t('review.extension.button')}</Button> : null}
      <ReportDocumentButton reportId={report.id} />
    </Flex>
  );
}

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
  const [dialog, setDialog] = useState<Dialog>(null);
  // each opening mounts a fresh form
  const [openings, setOpenings] = useState(0);
  const openDialog = (next: Dialog) => {
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
  const today = dayjs(toLocalDate(new Date()));
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
