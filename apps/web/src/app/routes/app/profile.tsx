import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { EmailPreferenceCard } from '@/features/notifications/components/email-preference-card';
import { useProfile } from '@/features/profile/api/get-profile';
import { ChangePasswordForm } from '@/features/profile/components/change-password-form';
import { ProfileDetails } from '@/features/profile/components/profile-details';

export default function ProfileRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const profile = useProfile();
  return (
    <>
      <title>{`${t('profile.title')} · ${t('app.name')}`}</title>
      <PageHeader title={t('profile.title')} description={t('profile.description')} />
      <ProfileDetails />
      <EmailPreferenceCard email={profile.data ? profile.data.email : undefined} />
      <Card title={t('profile.password.title')}>
        <ChangePasswordForm login={user.login} />
      </Card>
    </>
  );
}
