import { Alert, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';

export interface ReasonFormValues {
  reason: string;
  date: Dayjs | null;
}

/**
 * A short office decision that needs a written reason, and for an extension a new date:
 * "Mở lại báo cáo" and "Gia hạn". The caller sends the request; a 422 on `dueDate` lands on the date.
 */
export function ReasonModal({
  open,
  title,
  intro,
  dateLabel,
  disabledDate,
  dateErrorMessage,
  pending,
  onSubmit,
  onClose,
}: {
  open: boolean;
  title: string;
  intro?: ReactNode;
  /** Asks for a date as well when given. */
  dateLabel?: string;
  disabledDate?: (date: Dayjs) => boolean;
  /** The message for a 422 on the date field. */
  dateErrorMessage?: string;
  pending: boolean;
  onSubmit: (values: ReasonFormValues) => Promise<unknown>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ReasonFormValues>();
  const [formError, setFormError] = useState<string | null>(null);

  const onFinish = async (values: ReasonFormValues) => {
    setFormError(null);
    try {
      await onSubmit({ ...values, reason: values.reason.trim() });
      onClose();
    } catch (error) {
      const fields = isApiError(error) && error.status === 422 ? error.fieldErrors.map((field) => field.field) : [];
      if (dateLabel && fields.includes('dueDate')) {
        form.setFields([{ name: 'date', errors: [dateErrorMessage ?? t('review.invalidDate')] }]);
      } else {
        setFormError(errorMessage(error, t));
      }
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      okText={t('review.confirm')}
      cancelText={t('review.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={pending}
      destroyOnHidden
    >
      <Form<ReasonFormValues>
        form={form}
        layout="vertical"
        initialValues={{ reason: '', date: null }}
        onFinish={(values) => void onFinish(values)}
      >
        {intro ? <div style={{ marginBottom: 12 }}>{intro}</div> : null}
        {formError ? <Alert type="error" showIcon title={formError} style={{ marginBottom: 12 }} /> : null}
        {dateLabel ? (
          <Form.Item name="date" label={dateLabel} rules={[{ required: true, message: t('review.dateRequired') }]}>
            <DatePicker
              format="DD/MM/YYYY"
              style={{ width: '100%', maxWidth: 260 }}
              placeholder={t('review.datePlaceholder')}
              disabledDate={disabledDate}
            />
          </Form.Item>
        ) : null}
        <Form.Item
          name="reason"
          label={t('review.reason')}
          rules={[
            { required: true, whitespace: true, message: t('review.reasonRequired') },
            { min: 3, message: t('review.reasonRequired') },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
