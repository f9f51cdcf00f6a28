import { useTranslation } from 'react-i18next';
import { RequireRole } from '@/features/auth/components/require-role';
import { ReviewQueueScreen } from '@/features/notifications/components/review-queue-screen';

export default function ReviewQueueRoute() {
  const { t } = useTranslation();
  return (
    <RequireRole screen="reviewQueue">
      <title>{`${t('notifications.queue.title')} · ${t('app.name')}`}</title>
      <ReviewQueueScreen />
    </RequireRole>
  );
}
