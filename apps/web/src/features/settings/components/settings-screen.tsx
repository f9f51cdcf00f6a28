import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '@/components/errors/error-results';
import { ContentSpinner } from '@/components/full-page-spinner';
import { PageHeader } from '@/components/page-header';
import { errorMessage } from '@/lib/error-message';
import { useCommitteeSettings } from '../api/get-committee-settings';
import { CommitteeSettingsForm } from './committee-settings-form';
import { DefaultReminderLadder } from './default-reminder-ladder';
import { DemoClockCard } from './demo-clock-card';
import { HolidaysEditor } from './holidays-editor';

/** "Cài đặt": the administrator's committee settings (what documents are headed and signed with) and public holidays. */
export function SettingsScreen() {
  const { t } = useTranslation();
  const settings = useCommitteeSettings();

  let committee;
  let ladder;
  if (settings.isPending) committee = ladder = <ContentSpinner label={t('common.loading')} />;
  else if (settings.isError) committee = ladder = <ErrorResult message={errorMessage(settings.error, t)} onRetry={() => void settings.refetch()} />;
  else {
    committee = <CommitteeSettingsForm settings={settings.data} />;
    ladder = <DefaultReminderLadder settings={settings.data} />;
  }

  return (
    <>
      <PageHeader title={t('settings.title')} description={t('settings.description')} />
      <Card title={t('settings.committeeTitle')} style={{ marginBottom: 16 }}>
        {committee}
      </Card>
      <Card title={t('settings.reminderLadder.title')} style={{ marginBottom: 16 }}>
        {ladder}
      </Card>
      <Card title={t('settings.holidays.title')}>
        <HolidaysEditor />
      </Card>
      <DemoClockCard />
    </>
  );
}
