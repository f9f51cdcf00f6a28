import type { BulletinIssueState, BulletinItemKind, BulletinItemState } from '@giao-ban/shared';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * The colours follow the report tags: grey before anything is sent, blue while it is with the
 * office, gold while the office edits, green once accepted or published, orange when returned.
 */
const ISSUE_STATE_COLORS: Record<BulletinIssueState, string> = {
  planned: 'default',
  open: 'blue',
  editing: 'gold',
  published: 'green',
};

const ITEM_STATE_COLORS: Record<BulletinItemState, string> = {
  draft: 'default',
  submitted: 'blue',
  accepted: 'green',
  returned: 'orange',
  not_used: 'default',
};

export function BulletinIssueStateTag({ state }: { state: BulletinIssueState }) {
  const { t } = useTranslation();
  return <Tag color={ISSUE_STATE_COLORS[state]}>{t(`bulletin.issueState.${state}`)}</Tag>;
}

export function BulletinItemStateTag({ state }: { state: BulletinItemState }) {
  const { t } = useTranslation();
  return <Tag color={ITEM_STATE_COLORS[state]}>{t(`bulletin.itemState.${state}`)}</Tag>;
}

export function useItemKindLabel(): (kind: BulletinItemKind) => string {
  const { t } = useTranslation();
  return (kind) => t(`bulletin.kind.${kind}`);
}
