import { useTranslation } from 'react-i18next';
import { AgenciesScreen } from '@/features/agencies/components/agencies-screen';
import { RequireRole } from '@/features/auth/components/require-role';

export default function AgenciesRoute() {
  const { t } = useTranslation();
  return (
    <RequireRole screen="agencies">
      <title>{`${t('agencies.list.title')} · ${t('app.name')}`}</title>
      <AgenciesScreen />
    </RequireRole>
  );
}
