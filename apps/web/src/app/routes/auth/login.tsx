import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { AuthLayout } from '@/components/layouts/auth-layout';
import { safeRedirectTarget } from '@/config/paths';
import { useMe } from '@/features/auth/api/get-me';
import { LoginForm } from '@/features/auth/components/login-form';

export default function LoginRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const redirectTo = safeRedirectTarget(searchParams.get('redirectTo'));
  const me = useMe();

  // Already signed in (another tab, a bookmark of /login): go straight on.
  if (me.data) return <Navigate to={redirectTo} replace />;

  return (
    <AuthLayout title={t('auth.login.heading')}>
      <title>{`${t('auth.login.pageTitle')} · ${t('app.name')}`}</title>
      <LoginForm onSuccess={() => void navigate(redirectTo, { replace: true })} />
      <p style={{ fontSize: 13, margin: 0, color: 'rgba(0,0,0,0.55)' }}>{t('auth.login.help')}</p>
    </AuthLayout>
  );
}
