import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigation } from 'react-router';
import { ErrorResult } from '@/components/errors/error-results';
import { FullPageSpinner } from '@/components/full-page-spinner';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/error-message';
import { useMe } from '../api/get-me';
import { CurrentUserContext } from '../hooks/use-current-user';

/** Renders its children for a signed-in user; sends anyone else to the login page. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  const navigation = useNavigation();
  const { t } = useTranslation();

  if (me.data) return <CurrentUserContext value={me.data}>{children}</CurrentUserContext>;
  if (me.isPending) return <FullPageSpinner label={t('auth.checkingSession')} />;
  if (me.isError) return <ErrorResult message={errorMessage(me.error, t)} onRetry={() => void me.refetch()} />;
  // Signed out and already on the way elsewhere (the sign-out goes to the login page): no redirect
  // back here with a `redirectTo` of this page.
  if (navigation.state !== 'idle') return <FullPageSpinner />;
  return <Navigate to={paths.auth.login.getHref(`${location.pathname}${location.search}`)} replace />;
}
