import { useTranslation } from 'react-i18next';
import { RequireRole } from '@/features/auth/components/require-role';
import { OutboxScreen } from '@/features/notifications/components/outbox-screen';

export default function OutboxRoute() {
  const { t } = useTranslation();
  return (
    <RequireRole screen="outbox">
      <title>{`${t('notifications.outbox.title')} · ${t('app.name')}`}</title>
      <OutboxScreen />
    </RequireRole>
  );
}
