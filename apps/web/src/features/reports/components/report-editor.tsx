import type { Attachment, ReportDetail, ReportSectionDetail, ReviewNote } from '@giao-ban/shared';
import { Breadcrumb, Card, Flex, Typography, message } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorResult, ForbiddenResult, NotFoundResult } from '@/components/errors/error-results';
import { ContentSpinner } from '@/components/full-page-spinner';
import { PageHeader } from '@/components/page-header';
import { ReportDocumentButton } from '@/components/report-document-button';
import { paths } from '@/config/paths';
import { hasStatus } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { updateCachedSection, useReport } from '@/lib/api/reports';
import { AutosaveRegistry } from '../hooks/autosave-registry';
import { AttachmentList } from './attachment-list';
import { ReportActions, type Notify } from './report-actions';
import { ReportSectionCard } from './report-section-card';
import { sectionElementId, useSectionTitle } from './section-heading';
import { ReportNotices, ReportSummaryBar } from './report-summary-bar';
import { ReviewNotes } from './review-notes';
import { VersionHistoryButton } from './version-history';

const EMPTY_NOTES: ReviewNote[] = [];
const EMPTY_ATTACHMENTS: Attachment[] = [];

/** May the user change this section now? A returned report opens only its returned sections. */
export function isSectionEditable(report: ReportDetail, section: ReportSectionDetail): boolean {
  if (!report.permissions.canEdit || !section.applicable) return false;
  return report.state !== 'returned' || section.returned;
}

/** Scrolls to a section and puts the focus on its status choice. */
function revealSection(sectionId: string): void {
  const element = document.getElementById(sectionElementId(sectionId));
  if (!element) return;
  element.scrollIntoView?.({ behavior: 'smooth', block: 'start' });
  element.querySelector<HTMLElement>('input[role="combobox"], textarea')?.focus({ preventScroll: true });
}

