import type { Role } from '@giao-ban/shared';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { canEditBulletin } from '@/lib/authorization';
import { BulletinNav } from './bulletin-nav';
import { IssueList } from './issue-list';

/** `/bulletin`: the year's issues (the office plans them; units see where they can send items). */
export function BulletinHome({ year, onYearChange, role }: { year: number; onYearChange: (year: number) => void; role: Role }) {
  const { t } = useTranslation();
  const unit = role === 'agency_reporter' || role === 'agency_head';
  return (
    <>
      <title>{`${t('bulletin.title')} · ${t('app.name')}`}</title>
      <PageHeader
        title={t('bulletin.title')}
        description={unit ? t('bulletin.descriptionUnit') : canEditBulletin(role) ? t('bulletin.descriptionOffice') : t('bulletin.descriptionLeader')}
      />
      <BulletinNav current="issues" role={role} />
      <IssueList year={year} onYearChange={onYearChange} role={role} />
    </>
  );
}
