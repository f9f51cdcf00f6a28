import { useTranslation } from 'react-i18next';
import { NotificationsScreen } from '@/features/notifications/components/notifications-screen';

export default function NotificationsRoute() {
  const { t } = useTranslation();
  return (
    <>
      <title>{`${t('notifications.title')} · ${t('app.name')}`}</title>
      <NotificationsScreen />
    </>
  );
}
