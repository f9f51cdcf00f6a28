import { BULLETIN_LIMITS, toLocalDate, type BulletinSearchQuery } from '@giao-ban/shared';
import { Button, DatePicker, Empty, Flex, Form, Input, Pagination, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorResult } from '@/components/errors/error-results';
import { ContentSpinner } from '@/components/full-page-spinner';
import { paths } from '@/config/paths';
import { useAllAgencies } from '@/lib/api/agencies';
import { errorMessage } from '@/lib/error-message';
import { formatDate } from '@/lib/format';
import { useBulletinSearch } from '../api/search-bulletin';
import { useBulletinTaskGroups } from '../api/task-groups';
import { useItemKindLabel } from './bulletin-tags';
import { taskGroupLabel, useHalfYearLabel } from './task-group-select';

interface SearchValues {
  q: string;
  agencyId: string | undefined;
  taskGroupId: string | undefined;
  range: [Dayjs | null, Dayjs | null] | null;
}

const day = (value: Dayjs | null | undefined) => (value && value.isValid() ? value.format('YYYY-MM-DD') : undefined);

function Results({ query, onPage }: { query: BulletinSearchQuery; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  const kindLabel = useItemKindLabel();
  const results = useBulletinSearch(query);
  if (results.isPending) return <ContentSpinner label={t('common.loading')} />;
  if (results.isError) return <ErrorResult message={errorMessage(results.error, t)} onRetry={() => void results.refetch()} />;
  const { items, total, page, pageSize } = results.data;
  if (items.length === 0) return <Empty description={t('bulletin.search.empty')} />;
  return (
    <section aria-label={t('bulletin.search.results')}>
      <Typography.Text type="secondary" role="status">
        {t('bulletin.search.total', { count: total })}
      </Typography.Text>
      <ul style={{ listStyle: 'none', margin: '8px 0 0', padding: 0 }}>
        {items.map((hit) => (
          <li key={hit.itemId} style={{ padding: '10px 0', borderBottom: '1px solid #f0f0f0', lineHeight: 1.5 }}>
            <Link to={paths.app.bulletinIssue.getHref(hit.issueId)} style={{ fontWeight: 600 }}>
              {hit.title}
            </Link>
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {[hit.issueLabel, hit.section, kindLabel(hit.kind), hit.agencyName, formatDate(hit.eventDate ?? toLocalDate(new Date(hit.publishedAt)))]
                  .filter(Boolean)
                  .join(' · ')}
              </Typography.Text>
            </div>
            {hit.sapo ? <Typography.Paragraph style={{ margin: '4px 0 0' }} ellipsis={{ rows: 2 }}>{hit.sapo}</Typography.Paragraph> : null}
          </li>
        ))}
      </ul>
      {total > pageSize ? (
        <Pagination style={{ marginTop: 12 }} current={page} pageSize={pageSize} total={total} showSizeChanger={false} onChange={onPage} />
      ) : null}
    </section>
  );
}

/** The task groups as the filter offers them: under the six-month period each belongs to, newest first. */
function useTaskGroupOptions() {
  const groups = useBulletinTaskGroups();
  const halfYearLabel = useHalfYearLabel();
  const byHalf = new Map<string, { label: string; options: { value: string; label: string; title: string }[] }>();
  for (const group of groups.data ?? []) {
    const key = `${group.year}-${group.half}`;
    const entry = byHalf.get(key) ?? { label: halfYearLabel(group.year, group.half), options: [] };
    entry.options.push({ value: group.id, label: taskGroupLabel(group), title: group.title });
    byHalf.set(key, entry);
  }
  return { loading: groups.isPending, options: [...byHalf.values()] };
}

/** Search of the published issues' items: by words (with or without accents), unit, task group and date of the event. */
export function BulletinSearch() {
  const { t } = useTranslation();
  const units = useAllAgencies();
  const taskGroups = useTaskGroupOptions();
  const [query, setQuery] = useState<BulletinSearchQuery | null>(null);

  const onFinish = (values: SearchValues) =>
    setQuery({
      q: values.q.trim() || undefined,
      agencyId: values.agencyId || undefined,
      taskGroupId: values.taskGroupId || undefined,
      from: day(values.range?.[0]),
      to: day(values.range?.[1]),
      page: 1,
    });

  return (
    <>
      <Form<SearchValues> layout="vertical" initialValues={{ q: '', agencyId: undefined, taskGroupId: undefined, range: null }} onFinish={onFinish} style={{ maxWidth: 860 }}>
        <Form.Item name="q" label={t('bulletin.search.words')}>
          <Input type="search" maxLength={200} />
        </Form.Item>
        <Flex wrap style={{ columnGap: 16 }}>
          <Form.Item name="agencyId" label={t('bulletin.search.unit')} style={{ flex: '1 1 260px' }}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              loading={units.isPending}
              placeholder={t('bulletin.search.anyUnit')}
              options={(units.data ?? []).map((unit) => ({ value: unit.id, label: unit.name }))}
            />
          </Form.Item>
          <Form.Item name="taskGroupId" label={t('bulletin.search.taskGroup')} style={{ flex: '1 1 260px' }}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              loading={taskGroups.loading}
              placeholder={t('bulletin.search.anyTaskGroup')}
              options={taskGroups.options}
              popupMatchSelectWidth={false}
            />
          </Form.Item>
          <Form.Item name="range" label={t('bulletin.search.dates')}>
            <DatePicker.RangePicker format="DD/MM/YYYY" allowEmpty={[true, true]} placeholder={[t('bulletin.search.from'), t('bulletin.search.to')]} />
          </Form.Item>
        </Flex>
        <Button htmlType="submit" type="primary" style={{ marginBottom: 16 }}>
          {t('bulletin.search.submit')}
        </Button>
      </Form>
      {query ? (
        <Results query={query} onPage={(page) => setQuery((current) => (current ? { ...current, page } : current))} />
      ) : (
        <Typography.Paragraph type="secondary">{t('bulletin.search.hint', { pageSize: BULLETIN_LIMITS.searchPageSize })}</Typography.Paragraph>
      )}
    </>
  );
}
