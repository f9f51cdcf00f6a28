import { REMINDER_MESSAGE_MAX_LENGTH, type FieldError, type PeriodState } from '@giao-ban/shared';
import { Alert, Button, Form, Input, Modal, Typography, message } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListAlert } from '@/components/list-alert';
import type { SelectedUnit, UnitSelectionAction } from '@/components/unit-selection';
import { isApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { useSendReminders } from '../api/send-reminders';

interface RemindFormValues {
  message: string;
}

/** Why the API refused a unit (`agencyIds.<index>`), in words, by the unit's name. */
function refusalText(refusal: FieldError, units: SelectedUnit[], t: TFunction): string | null {
  const match = /^agencyIds\.(\d+)$/.exec(refusal.field);
  if (!match) return null;
  const unit = units[Number(match[1])]?.agencyName ?? '';
  if ('alreadySubmitted' in refusal.constraints) return t('reminders.send.errors.alreadySubmitted', { unit });
  if ('notObliged' in refusal.constraints) return t('reminders.send.errors.notObliged', { unit });
  return t('reminders.send.errors.unit', { unit });
}

/** "báo cáo 6 tháng cuối năm 2021" from the period "Báo cáo 6 tháng cuối năm 2021": the message says "gửi báo cáo …" once. */
function reportWords(periodTitle: string): string {
  return periodTitle.replace(/^báo cáo\s+/i, '');
}

/**
 * "Đôn đốc": the office sends the chosen units that have not submitted a reminder in its own words
 * (a courteous default to start from), in the app and by e-mail to each unit's people.
 */
export function RemindUnitsButton({
  periodId,
  periodTitle,
  units,
  onSent,
}: {
  periodId: string;
  periodTitle: string;
  units: SelectedUnit[];
  onSent: () => void;
}) {
  const { t } = useTranslation();
  const [toast, toastHolder] = message.useMessage();
  const [form] = Form.useForm<RemindFormValues>();
  const send = useSendReminders(periodId);
  const [open, setOpen] = useState(false);
  const [refusals, setRefusals] = useState<string[]>([]);
  const [formError, setFormError] = useState<string | null>(null);

  const close = () => {
    form.resetFields();
    setOpen(false);
    setRefusals([]);
    setFormError(null);
  };

  const onFinish = ({ message: text }: RemindFormValues) => {
    setRefusals([]);
    setFormError(null);
    send.mutate(
      { agencyIds: units.map((unit) => unit.agencyId), message: text.trim() },
      {
        onSuccess: (result) => {
          void toast.success(t('reminders.send.sent', { count: result.units }));
          close();
          onSent();
        },
        onError: (error) => {
          const fieldErrors = isApiError(error) && error.status === 422 ? error.fieldErrors : [];
          const onUnits = fieldErrors.flatMap((refusal) => refusalText(refusal, units, t) ?? []);
          if (onUnits.length > 0) setRefusals(onUnits);
          else if (fieldErrors.some((f) => f.field === 'message')) {
            const tooLong = text.trim().length > REMINDER_MESSAGE_MAX_LENGTH;
            const words = tooLong ? t('reminders.send.errors.messageTooLong', { max: REMINDER_MESSAGE_MAX_LENGTH }) : t('reminders.send.errors.messageRequired');
            form.setFields([{ name: 'message', errors: [words] }]);
          }
          else setFormError(errorMessage(error, t));
        },
      },
    );
  };

  return (
    <>
      {toastHolder}
      <Button type="primary" disabled={units.length === 0} onClick={() => setOpen(true)}>
        {t('reminders.send.button')}
      </Button>
      <Modal
        open={open}
        title={t('reminders.send.title')}
        okText={t('reminders.send.submit')}
        cancelText={t('reminders.send.cancel')}
        onOk={() => form.submit()}
        onCancel={close}
        confirmLoading={send.isPending}
        destroyOnHidden
      >
        <Form<RemindFormValues>
          form={form}
          layout="vertical"
          initialValues={{ message: t('reminders.send.defaultMessage', { report: reportWords(periodTitle), period: periodTitle }) }}
          onFinish={onFinish}
        >
          {formError ? <Alert type="error" showIcon title={formError} style={{ marginBottom: 12 }} /> : null}
          {refusals.length > 0 ? (
            <ListAlert type="error" title={t('reminders.send.errors.refused')} items={refusals.map((text) => ({ key: text, text }))} />
          ) : null}
          <Typography.Text strong id="remind-units-heading">
            {t('reminders.send.units', { count: units.length })}
          </Typography.Text>
          <ul aria-labelledby="remind-units-heading" style={{ margin: '4px 0 8px', paddingInlineStart: 20, maxHeight: 180, overflowY: 'auto' }}>
            {units.map((unit) => (
              <li key={unit.agencyId}>{unit.agencyName}</li>
            ))}
          </ul>
          {/* above the message: below it the character count takes the line */}
          <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
            {t('reminders.send.messageHint')}
          </Typography.Paragraph>
          <Form.Item
            name="message"
            label={t('reminders.send.message')}
            rules={[
              { required: true, whitespace: true, message: t('reminders.send.errors.messageRequired') },
              { max: REMINDER_MESSAGE_MAX_LENGTH, message: t('reminders.send.errors.messageTooLong', { max: REMINDER_MESSAGE_MAX_LENGTH }) },
            ]}
          >
            <Input.TextArea rows={4} showCount maxLength={REMINDER_MESSAGE_MAX_LENGTH} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** The đôn đốc a list of units offers the office, while the period is open (a closed one chases no one). */
export function remindUnitsAction(period: { id: string; title: string; state: PeriodState }): UnitSelectionAction | undefined {
  if (period.state !== 'open') return undefined;
  return {
    render: (units, clear) => <RemindUnitsButton periodId={period.id} periodTitle={period.title} units={units} onSent={clear} />,
  };
}
