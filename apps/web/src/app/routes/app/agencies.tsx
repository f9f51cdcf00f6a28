import { useTranslation } from 'react-i18next';
import { AgenciesScreen } from '@/features/agencies/components/agencies-screen';
import { RequireRole } from '@/features/auth/components/require-role';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { canView } from '@/lib/authorization';

export default function AgenciesRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <RequireRole screen="agencies">
      <title>{`${t('agencies.list.title')} · ${t('app.name')}`}</title>
      <AgenciesScreen canImport={canView(user.role, 'directoryImport')} />
    </RequireRole>
  );
}
