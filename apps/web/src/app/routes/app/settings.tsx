import { useTranslation } from 'react-i18next';
import { RequireRole } from '@/features/auth/components/require-role';
import { SettingsScreen } from '@/features/settings/components/settings-screen';

export default function SettingsRoute() {
  const { t } = useTranslation();
  return (
    <RequireRole screen="settings">
      <title>{`${t('settings.title')} · ${t('app.name')}`}</title>
      <SettingsScreen />
    </RequireRole>
  );
}
