import type { BulletinItemState, BulletinItemSummary } from '@giao-ban/shared';
import { Empty, Flex, Grid, Segmented, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/format';
import { listedTitle } from '../utils/item-content';
import { BulletinItemStateTag, useItemKindLabel } from './bulletin-tags';

type Filter = 'all' | BulletinItemState;
const FILTERS: Filter[] = ['all', 'submitted', 'accepted', 'returned', 'not_used'];

/** One item as a line: its title (the link to it), unit, kind, photos, when sent, and its state. */
export function ItemRow({ item, showUnit, publishedIn = null }: { item: BulletinItemSummary; showUnit: boolean; publishedIn?: string | null }) {
  const { t } = useTranslation();
  const kindLabel = useItemKindLabel();
  const facts = [
    kindLabel(item.kind),
    item.editedTitle !== null ? t('bulletin.inbox.edited') : '',
    showUnit ? item.agencyName : '',
    item.photoCount > 0 ? t('bulletin.inbox.photos', { count: item.photoCount }) : '',
    item.submittedAt ? t('bulletin.review.sentAt', { time: formatDateTime(item.submittedAt) }) : t('bulletin.inbox.notSent'),
    item.section ? t('bulletin.inbox.inSection', { section: item.section }) : '',
  ].filter(Boolean);
  return (
    <li style={{ padding: '10px 0', borderBottom: '1px solid #f0f0f0' }}>
      <Flex justify="space-between" align="flex-start" gap={8} wrap>
        <div style={{ flex: '1 1 260px', minWidth: 0, lineHeight: 1.5 }}>
          <Link to={paths.app.bulletinItem.getHref(item.id)} style={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
            {listedTitle(item) || t('bulletin.item.untitled')}
          </Link>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {facts.join(' · ')}
            </Typography.Text>
          </div>
          {publishedIn && item.state === 'accepted' ? (
            <Typography.Text type="success" style={{ fontSize: 13, display: 'block' }}>
              {t('bulletin.fate.publishedInLabel', { label: publishedIn })}
            </Typography.Text>
          ) : null}
          {item.state === 'returned' && item.returnReason ? (
            <Typography.Text type="warning" style={{ fontSize: 13, display: 'block' }}>
              {t('bulletin.inbox.returnReason', { reason: item.returnReason })}
            </Typography.Text>
          ) : null}
        </div>
        <BulletinItemStateTag state={item.state} />
      </Flex>
    </li>
  );
}

/** The office's inbox of an issue: every item units sent, filtered by state; each opens to accept, return or set aside. */
export function ItemInbox({ items }: { items: BulletinItemSummary[] }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<Filter>('submitted');
  const screens = Grid.useBreakpoint();
  const sent = items.filter((item) => item.state !== 'draft');
  const shown = filter === 'all' ? sent : sent.filter((item) => item.state === filter);
  const count = (value: Filter) => (value === 'all' ? sent.length : sent.filter((item) => item.state === value).length);
  const options = FILTERS.map((value) => ({
    value,
    label: `${value === 'all' ? t('bulletin.inbox.all') : t(`bulletin.itemState.${value}`)} (${count(value)})`,
  }));
  return (
    <section aria-label={t('bulletin.inbox.title')}>
      <div style={{ marginBottom: 12 }}>
        {/* the five filters do not fit a phone's width: there they are a list to pick from */}
        {screens.sm === false ? (
          <Select<Filter> value={filter} onChange={setFilter} options={options} aria-label={t('bulletin.inbox.filter')} style={{ width: '100%' }} />
        ) : (
          <Segmented<Filter> value={filter} onChange={setFilter} options={options} />
        )}
      </div>
      {shown.length === 0 ? (
        <Empty description={t('bulletin.inbox.empty')} />
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {shown.map((item) => (
            <ItemRow key={item.id} item={item} showUnit />
          ))}
        </ul>
      )}
    </section>
  );
}
