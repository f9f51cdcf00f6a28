import type { ReportingPeriod, TaskGroup } from '@giao-ban/shared';
import { Breadcrumb, Card, Descriptions, Tag, Typography, type DescriptionsProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorResult, ForbiddenResult, PeriodNotFoundResult } from '@/components/errors/error-results';
import { ContentSpinner } from '@/components/full-page-spinner';
import { PageHeader } from '@/components/page-header';
import { paths } from '@/config/paths';
import { hasStatus } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { formatDate, formatDateRange } from '@/lib/format';
import { usePeriod } from '../api/get-period';
import { useTaskGroups } from '../api/get-task-groups';
import { PeriodStateTag } from './period-state-tag';
import { TaskGroupList } from './task-group-list';

/**
 * What the app adds to the period page for a role (the standing office's management, the review
 * board), computed from the loaded period. Features never import each other: the app composes.
 */
export interface PeriodPageSlots {
  /** Buttons beside the title. */
  actions?: ReactNode;
  /** More facts in the information card. */
  information?: DescriptionsProps['items'];
  /** Sections between the information card and the task groups. */
  before?: ReactNode;
  /** Replaces the read-only task group list (e.g. with an editor). */
  taskGroups?: (taskGroups: TaskGroup[]) => ReactNode;
  /** Sections after the task groups. */
  after?: ReactNode;
}

function TaskGroupsSection({
  periodId,
  renderList,
}: {
  periodId: string;
  renderList?: (taskGroups: TaskGroup[]) => ReactNode;
}) {
  const { t } = useTranslation();
  const taskGroups = useTaskGroups(periodId);

  let body;
  if (taskGroups.isPending) body = <ContentSpinner label={t('common.loading')} />;
  else if (taskGroups.isError)
    body = <ErrorResult message={errorMessage(taskGroups.error, t)} onRetry={() => void taskGroups.refetch()} />;
  else body = renderList ? renderList(taskGroups.data) : <TaskGroupList taskGroups={taskGroups.data} />;

  return (
    <section aria-labelledby="task-groups-heading" style={{ marginTop: 24 }}>
      <Typography.Title level={2} id="task-groups-heading" style={{ fontSize: 20 }}>
        {t('periods.taskGroups.title')}
      </Typography.Title>
      {body}
    </section>
  );
}

/** One reporting period: its facts, then its numbered task groups. */
export function PeriodDetails({
  periodId,
  slots,
}: {
  periodId: string;
  slots?: (period: ReportingPeriod) => PeriodPageSlots;
}) {
  const { t } = useTranslation();
  const period = usePeriod(periodId);

  if (period.isPending) return <ContentSpinner label={t('common.loading')} />;
  if (period.isError) {
    if (hasStatus(period.error, 404)) {
      return (
        <PeriodNotFoundResult />
      );
    }
    if (hasStatus(period.error, 403)) return <ForbiddenResult subTitle={t('periods.detail.forbidden')} />;
    return <ErrorResult message={errorMessage(period.error, t)} onRetry={() => void period.refetch()} />;
  }

  const data = period.data;
  const extras = slots?.(data) ?? {};
  const items: DescriptionsProps['items'] = [
    { key: 'kind', label: t('periods.fields.kind'), children: t(`periods.kind.${data.kind}`) },
    { key: 'state', label: t('periods.fields.state'), children: <PeriodStateTag state={data.state} /> },
    { key: 'cutOff', label: t('periods.fields.cutOff'), children: formatDateRange(data.cutOffFrom, data.cutOffTo) },
    // A date is never broken inside (the column beside a long label is narrow).
    { key: 'dueDate', label: t('periods.fields.dueDate'), children: <span style={{ whiteSpace: 'nowrap' }}>{formatDate(data.dueDate)}</span> },
    {
      key: 'requiresHeadApproval',
      label: t('periods.fields.requiresHeadApproval'),
      children: <Tag color={data.requiresHeadApproval ? 'blue' : 'default'}>{data.requiresHeadApproval ? t('common.yes') : t('common.no')}</Tag>,
    },
    {
      key: 'shiftDueDateToWorkingDay',
      label: t('periods.fields.shiftDueDateToWorkingDay'),
      children: data.shiftDueDateToWorkingDay ? t('common.yes') : t('common.no'),
    },
    ...(extras.information ?? []),
  ];

  return (
    <article>
      <title>{`${data.title} · ${t('app.name')}`}</title>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[
          { key: 'periods', title: <Link to={paths.app.periods.getHref()}>{t('periods.detail.breadcrumb')}</Link> },
          { key: 'period', title: data.title },
        ]}
      />
      <PageHeader title={data.title} extra={extras.actions} />
      <Card size="small" title={t('periods.detail.information')}>
        <Descriptions
          size="small"
          bordered
          column={{ xs: 1, sm: 1, md: 2 }}
          items={items}
        />
      </Card>
      {extras.before}
      <TaskGroupsSection periodId={periodId} renderList={extras.taskGroups} />
      {extras.after}
    </article>
  );
}
