import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { ContentSpinner } from '@/components/full-page-spinner';
import { AppShell } from '@/components/layouts/app-shell';
import { paths } from '@/config/paths';
import { useLogout } from '@/features/auth/api/logout';
import { RequireAuth } from '@/features/auth/components/require-auth';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { activeScreen, navigationForRole } from '../../navigation';

function SignedInShell() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const location = useLocation();
  const navigate = useNavigate();
  // flushSync: land on /login before the cleared session re-renders this tree, or RequireAuth
  // would redirect first and append ?redirectTo= to the page the user just left.
  const logout = useLogout({
    onSuccess: () => void navigate(paths.auth.login.getHref(), { replace: true, flushSync: true }),
  });

  // A temporary password opens nothing but the screen to replace it.
  if (user.mustChangePassword) {
    return <Navigate to={paths.auth.changePassword.getHref(`${location.pathname}${location.search}`)} replace />;
  }

  return (
    <AppShell
      user={{ fullName: user.fullName, roleLabel: t(`roles.${user.role}`), agencyName: user.agencyName }}
      navItems={navigationForRole(user.role, t)}
      activeKey={activeScreen(location.pathname)}
      onLogout={() => logout.mutate()}
      loggingOut={logout.isPending}
    >
      <Suspense fallback={<ContentSpinner label={t('common.loading')} />}>
        <Outlet />
      </Suspense>
    </AppShell>
  );
}

export default function AppRoot() {
  return (
    <RequireAuth>
      <SignedInShell />
    </RequireAuth>
  );
}
