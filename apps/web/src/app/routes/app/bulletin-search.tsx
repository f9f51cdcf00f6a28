import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { RequireRole } from '@/features/auth/components/require-role';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { BulletinNav } from '@/features/bulletin/components/bulletin-nav';
import { BulletinSearch } from '@/features/bulletin/components/bulletin-search';

export default function BulletinSearchRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <RequireRole screen="bulletin">
      <title>{`${t('bulletin.search.title')} · ${t('app.name')}`}</title>
      <PageHeader title={t('bulletin.search.title')} description={t('bulletin.search.description')} />
      <BulletinNav current="search" role={user.role} />
      <BulletinSearch />
    </RequireRole>
  );
}
