import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { ChangePasswordForm } from '@/features/profile/components/change-password-form';
import { ProfileDetails } from '@/features/profile/components/profile-details';

export default function ProfileRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <>
      <title>{`${t('profile.title')} · ${t('app.name')}`}</title>
      <PageHeader title={t('profile.title')} description={t('profile.description')} />
      <ProfileDetails />
      <Card title={t('profile.password.title')}>
        <ChangePasswordForm login={user.login} />
      </Card>
    </>
  );
}
