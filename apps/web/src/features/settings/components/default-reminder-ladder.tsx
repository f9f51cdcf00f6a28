import type { CommitteeSettingsView } from '@giao-ban/shared';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ReminderLadderEditor } from '@/components/reminder-ladder-editor';
import { errorMessage } from '@/lib/error-message';
import { useUpdateCommitteeSettings } from '../api/update-committee-settings';

/**
 * "Lịch nhắc hạn mặc định": the ladder a new period starts with (PUT /api/settings
 * {reminderLadder}); the office still changes each period's own on the period's page.
 */
export function DefaultReminderLadder({ settings }: { settings: CommitteeSettingsView }) {
  const { t } = useTranslation();
  const update = useUpdateCommitteeSettings();
  return (
    <>
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t('settings.reminderLadder.hint')}
      </Typography.Paragraph>
      <ReminderLadderEditor
        saved={settings.reminderLadder}
        save={(reminderLadder) => update.mutateAsync({ reminderLadder })}
        saving={update.isPending}
        fieldPrefix="reminderLadder"
        savedMessage={t('settings.reminderLadder.saved')}
        describeError={(error) => errorMessage(error, t)}
      />
    </>
  );
}
