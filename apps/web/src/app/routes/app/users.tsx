import { useTranslation } from 'react-i18next';
import { RequireRole } from '@/features/auth/components/require-role';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { UsersScreen } from '@/features/users/components/users-screen';

export default function UsersRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <RequireRole screen="users">
      <title>{`${t('users.title')} · ${t('app.name')}`}</title>
      <UsersScreen currentUserId={user.id} />
    </RequireRole>
  );
}
