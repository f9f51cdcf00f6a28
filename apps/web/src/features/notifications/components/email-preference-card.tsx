import { Alert, Card, Switch, Typography, message } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@/lib/error-message';
import { useNotificationPreferences, useUpdateNotificationPreferences } from '../api/notification-preferences';

/**
 * "Thông báo" on the profile page: e-mail on or off for oneself (in-app notifications are always
 * on). `email` is the profile's address as the page shows it, so saving one updates the hint at once.
 */
export function EmailPreferenceCard({ email }: { email: string | null | undefined }) {
  const { t } = useTranslation();
  const preferences = useNotificationPreferences();
  const update = useUpdateNotificationPreferences();
  const [toast, toastHolder] = message.useMessage();
  const address = email === undefined ? preferences.data?.email ?? null : email;
  const enabled = preferences.data?.emailEnabled ?? true;

  const onChange = (emailEnabled: boolean) =>
    update.mutate(
      { emailEnabled },
      {
        onSuccess: () => void toast.success(emailEnabled ? t('notifications.preferences.turnedOn') : t('notifications.preferences.turnedOff')),
        onError: (error) => void toast.error(errorMessage(error, t)),
      },
    );

  return (
    <Card title={t('notifications.preferences.title')} style={{ marginBottom: 16 }}>
      {toastHolder}
      <div style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
        <label style={{ display: 'flex', alignItems: 'center', gap: 12, cursor: 'pointer' }}>
          <Switch checked={enabled} loading={preferences.isPending || update.isPending} onChange={onChange} aria-describedby="email-preference-hint" />
          <span>{t('notifications.preferences.email')}</span>
        </label>
        <Typography.Text type="secondary" id="email-preference-hint">
          {enabled && address ? t('notifications.preferences.sentTo', { address }) : t('notifications.preferences.inAppAlways')}
        </Typography.Text>
        {enabled && !address && !preferences.isPending ? <Alert type="info" showIcon title={t('notifications.preferences.noAddress')} /> : null}
      </div>
    </Card>
  );
}
