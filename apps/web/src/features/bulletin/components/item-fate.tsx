import type { BulletinItem } from '@giao-ban/shared';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/format';

/** What became of a unit's item, in one sentence: sent and waiting, returned with the reason, accepted, not used, published in which issue. */
export function ItemFate({ item }: { item: BulletinItem }) {
  const { t } = useTranslation();
  if (item.publishedIn) {
    return (
      <Alert
        type="success"
        showIcon
        title={
          <>
            {t('bulletin.fate.publishedIn')}{' '}
            <Link to={paths.app.bulletinIssue.getHref(item.publishedIn.issueId)}>{item.publishedIn.label}</Link>
          </>
        }
      />
    );
  }
  switch (item.state) {
    case 'draft':
      return null;
    case 'submitted':
      return <Alert type="info" showIcon title={t('bulletin.fate.submitted', { time: formatDateTime(item.submittedAt) })} />;
    case 'returned':
      return (
        <Alert
          type="warning"
          showIcon
          title={t('bulletin.fate.returned')}
          description={<span style={{ whiteSpace: 'pre-wrap' }}>{item.returnReason}</span>}
        />
      );
    case 'accepted':
      return <Alert type="success" showIcon title={t('bulletin.fate.accepted', { issue: item.issueLabel, section: item.section ?? '' })} />;
    case 'not_used':
      return (
        <Alert
          type="info"
          showIcon
          title={t('bulletin.fate.notUsed')}
          description={item.notUsedReason ? <span style={{ whiteSpace: 'pre-wrap' }}>{item.notUsedReason}</span> : undefined}
        />
      );
  }
}
