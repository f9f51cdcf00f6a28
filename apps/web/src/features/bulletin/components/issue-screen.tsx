import type { BulletinIssueDetail, Role } from '@giao-ban/shared';
import { Breadcrumb, Button, Flex, Popconfirm, Tabs, Typography, message } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorResult, ForbiddenResult, NotFoundResult } from '@/components/errors/error-results';
import { ContentSpinner } from '@/components/full-page-spinner';
import { PageHeader } from '@/components/page-header';
import { paths } from '@/config/paths';
import { hasStatus } from '@/lib/api-client';
import { useBulletinIssue } from '@/lib/api/bulletins';
import { canEditBulletin } from '@/lib/authorization';
import { errorMessage } from '@/lib/error-message';
import { formatDate } from '@/lib/format';
import { usePublishBulletinIssue, useUpdateBulletinIssue } from '../api/update-issue';
import { BulletinIssueStateTag } from './bulletin-tags';
import { IssueDownloads } from './issue-downloads';
import { IssueSettings } from './issue-settings';
import { ItemInbox } from './item-inbox';
import { LayoutEditor } from './layout-editor';
import { PublishedIssue } from './published-issue';
import { UnitIssueView } from './unit-issue-view';

/** The office's hand on the window (open now, close now, back to the dates) and the publication. */
function OfficeActions({ issue }: { issue: BulletinIssueDetail }) {
  const { t } = useTranslation();
  const [toast, toastHolder] = message.useMessage();
  const update = useUpdateBulletinIssue(issue.id);
  const publish = usePublishBulletinIssue(issue.id);
  const accepted = issue.counts.accepted;
  // an issue is published once its window has closed (the API refuses it while units may still send)
  const editing = issue.state === 'editing';
  const setOverride = (windowOverride: 'open' | 'closed' | null) =>
    update.mutate({ windowOverride }, { onError: (error) => void toast.error(errorMessage(error, t)) });
  return (
    <Flex wrap gap={8} align="center">
      {toastHolder}
      {issue.state !== 'open' ? (
        <Button onClick={() => setOverride('open')} loading={update.isPending}>
          {t('bulletin.issue.openWindow')}
        </Button>
      ) : (
        <Button onClick={() => setOverride('closed')} loading={update.isPending}>
          {t('bulletin.issue.closeWindow')}
        </Button>
      )}
      {issue.windowOverride ? (
        <Button type="link" onClick={() => setOverride(null)}>
          {t('bulletin.issue.followDates')}
        </Button>
      ) : null}
      <Popconfirm
        title={t('bulletin.issue.publishConfirm', { label: issue.label })}
        description={t('bulletin.issue.publishConfirmHint', { count: accepted })}
        okText={t('bulletin.issue.publish')}
        cancelText={t('bulletin.common.cancel')}
        onConfirm={() =>
          publish.mutateAsync().then(
            () => void toast.success(t('bulletin.issue.published', { label: issue.label })),
            (error: unknown) => void toast.error(errorMessage(error, t)),
          )
        }
      >
        <Button type="primary" disabled={accepted === 0 || !editing} loading={publish.isPending}>
          {t('bulletin.issue.publish')}
        </Button>
      </Popconfirm>
      {!editing ? <Typography.Text type="secondary">{t('bulletin.issue.publishAfterWindow')}</Typography.Text> : null}
    </Flex>
  );
}

function OfficeView({ issue, role }: { issue: BulletinIssueDetail; role: Role }) {
  const { t } = useTranslation();
  const edits = canEditBulletin(role) && issue.state !== 'published';
  const items = [
    ...(issue.published ? [{ key: 'published', label: t('bulletin.tabs.published'), children: <PublishedIssue issue={issue} content={issue.published} /> }] : []),
    { key: 'inbox', label: t('bulletin.tabs.inbox', { count: issue.counts.submitted }), children: <ItemInbox items={issue.items} /> },
    ...(edits
      ? [
          { key: 'layout', label: t('bulletin.tabs.layout'), children: <LayoutEditor issue={issue} /> },
          { key: 'settings', label: t('bulletin.tabs.settings'), children: <IssueSettings issue={issue} /> },
        ]
      : []),
  ];
  // keyed by state: once published, the issue opens on its published copy
  // short labels and gutters: at 390 px the tabs fit, without antd's overflow button inside the tablist
  return <Tabs key={issue.state} items={items} tabBarGutter={16} destroyOnHidden />;
}

function IssueHeader({ issue, role }: { issue: BulletinIssueDetail; role: Role }) {
  const { t } = useTranslation();
  const office = canEditBulletin(role);
  const counts = issue.counts;
  return (
    <>
      <PageHeader
        title={
          <Flex wrap gap={8} align="center" component="span">
            {issue.label}
            <BulletinIssueStateTag state={issue.state} />
          </Flex>
        }
        description={
          <>
            {t('bulletin.issue.windowLine', { from: formatDate(issue.windowStart), to: formatDate(issue.deadline) })}
            {office || role === 'leader' ? (
              <>
                <br />
                {t('bulletin.issue.countsLine', { ...counts })}
              </>
            ) : null}
          </>
        }
      />
      <Flex wrap gap={16} justify="space-between" style={{ marginBottom: 16 }}>
        {office && issue.state !== 'published' ? <OfficeActions issue={issue} /> : <span />}
        {issue.state === 'published' || office ? <IssueDownloads issueId={issue.id} label={issue.label} preview={issue.state !== 'published'} /> : null}
      </Flex>
    </>
  );
}

/** `/bulletin/issues/:issueId`: one issue for the office (inbox, layout, settings, publication), leaders (read) and units (their items). */
export function IssueScreen({ issueId, role }: { issueId: string; role: Role }) {
  const { t } = useTranslation();
  const issue = useBulletinIssue(issueId);
  if (issue.isPending) return <ContentSpinner label={t('common.loading')} />;
  if (issue.isError) {
    if (hasStatus(issue.error, 404)) return <NotFoundResult backTo={paths.app.bulletin.getHref()} backLabel={t('bulletin.nav')} />;
    if (hasStatus(issue.error, 403)) return <ForbiddenResult />;
    return <ErrorResult message={errorMessage(issue.error, t)} onRetry={() => void issue.refetch()} />;
  }
  const data = issue.data;
  const unit = role === 'agency_reporter' || role === 'agency_head';
  return (
    <article>
      <title>{`${data.label} · ${t('bulletin.nav')} · ${t('app.name')}`}</title>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[
          { key: 'bulletin', title: <Link to={paths.app.bulletin.getHref(data.year)}>{t('bulletin.nav')}</Link> },
          { key: 'issue', title: data.label },
        ]}
      />
      <IssueHeader issue={data} role={role} />
      {unit ? (
        <>
          <UnitIssueView issue={data} role={role} />
          {data.published ? (
            <div style={{ marginTop: 24 }}>
              <Typography.Title level={2} style={{ fontSize: 18 }}>
                {t('bulletin.tabs.published')}
              </Typography.Title>
              <PublishedIssue issue={data} content={data.published} />
            </div>
          ) : null}
        </>
      ) : (
        <OfficeView issue={data} role={role} />
      )}
    </article>
  );
}
