import type { ReminderLadder } from '@giao-ban/shared';
import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '@/components/errors/error-results';
import { ContentSpinner } from '@/components/full-page-spinner';
import { ReminderLadderEditor } from '@/components/reminder-ladder-editor';
import { hasStatus } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { describeReminderLadder } from '@/lib/reminder-ladder-words';
import { useReminderLadder } from '../api/get-reminder-ladder';
import { useSetReminderLadder } from '../api/set-reminder-ladder';

/** The period's ladder, saved to the period; once the period has closed the API refuses (409). */
function LadderForm({ periodId, saved }: { periodId: string; saved: ReminderLadder }) {
  const { t } = useTranslation();
  const save = useSetReminderLadder(periodId);
  return (
    <ReminderLadderEditor
      saved={saved}
      save={(ladder) => save.mutateAsync(ladder)}
      saving={save.isPending}
      fieldPrefix="ladder"
      savedMessage={t('reminders.ladder.saved')}
      describeError={(error) => (hasStatus(error, 409) ? t('reminders.ladder.closed') : errorMessage(error, t))}
    />
  );
}

/**
 * "Lịch nhắc hạn": when the period's units that have not submitted are reminded, in one sentence;
 * the office changes it while the period is a draft or open (leaders and the admin read it).
 */
export function ReminderLadderCard({ periodId, editable }: { periodId: string; editable: boolean }) {
  const { t } = useTranslation();
  const ladder = useReminderLadder(periodId);

  let body: ReactNode;
  if (ladder.isPending) body = <ContentSpinner label={t('common.loading')} />;
  else if (ladder.isError) body = <ErrorResult message={errorMessage(ladder.error, t)} onRetry={() => void ladder.refetch()} />;
  else if (editable) body = <LadderForm periodId={periodId} saved={ladder.data.ladder} />;
  else body = <Typography.Paragraph strong style={{ marginBottom: 0 }}>{describeReminderLadder(ladder.data.ladder, t)}</Typography.Paragraph>;

  return (
    <section aria-labelledby="reminder-ladder-heading" style={{ marginTop: 24 }}>
      <Typography.Title level={2} id="reminder-ladder-heading" style={{ fontSize: 20 }}>
        {t('reminders.ladder.title')}
      </Typography.Title>
      <Card size="small">
        <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
          {t('reminders.ladder.description')}
        </Typography.Paragraph>
        {body}
      </Card>
    </section>
  );
}
