import { BULLETIN_ITEM_KINDS, decideBulletinItemAction, type BulletinIssueDetail, type BulletinItemKind, type Role } from '@giao-ban/shared';
import { Alert, Button, Empty, Flex, Select, Typography, message } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/error-message';
import { formatDate } from '@/lib/format';
import { useCreateBulletinItem } from '../api/item-lifecycle';
import { useItemKindLabel } from './bulletin-tags';
import { ItemRow } from './item-inbox';

/** A new item: its kind, then the editor opens on the draft. */
export function NewItemButton({ issueId }: { issueId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const kindLabel = useItemKindLabel();
  const [kind, setKind] = useState<BulletinItemKind>('news');
  const [toast, toastHolder] = message.useMessage();
  const create = useCreateBulletinItem(issueId);
  const selectId = useId();
  return (
    <Flex wrap gap={8} align="center">
      {toastHolder}
      <label htmlFor={selectId}>{t('bulletin.item.fields.kind')}</label>
      <Select<BulletinItemKind>
        id={selectId}
        value={kind}
        onChange={setKind}
        style={{ width: 150 }}
        options={BULLETIN_ITEM_KINDS.map((value) => ({ value, label: kindLabel(value) }))}
      />
      <Button
        type="primary"
        loading={create.isPending}
        onClick={() =>
          create.mutate(
            { kind },
            {
              onSuccess: (item) => void navigate(paths.app.bulletinItem.getHref(item.id)),
              onError: (error) => void toast.error(errorMessage(error, t)),
            },
          )
        }
      >
        {t('bulletin.unit.newItem')}
      </Button>
    </Flex>
  );
}

/**
 * A unit's side of an issue: the window and deadline, a new item while the issue takes them, and
 * its own items with what became of each.
 */
export function UnitIssueView({ issue, role }: { issue: BulletinIssueDetail; role: Role }) {
  const { t } = useTranslation();
  const canCreate = decideBulletinItemAction('draft', role, 'create', issue.state).allowed;
  const window = t('bulletin.issue.windowRange', { from: formatDate(issue.windowStart), to: formatDate(issue.deadline) });
  const notice = (() => {
    switch (issue.state) {
      case 'planned':
        return t('bulletin.unit.planned', { window });
      case 'open':
        return t('bulletin.unit.open', { deadline: formatDate(issue.deadline) });
      case 'editing':
        return t('bulletin.unit.editing');
      case 'published':
        return null;
    }
  })();
  return (
    <section aria-label={t('bulletin.unit.myItems')}>
      {notice ? <Alert type={issue.state === 'open' ? 'info' : 'warning'} showIcon style={{ marginBottom: 16 }} title={notice} /> : null}
      {canCreate ? (
        <div style={{ marginBottom: 16 }}>
          <NewItemButton issueId={issue.id} />
        </div>
      ) : null}
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {t('bulletin.unit.myItems')}
      </Typography.Title>
      {issue.items.length === 0 ? (
        <Empty description={t('bulletin.unit.noItems')} />
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {issue.items.map((item) => (
            <ItemRow key={item.id} item={item} showUnit={false} publishedIn={issue.state === 'published' ? issue.label : null} />
          ))}
        </ul>
      )}
    </section>
  );
}
