import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import enUS from 'antd/es/locale/en_US';
import viVN from 'antd/es/locale/vi_VN';
import { useEffect, useMemo, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { THEME } from '@/components/layouts/theme';
import { getMeQueryOptions } from '@/features/auth/api/get-me';
import { onUnauthenticated } from '@/lib/api-client';
import { i18n } from '@/lib/i18n';
import { useReducedMotion } from '@/lib/use-reduced-motion';

/**
 * antd's own texts (pagination, empty states…) follow the UI language; its animations stop for
 * users who asked their system for reduced motion.
 */
function LocalizedAntd({ children }: { children: ReactNode }) {
  const { i18n: instance } = useTranslation();
  const locale = instance.resolvedLanguage === 'en' ? enUS : viVN;
  const reducedMotion = useReducedMotion();
  const theme = useMemo(
    () => (reducedMotion ? { ...THEME, token: { ...THEME.token, motion: false } } : THEME),
    [reducedMotion],
  );
  return (
    <ConfigProvider locale={locale} theme={theme}>
      {children}
    </ConfigProvider>
  );
}

/**
 * A 401 from any data call means the session is gone: forget the user; `RequireAuth` then
 * sends the user to the login page and back here after signing in.
 */
function SessionExpiryHandler({ queryClient }: { queryClient: QueryClient }) {
  useEffect(
    () => onUnauthenticated(() => queryClient.setQueryData(getMeQueryOptions().queryKey, null)),
    [queryClient],
  );
  return null;
}

export function AppProvider({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <SessionExpiryHandler queryClient={queryClient} />
        <LocalizedAntd>{children}</LocalizedAntd>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
