import { DOCUMENT_NUMBER_EXAMPLE, formatLocalDateVi, normalizeDocumentNumber, summaryAsOf, type SummaryDetail, type SummarySettingsRequest, type SummaryStyle } from '@giao-ban/shared';
import { Alert, DatePicker, Form, Input, Modal, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { useFinalizeSummary } from '../api/finalize-summary';
import { useReopenSummary } from '../api/reopen-summary';
import { useUpdateSummarySettings } from '../api/update-summary-settings';

/** The picked calendar date as the API takes it (YYYY-MM-DD). */
const pickedDate = (date: Dayjs | null | undefined) => (date ? date.format('YYYY-MM-DD') : null);

function numberRule(style: () => SummaryStyle, message: string) {
  return {
    validator: async (_: unknown, value: string | undefined) => {
      if (!value?.trim()) return;
      if (!normalizeDocumentNumber(style(), value)) throw new Error(message);
    },
  };
}

/** A modal's submit: runs the request, closes on success, shows the error (with 422's fields) otherwise. */
function useModalSubmit(onClose: () => void) {
  const { t } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const submit = async (request: () => Promise<unknown>) => {
    setFormError(null);
    try {
      await request();
      onClose();
    } catch (error) {
      const fields = isApiError(error) && error.status === 422 ? error.fieldErrors.map((f) => f.field).join(', ') : '';
      setFormError(`${errorMessage(error, t)}${fields ? ` (${fields})` : ''}`);
    }
  };
  return { formError, submit };
}

interface SettingsValues {
  style: SummaryStyle;
  number: string;
  place: string;
  date: Dayjs | null;
  subject: string;
  signerAuthority: string;
  signerTitle: string;
  signerName: string;
  recipients: string;
}

/** "Thông tin văn bản": the header, signature block and recipients of the document. */
export function SummarySettingsModal({ summary, open, onClose }: { summary: SummaryDetail; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<SettingsValues>();
  const update = useUpdateSummarySettings(summary.period.id);
  const { formError, submit } = useModalSubmit(onClose);
  const s = summary.settings;

  const onFinish = (values: SettingsValues) => {
    const body: SummarySettingsRequest = {
      style: values.style,
      number: values.number.trim() ? normalizeDocumentNumber(values.style, values.number) : null,
      date: pickedDate(values.date),
      place: values.place.trim(),
      subject: values.subject.trim(),
      signerAuthority: values.signerAuthority.trim(),
      signerTitle: values.signerTitle.trim(),
      signerName: values.signerName.trim() || null,
      recipients: values.recipients.split('\n').map((line) => line.trim()).filter(Boolean),
    };
    return submit(() => update.mutateAsync(body));
  };

  return (
    <Modal
      open={open}
      title={t('summary.settings.title')}
      okText={t('summary.settings.save')}
      cancelText={t('summary.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={update.isPending}
      destroyOnHidden
      width={640}
    >
      <Form<SettingsValues>
        form={form}
        layout="vertical"
        initialValues={{
          style: s.style,
          number: s.number ?? '',
          place: s.place,
          date: s.date ? dayjs(s.date) : null,
          subject: s.subject,
          signerAuthority: s.signerAuthority,
          signerTitle: s.signerTitle,
          signerName: s.signerName ?? '',
          recipients: s.recipients.join('\n'),
        }}
        onFinish={(values) => void onFinish(values)}
      >
        {formError ? <Alert type="error" showIcon title={formError} style={{ marginBottom: 12 }} /> : null}
        <Form.Item name="style" label={t('summary.settings.style')}>
          <Radio.Group
            options={[
              { value: 'party', label: t('summary.style.party') },
              { value: 'state', label: t('summary.style.state') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="number"
          label={t('summary.settings.number')}
          extra={t('summary.settings.numberHint', { example: DOCUMENT_NUMBER_EXAMPLE.party, exampleState: DOCUMENT_NUMBER_EXAMPLE.state })}
          rules={[numberRule(() => form.getFieldValue('style') as SummaryStyle, t('summary.settings.numberInvalid'))]}
        >
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="place" label={t('summary.settings.place')} rules={[{ required: true, whitespace: true, message: t('summary.required') }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="date" label={t('summary.settings.date')}>
          <DatePicker format="DD/MM/YYYY" style={{ width: '100%', maxWidth: 260 }} placeholder={t('summary.datePlaceholder')} />
        </Form.Item>
        <Form.Item name="subject" label={t('summary.settings.subject')} rules={[{ required: true, whitespace: true, message: t('summary.required') }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="signerAuthority" label={t('summary.settings.signerAuthority')} rules={[{ required: true, whitespace: true, message: t('summary.required') }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="signerTitle" label={t('summary.settings.signerTitle')} rules={[{ required: true, whitespace: true, message: t('summary.required') }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="signerName" label={t('summary.settings.signerName')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="recipients" label={t('summary.settings.recipients')} extra={t('summary.settings.recipientsHint')}>
          <Input.TextArea rows={6} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface FinalizeValues {
  number: string;
  date: Dayjs | null;
}

/** "Ban hành": the number and date, then the summary is frozen. */
export function FinalizeSummaryModal({ summary, open, onClose }: { summary: SummaryDetail; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FinalizeValues>();
  const finalize = useFinalizeSummary(summary.period.id);
  const { formError, submit } = useModalSubmit(onClose);
  const style = summary.settings.style;
  // The report is not dated before the end of its data, and is not issued without a signer (the API refuses both too).
  const cutOffTo = summary.figures.period.cutOffTo;
  const unsigned = !summary.settings.signerName?.trim();
  // The report bears the day its figures are stated as of (the API refuses another).
  const asOf = summaryAsOf(summary.figures);

  const onFinish = (values: FinalizeValues) =>
    submit(() => finalize.mutateAsync({ number: normalizeDocumentNumber(style, values.number) ?? values.number.trim(), date: pickedDate(values.date)! }));

  return (
    <Modal
      open={open}
      title={t('summary.finalize.title')}
      okText={t('summary.finalize.confirm')}
      cancelText={t('summary.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={finalize.isPending}
      okButtonProps={{ disabled: unsigned }}
      destroyOnHidden
    >
      <Form<FinalizeValues>
        form={form}
        layout="vertical"
        initialValues={{ number: summary.settings.number ?? '', date: dayjs(asOf) }}
        onFinish={(values) => void onFinish(values)}
      >
        <Alert type="warning" showIcon title={t('summary.finalize.warning')} style={{ marginBottom: 12 }} />
        {unsigned ? <Alert type="error" showIcon title={t('summary.finalize.signerMissing')} style={{ marginBottom: 12 }} /> : null}
        {formError ? <Alert type="error" showIcon title={formError} style={{ marginBottom: 12 }} /> : null}
        <Form.Item
          name="number"
          label={t('summary.settings.number')}
          extra={t('summary.finalize.numberHint', { example: DOCUMENT_NUMBER_EXAMPLE[style] })}
          rules={[{ required: true, whitespace: true, message: t('summary.required') }, numberRule(() => style, t('summary.settings.numberInvalid'))]}
        >
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item
          name="date"
          label={t('summary.settings.date')}
          extra={t('summary.finalize.dateHint', { date: formatLocalDateVi(cutOffTo) })}
          rules={[
            { required: true, message: t('summary.required') },
            {
              validator: (_, value: Dayjs | null) =>
                value && pickedDate(value)! < cutOffTo
                  ? Promise.reject(new Error(t('summary.finalize.dateBeforeCutOff', { date: formatLocalDateVi(cutOffTo) })))
                  : value && pickedDate(value) !== asOf
                    ? Promise.reject(new Error(t('summary.finalize.dateNotAsOf', { date: formatLocalDateVi(asOf) })))
                    : Promise.resolve(),
            },
          ]}
        >
          <DatePicker format="DD/MM/YYYY" style={{ width: '100%', maxWidth: 260 }} placeholder={t('summary.datePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** "Mở lại": back to the draft, with a reason. */
export function ReopenSummaryModal({ summary, open, onClose }: { summary: SummaryDetail; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const reopen = useReopenSummary(summary.period.id);
  const { formError, submit } = useModalSubmit(onClose);

  const onFinish = (values: { reason: string }) => submit(() => reopen.mutateAsync({ reason: values.reason.trim() }));

  return (
    <Modal
      open={open}
      title={t('summary.reopen.title')}
      okText={t('summary.reopen.confirm')}
      cancelText={t('summary.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={reopen.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ reason: '' }} onFinish={(values) => void onFinish(values)}>
        <p>{t('summary.reopen.hint')}</p>
        {formError ? <Alert type="error" showIcon title={formError} style={{ marginBottom: 12 }} /> : null}
        <Form.Item
          name="reason"
          label={t('summary.reopen.reason')}
          rules={[
            { required: true, whitespace: true, message: t('summary.required') },
            { min: 3, message: t('summary.required') },
          ]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
