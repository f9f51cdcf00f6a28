import type { BulletinIssueSummary, BulletinOwnItemCounts, Role } from '@giao-ban/shared';
import { Card, Empty, Flex, Grid, Select, Table, Typography, type TableColumnsType } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorResult } from '@/components/errors/error-results';
import { ContentSpinner } from '@/components/full-page-spinner';
import { paths } from '@/config/paths';
import { useBulletinIssues } from '@/lib/api/bulletins';
import { canEditBulletin } from '@/lib/authorization';
import { errorMessage } from '@/lib/error-message';
import { formatDate, formatDateTime } from '@/lib/format';
import { bulletinYearChoices, currentBulletinYear } from '../utils/year';
import { BulletinIssueStateTag } from './bulletin-tags';
import { PlanYearButton } from './plan-year-dialog';

const OWN_COUNT_KEYS = ['draft', 'submitted', 'accepted', 'returned', 'notUsed'] as const;

/** A unit's own items in an issue, only what it has ("Đơn vị: 1 bản nháp, 1 trả lại"); nothing when it has none. */
function useOwnFigures() {
  const { t } = useTranslation();
  return (own: BulletinOwnItemCounts | null) => {
    const parts = OWN_COUNT_KEYS.filter((key) => own && own[key] > 0).map((key) => t(`bulletin.list.own.${key}`, { count: own![key] }));
    return parts.length > 0 ? t('bulletin.list.ownCounts', { parts: parts.join(', ') }) : '';
  };
}

function IssueCard({ issue, unit }: { issue: BulletinIssueSummary; unit: boolean }) {
  const { t } = useTranslation();
  const ownFigures = useOwnFigures();
  const figures = unit ? ownFigures(issue.ownCounts) : t('bulletin.issue.countsLine', { ...issue.counts });
  return (
    <li>
      <Card size="small" style={issue.state === 'open' && unit ? { borderColor: '#1677ff' } : undefined}>
        <Flex justify="space-between" align="flex-start" gap={8} wrap>
          <div style={{ minWidth: 0 }}>
            <Typography.Title level={2} style={{ fontSize: 17, margin: 0 }}>
              <Link to={paths.app.bulletinIssue.getHref(issue.id)}>{issue.label}</Link>
            </Typography.Title>
            <Typography.Text>{t('bulletin.issue.windowLine', { from: formatDate(issue.windowStart), to: formatDate(issue.deadline) })}</Typography.Text>
            {figures ? (
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  {figures}
                </Typography.Text>
              </div>
            ) : null}
            {issue.publishedAt ? (
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  {t('bulletin.published.publishedAt', { time: formatDateTime(issue.publishedAt) })}
                </Typography.Text>
              </div>
            ) : null}
          </div>
          <Flex vertical align="flex-end" gap={8}>
            <BulletinIssueStateTag state={issue.state} />
            {unit && issue.state === 'open' ? <Link to={paths.app.bulletinIssue.getHref(issue.id)}>{t('bulletin.list.contribute')}</Link> : null}
          </Flex>
        </Flex>
      </Card>
    </li>
  );
}

/** The office's and leaders' year on a wide screen: one line per issue with its figures. */
function IssueTable({ issues }: { issues: BulletinIssueSummary[] }) {
  const { t } = useTranslation();
  const figure = (key: keyof BulletinIssueSummary['counts'], title: string) => ({
    key,
    title,
    align: 'right' as const,
    width: 110,
    render: (_: unknown, issue: BulletinIssueSummary) => issue.counts[key],
  });
  const columns: TableColumnsType<BulletinIssueSummary> = [
    { key: 'label', title: t('bulletin.list.issue'), width: 120, render: (_, issue) => <Link to={paths.app.bulletinIssue.getHref(issue.id)}>{issue.label}</Link> },
    { key: 'window', title: t('bulletin.issue.windowStart'), width: 130, render: (_, issue) => formatDate(issue.windowStart) },
    { key: 'deadline', title: t('bulletin.issue.deadline'), width: 110, render: (_, issue) => formatDate(issue.deadline) },
    { key: 'state', title: t('bulletin.list.state'), width: 170, render: (_, issue) => <BulletinIssueStateTag state={issue.state} /> },
    figure('submitted', t('bulletin.itemState.submitted')),
    figure('accepted', t('bulletin.itemState.accepted')),
    figure('returned', t('bulletin.itemState.returned')),
    figure('notUsed', t('bulletin.itemState.not_used')),
    { key: 'published', title: t('bulletin.list.publishedAt'), width: 150, render: (_, issue) => formatDateTime(issue.publishedAt) },
  ];
  return <Table<BulletinIssueSummary> rowKey="id" size="middle" columns={columns} dataSource={issues} pagination={false} scroll={{ x: 'max-content' }} />;
}

/**
 * A year's issues. The office plans a year here; a unit sees first the issues taking items now
 * (with their window and deadline), then the rest of the year, each with its own items' counts.
 */
export function IssueList({ year, onYearChange, role }: { year: number; onYearChange: (year: number) => void; role: Role }) {
  const { t } = useTranslation();
  const issues = useBulletinIssues(year);
  const yearId = useId();
  const screens = Grid.useBreakpoint();
  const unit = role === 'agency_reporter' || role === 'agency_head';

  const picker = (
    <Flex wrap gap={8} align="center" justify="space-between" style={{ marginBottom: 16 }}>
      <Flex gap={8} align="center">
        <label htmlFor={yearId}>{t('bulletin.list.year')}</label>
        <Select<number>
          id={yearId}
          value={year}
          onChange={onYearChange}
          style={{ width: 110 }}
          options={bulletinYearChoices(currentBulletinYear()).map((value) => ({ value, label: String(value) }))}
        />
      </Flex>
      {canEditBulletin(role) ? <PlanYearButton year={year} onPlanned={onYearChange} /> : null}
    </Flex>
  );

  if (issues.isPending) return (<>{picker}<ContentSpinner label={t('common.loading')} /></>);
  if (issues.isError) return (<>{picker}<ErrorResult message={errorMessage(issues.error, t)} onRetry={() => void issues.refetch()} /></>);

  const open = unit ? issues.data.filter((issue) => issue.state === 'open') : [];
  const rest = unit ? issues.data.filter((issue) => issue.state !== 'open') : issues.data;

  return (
    <>
      {picker}
      {issues.data.length === 0 ? (
        <Empty description={t('bulletin.list.empty', { year })} />
      ) : (
        <>
          {unit ? (
            <section aria-label={t('bulletin.list.openNow')} style={{ marginBottom: 24 }}>
              <Typography.Title level={2} style={{ fontSize: 18 }}>
                {t('bulletin.list.openNow')}
              </Typography.Title>
              {open.length === 0 ? (
                <Typography.Text type="secondary">{t('bulletin.list.noneOpen')}</Typography.Text>
              ) : (
                <Flex vertical gap={12} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                  {open.map((issue) => (
                    <IssueCard key={issue.id} issue={issue} unit />
                  ))}
                </Flex>
              )}
            </section>
          ) : null}
          <section aria-label={t('bulletin.list.allIssues', { year })}>
            {unit ? (
              <Typography.Title level={2} style={{ fontSize: 18 }}>
                {t('bulletin.list.allIssues', { year })}
              </Typography.Title>
            ) : null}
            {!unit && screens.md ? (
              <IssueTable issues={rest} />
            ) : (
              <Flex vertical gap={12} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                {rest.map((issue) => (
                  <IssueCard key={issue.id} issue={issue} unit={unit} />
                ))}
              </Flex>
            )}
          </section>
        </>
      )}
    </>
  );
}
