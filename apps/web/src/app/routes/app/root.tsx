import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { ContentSpinner } from '@/components/full-page-spinner';
import { AppShell } from '@/components/layouts/app-shell';
import { RouteProgress } from '@/components/route-progress';
import { paths } from '@/config/paths';
import { useLogout } from '@/features/auth/api/logout';
import { RequireAuth } from '@/features/auth/components/require-auth';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { useNotificationCounts } from '@/features/notifications/api/get-notification-counts';
import { NotificationBell } from '@/features/notifications/components/notification-bell';
import { activeScreen, navigationForRole } from '../../navigation';

function SignedInShell() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const location = useLocation();
  const navigate = useNavigate();
  const counts = useNotificationCounts();
  const logout = useLogout({ onSuccess: () => void navigate(paths.auth.login.getHref(), { replace: true, flushSync: true }) });

  // A temporary password opens nothing but the screen to replace it.
  if (user.mustChangePassword) {
    return <Navigate to={paths.auth.changePassword.getHref(`${location.pathname}${location.search}`)} replace />;
  }

  // The office's "Chờ tiếp nhận" entry carries its count.
  const awaiting = counts.data?.awaitingReceipt;
  const navItems = navigationForRole(user.role, t).map((item) =>
    item.key === 'reviewQueue' && awaiting ? { ...item, label: `${item.label} (${awaiting})` } : item,
  );

  return (
    <AppShell
      user={{ fullName: user.fullName, roleLabel: t(`roles.${user.role}`), agencyName: user.agencyName }}
      navItems={navItems}
      headerExtra={<NotificationBell />}
      activeKey={activeScreen(location.pathname)}
      onLogout={() => logout.mutate()}
      loggingOut={logout.isPending}
    >
      <RouteProgress />
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
