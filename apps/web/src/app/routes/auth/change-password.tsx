import type { CurrentUser } from '@giao-ban/shared';
import { useQueryClient } from '@tanstack/react-query';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { AuthLayout } from '@/components/layouts/auth-layout';
import { paths, safeRedirectTarget } from '@/config/paths';
import { getMeQueryOptions } from '@/features/auth/api/get-me';
import { useLogout } from '@/features/auth/api/logout';
import { RequireAuth } from '@/features/auth/components/require-auth';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { ChangePasswordForm } from '@/features/profile/components/change-password-form';

/**
 * The only screen of a user on a temporary password (new account, or reset by the administrator):
 * the API answers nothing else until they choose their own. Then on to where they were going.
 */
function ForcedPasswordChange() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [searchParams] = useSearchParams();
  const redirectTo = safeRedirectTarget(searchParams.get('redirectTo'));
  const logout = useLogout({
    onSuccess: () => void navigate(paths.auth.login.getHref(), { replace: true, flushSync: true }),
  });

  if (!user.mustChangePassword) return <Navigate to={redirectTo} replace />;

  const onChanged = () => {
    const changed: CurrentUser = { ...user, mustChangePassword: false };
    queryClient.setQueryData(getMeQueryOptions().queryKey, changed);
    void navigate(redirectTo, { replace: true });
  };

  return (
    <AuthLayout title={t('auth.changePassword.heading')}>
      <title>{`${t('auth.changePassword.pageTitle')} · ${t('app.name')}`}</title>
      <p style={{ margin: '0 0 16px', color: 'rgba(0,0,0,0.65)' }}>{t('auth.changePassword.intro', { name: user.fullName, login: user.login })}</p>
      <ChangePasswordForm login={user.login} onChanged={onChanged} currentLabel={t('auth.changePassword.temporaryPassword')} autoFocus />
      <Button type="link" onClick={() => logout.mutate()} loading={logout.isPending} style={{ paddingInline: 0, marginTop: 8 }}>
        {t('auth.logout')}
      </Button>
    </AuthLayout>
  );
}

export default function ChangePasswordRoute() {
  return (
    <RequireAuth>
      <ForcedPasswordChange />
    </RequireAuth>
  );
}
