import { normalizeReminderLadder, reminderLadderProblems, REMINDER_LADDER_LIMITS, type FieldError, type ReminderLadder } from '@giao-ban/shared';
import { Button, Flex, InputNumber, Select, Switch, Typography, message } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import { describeReminderLadder, ladderProblemMessages, type LadderField } from '@/lib/reminder-ladder-words';

/** The form's values: days before as typed (a tag may be any text until it is checked). */
interface LadderDraft {
  daysBefore: string[];
  onDueDay: boolean;
  repeat: boolean;
  repeatEveryDays: number | null;
}

/** Days before the due date offered in the list; any other number may be typed. */
const SUGGESTED_DAYS = [1, 2, 3, 5, 7, 10, 14, 30];

function toDraft(ladder: ReminderLadder): LadderDraft {
  return {
    daysBefore: ladder.daysBefore.map(String),
    onDueDay: ladder.onDueDay,
    repeat: ladder.repeatEveryDays !== null,
    repeatEveryDays: ladder.repeatEveryDays ?? 3,
  };
}

/** The ladder the draft means; what is not a number stays NaN so that the shared rule names it. */
function toLadder(draft: LadderDraft): ReminderLadder {
  const day = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.trim()));
  return {
    daysBefore: draft.daysBefore.map(day),
    onDueDay: draft.onDueDay,
    repeatEveryDays: draft.repeat ? (draft.repeatEveryDays ?? Number.NaN) : null,
  };
}

const sameLadder = (a: ReminderLadder, b: ReminderLadder) => JSON.stringify(normalizeReminderLadder(a)) === JSON.stringify(normalizeReminderLadder(b));

function FieldMessages({ messages }: { messages: string[] | undefined }) {
  if (!messages?.length) return null;
  return (
    <div role="alert">
      {messages.map((text) => (
        <Typography.Text key={text} type="danger" style={{ display: 'block', fontSize: 13 }}>
          {text}
        </Typography.Text>
      ))}
    </div>
  );
}

export interface ReminderLadderEditorProps {
  /** The ladder as stored. */
  saved: ReminderLadder;
  /** Sends the normalized ladder; resolves once stored, rejects with the API's error. */
  save: (ladder: ReminderLadder) => Promise<unknown>;
  saving: boolean;
  /** Where the API's 422 names the ladder's parts: `ladder` (a period's), `reminderLadder` (the committee's default). */
  fieldPrefix: string;
  savedMessage: string;
  /** The user's words for a refusal other than the ladder's own fields (a closed period's 409…). */
  describeError: (error: unknown) => string;
}

/**
 * A reminder ladder, edited: days before as tags, the due-day switch, the overdue repeat (switch
 * and days), the schedule in one sentence that follows the form, checked as typed by libs/shared's
 * reminderLadderProblems; the API's 422 lands on its fields. A period's ladder and the committee's
 * default are edited with it.
 */
export function ReminderLadderEditor({ saved, save, saving, fieldPrefix, savedMessage, describeError }: ReminderLadderEditorProps) {
  const { t } = useTranslation();
  const [toast, toastHolder] = message.useMessage();
  // null: nothing changed yet, the saved ladder shows
  const [draft, setDraft] = useState<LadderDraft | null>(null);
  // the API's 422, against the ladder that was sent (its indexes are that ladder's)
  const [refused, setRefused] = useState<{ problems: FieldError[]; ladder: ReminderLadder } | null>(null);
  const daysId = useId();
  const daysHintId = useId();
  const onDueDayId = useId();
  const repeatId = useId();
  const repeatDaysId = useId();

  const values = draft ?? toDraft(saved);
  const ladder = toLadder(values);
  const problems = reminderLadderProblems(ladder);
  const dirty = draft !== null && !sameLadder(ladder, saved);
  const shown: Partial<Record<LadderField, string[]>> = refused
    ? ladderProblemMessages(refused.problems, refused.ladder.daysBefore, t, fieldPrefix)
    : ladderProblemMessages(problems, values.daysBefore, t);
  const change = (patch: Partial<LadderDraft>) => {
    setRefused(null);
    setDraft({ ...values, ...patch });
  };

  const onSave = () => {
    const sent = normalizeReminderLadder(ladder);
    save(sent).then(
      () => {
        setDraft(null);
        void toast.success(savedMessage);
      },
      (error: unknown) => {
        const fieldErrors = isApiError(error) && error.status === 422 ? error.fieldErrors : [];
        if (fieldErrors.length > 0) setRefused({ problems: fieldErrors, ladder: sent });
        else void toast.error(describeError(error));
      },
    );
  };

  return (
    <>
      {toastHolder}
      <Typography.Paragraph strong style={{ marginBottom: 16 }} aria-live="polite">
        {describeReminderLadder(problems.length === 0 ? ladder : saved, t)}
      </Typography.Paragraph>
      <Flex vertical gap={16}>
        <Flex vertical gap={4} style={{ maxWidth: 480 }}>
          <label htmlFor={daysId}>{t('reminders.ladder.daysBefore')}</label>
          <Select<string[]>
            id={daysId}
            mode="tags"
            aria-describedby={daysHintId}
            status={shown.daysBefore ? 'error' : undefined}
            value={values.daysBefore}
            tokenSeparators={[',', ';', ' ']}
            options={SUGGESTED_DAYS.map((days) => ({ value: String(days), label: String(days) }))}
            onChange={(daysBefore) => change({ daysBefore })}
          />
          <Typography.Text id={daysHintId} type="secondary" style={{ fontSize: 13 }}>
            {t('reminders.ladder.daysBeforeHint')}
          </Typography.Text>
          <FieldMessages messages={shown.daysBefore} />
        </Flex>
        <Flex align="center" gap={8}>
          <Switch id={onDueDayId} checked={values.onDueDay} onChange={(onDueDay) => change({ onDueDay })} />
          <label htmlFor={onDueDayId}>{t('reminders.ladder.onDueDay')}</label>
        </Flex>
        <FieldMessages messages={shown.onDueDay} />
        <Flex wrap align="center" gap="8px 16px">
          <Flex align="center" gap={8}>
            <Switch id={repeatId} checked={values.repeat} onChange={(repeat) => change({ repeat })} />
            <label htmlFor={repeatId}>{t('reminders.ladder.repeat')}</label>
          </Flex>
          <Flex align="center" gap={8}>
            <label htmlFor={repeatDaysId}>{t('reminders.ladder.repeatEveryDays')}</label>
            <InputNumber<number>
              id={repeatDaysId}
              min={1}
              max={REMINDER_LADDER_LIMITS.maxRepeatEveryDays}
              precision={0}
              disabled={!values.repeat}
              status={shown.repeatEveryDays ? 'error' : undefined}
              value={values.repeatEveryDays}
              onChange={(repeatEveryDays) => change({ repeatEveryDays })}
              style={{ width: 90 }}
            />
          </Flex>
        </Flex>
        <FieldMessages messages={shown.repeatEveryDays} />
      </Flex>
      <Flex wrap gap={8} align="center" style={{ marginTop: 16 }}>
        <Button type="primary" disabled={!dirty || problems.length > 0} loading={saving} onClick={onSave}>
          {t('reminders.ladder.save')}
        </Button>
        {dirty ? (
          <>
            <Button
              onClick={() => {
                setDraft(null);
                setRefused(null);
              }}
            >
              {t('reminders.ladder.undo')}
            </Button>
            <Typography.Text type="warning">{t('reminders.ladder.unsaved')}</Typography.Text>
          </>
        ) : null}
      </Flex>
    </>
  );
}