function Editor({ report }: { report: ReportDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [registry] = useState(() => new AutosaveRegistry());
  const autosave = useSyncExternalStore(registry.subscribe, registry.getSnapshot, registry.getSnapshot);
  const [missingStatus, setMissingStatus] = useState<ReadonlySet<string>>(() => new Set());
  const [messageApi, messageHolder] = message.useMessage();
  const sectionTitle = useSectionTitle();
  const reportId = report.id;

  const onSaved = useCallback(
    (section: ReportSectionDetail) => updateCachedSection(queryClient, reportId, section),
    [queryClient, reportId],
  );
  const onStatusChosen = useCallback((sectionId: string) => {
    setMissingStatus((current) => {
      if (!current.has(sectionId)) return current;
      const next = new Set(current);
      next.delete(sectionId);
      return next;
    });
  }, []);
  const notify = useCallback<Notify>((type, content) => void messageApi.open({ type, content }), [messageApi]);
  const onMissingStatus = useCallback((sectionIds: string[]) => {
    setMissingStatus(new Set(sectionIds));
    // after the highlight renders
    setTimeout(() => revealSection(sectionIds[0]), 0);
  }, []);

  /** The office's notes on each section (the replies stay in the thread at the end). */
  const notesBySection = useMemo(() => {
    const map = new Map<string, ReviewNote[]>();
    for (const note of report.notes) {
      if (!note.sectionId || note.parentId || note.authorRole !== 'office') continue;
      map.set(note.sectionId, [...(map.get(note.sectionId) ?? []), note]);
    }
    return map;
  }, [report.notes]);

  /** Evidence files by section (`''` for the whole report's), in a stable array per section for the memoised cards. */
  const attachmentsBySection = useMemo(() => {
    const map = new Map<string, Attachment[]>();
    for (const attachment of report.attachments ?? []) {
      const key = attachment.sectionId ?? '';
      map.set(key, [...(map.get(key) ?? []), attachment]);
    }
    return map;
  }, [report.attachments]);
  const reportAttachments = attachmentsBySection.get('') ?? EMPTY_ATTACHMENTS;

  const taskGroupSections = report.sections.filter((section) => section.taskGroupId !== null);
  const generalSections = report.sections.filter((section) => section.generalKey !== null);
  const anyEditable = report.sections.some((section) => isSectionEditable(report, section));

  const renderSection = (section: ReportSectionDetail) => (
    <li key={section.id}>
      <ReportSectionCard
        reportId={reportId}
        section={section}
        editable={isSectionEditable(report, section)}
        registry={registry}
        onSaved={onSaved}
        notes={notesBySection.get(section.id) ?? EMPTY_NOTES}
        missingStatus={missingStatus.has(section.id)}
        onStatusChosen={onStatusChosen}
        attachments={attachmentsBySection.get(section.id) ?? EMPTY_ATTACHMENTS}
      />
    </li>
  );

  const listStyle = { listStyle: 'none', padding: 0, margin: 0 } as const;
  const title = `${report.period.title} — ${report.agency.name}`;

  return (
    <article>
      {messageHolder}
      <title>{`${title} · ${t('app.name')}`}</title>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[
          { key: 'mine', title: <Link to={paths.app.myReports.getHref()}>{t('reports.editor.breadcrumb')}</Link> },
          { key: 'report', title: report.period.title },
        ]}
      />
      <PageHeader title={title} />
      <ReportSummaryBar
        report={report}
        autosave={autosave}
        editable={anyEditable}
        onRetrySave={() => void registry.flushAll()}
        actions={
          <>
            <ReportActions report={report} registry={registry} notify={notify} onMissingStatus={onMissingStatus} />
            <VersionHistoryButton reportId={reportId} />
            <ReportDocumentButton reportId={reportId} />
          </>
        }
      />
      <ReportNotices report={report} restoredCount={autosave.restoredCount} />

      <section aria-labelledby="task-groups-heading">
        <Typography.Title level={2} id="task-groups-heading" style={{ fontSize: 20, margin: '8px 0 12px' }}>
          {t('reports.editor.taskGroupsHeading')}
        </Typography.Title>
        <Flex vertical gap={12} component="ol" style={listStyle}>
          {taskGroupSections.map(renderSection)}
        </Flex>
      </section>

      {generalSections.length > 0 ? (
        <section aria-labelledby="general-heading" style={{ marginTop: 24 }}>
          <Typography.Title level={2} id="general-heading" style={{ fontSize: 20, margin: '0 0 12px' }}>
            {t('reports.editor.generalHeading')}
          </Typography.Title>
          <Flex vertical gap={12} component="ul" style={listStyle}>
            {generalSections.map(renderSection)}
          </Flex>
        </section>
      ) : null}

      <section aria-labelledby="attachments-heading" style={{ marginTop: 24 }}>
        <Typography.Title level={2} id="attachments-heading" style={{ fontSize: 20, margin: '0 0 12px' }}>
          {t('reports.attachments.reportHeading')}
        </Typography.Title>
        <Card size="small">
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {report.permissions.canEdit || reportAttachments.length > 0
              ? t('reports.attachments.reportHint')
              : t('reports.attachments.empty')}
          </Typography.Paragraph>
          <AttachmentList reportId={reportId} sectionId={null} attachments={reportAttachments} editable={report.permissions.canEdit} />
        </Card>
      </section>

      <ReviewNotes
        reportId={reportId}
        notes={report.notes}
        canReply={report.permissions.canComment}
        sectionTitle={(sectionId) => {
          const section = report.sections.find((candidate) => candidate.id === sectionId);
          return section ? sectionTitle(section) : null;
        }}
      />
    </article>
  );
}

/** A unit's report for one period: the sections to write, autosaved, and the buttons to send it. */
export function ReportEditor({ reportId }: { reportId: string }) {
  const { t } = useTranslation();
  const report = useReport(reportId);

  // a failed background refetch keeps the editor (and what is being typed) on screen
  if (report.data) return <Editor report={report.data} />;
  if (report.isPending) return <ContentSpinner label={t('common.loading')} />;
  if (report.isError) {
    if (hasStatus(report.error, 404)) {
      return (
        <NotFoundResult
          title={t('reports.editor.notFound')}
          subTitle={t('reports.editor.notFoundHint')}
          backTo={paths.app.myReports.getHref()}
          backLabel={t('reports.editor.backToList')}
        />
      );
    }
    if (hasStatus(report.error, 403)) return <ForbiddenResult subTitle={t('reports.editor.forbidden')} />;
  }
  return <ErrorResult message={errorMessage(report.error, t)} onRetry={() => void report.refetch()} />;
}
