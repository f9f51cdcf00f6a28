import type { BulletinItem, Role } from '@giao-ban/shared';
import { Breadcrumb } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorResult, ForbiddenResult, NotFoundResult } from '@/components/errors/error-results';
import { ContentSpinner } from '@/components/full-page-spinner';
import { PageHeader } from '@/components/page-header';
import { paths } from '@/config/paths';
import { hasStatus } from '@/lib/api-client';
import { useBulletinIssue, useBulletinItem } from '@/lib/api/bulletins';
import { canEditBulletin, canSeeAllReports } from '@/lib/authorization';
import { errorMessage } from '@/lib/error-message';
import { ItemEditor } from './item-editor';
import { ItemReview } from './item-review';

/** `printed`: the office and leaders name an accepted item by the title it prints with (the office's edit), as their lists do. */
function Frame({ item, printed, children }: { item: BulletinItem; printed: boolean; children: React.ReactNode }) {
  const { t } = useTranslation();
  const title = (printed && item.state === 'accepted' && item.edited ? item.edited.title : item.title) || t('bulletin.item.untitled');
  return (
    <article>
      <title>{`${title} · ${item.issueLabel} · ${t('app.name')}`}</title>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[
          { key: 'bulletin', title: <Link to={paths.app.bulletin.getHref()}>{t('bulletin.nav')}</Link> },
          { key: 'issue', title: <Link to={paths.app.bulletinIssue.getHref(item.issueId)}>{item.issueLabel}</Link> },
          { key: 'item', title },
        ]}
      />
      <PageHeader title={title} description={`${item.agencyName} · ${item.issueLabel}`} />
      {children}
    </article>
  );
}

/** The office's and leaders' side of an item: needs its issue's sections. */
function Review({ item, role }: { item: BulletinItem; role: Role }) {
  const { t } = useTranslation();
  const issue = useBulletinIssue(item.issueId);
  if (issue.isPending) return <ContentSpinner label={t('common.loading')} />;
  if (issue.isError) return <ErrorResult message={errorMessage(issue.error, t)} onRetry={() => void issue.refetch()} />;
  return <ItemReview item={item} issue={issue.data} role={role} />;
}

/** `/bulletin/items/:itemId`: a unit writes its own item here; the office decides on it, leaders read it. */
export function ItemScreen({ itemId, role }: { itemId: string; role: Role }) {
  const { t } = useTranslation();
  const item = useBulletinItem(itemId);
  if (item.isPending) return <ContentSpinner label={t('common.loading')} />;
  if (item.isError) {
    if (hasStatus(item.error, 404)) return <NotFoundResult backTo={paths.app.bulletin.getHref()} backLabel={t('bulletin.nav')} />;
    if (hasStatus(item.error, 403)) return <ForbiddenResult />;
    return <ErrorResult message={errorMessage(item.error, t)} onRetry={() => void item.refetch()} />;
  }
  const seesAll = canEditBulletin(role) || canSeeAllReports(role);
  return <Frame item={item.data} printed={seesAll}>{seesAll ? <Review item={item.data} role={role} /> : <ItemEditor item={item.data} role={role} />}</Frame>;
}
