import type { ReportDetail } from '@giao-ban/shared';
import { Alert, Checkbox, DatePicker, Form, Input, Modal, Radio, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { appToday } from '@/lib/app-clock';
import { useReturnReport } from '../api/return-report';
import { sectionTitle } from '../utils/section-title';

type ReturnScope = 'sections' | 'whole';

interface ReturnFormValues {
  /** Returning the whole report is a choice of its own, never what an empty selection means. */
  scope: ReturnScope;
  sectionIds: string[];
  reason: string;
  revisionDueDate: Dayjs | null;
}

const DATE_FORMAT = 'DD/MM/YYYY';

/**
 * "Yêu cầu bổ sung": the office chooses the sections to revise (at least one) or, explicitly, the
 * whole report, gives the reason and the date the revision is due. The body scrolls inside the
 * dialog, so its buttons stay on a 768-pixel screen.
 */
export function ReturnReportModal({
  report,
  open,
  onClose,
}: {
  report: ReportDetail;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ReturnFormValues>();
  const returnReport = useReturnReport(report.id);
  const [formError, setFormError] = useState<string | null>(null);
  const today = dayjs(appToday());
  const sections = report.sections.filter((section) => section.applicable);
  const scope = Form.useWatch('scope', form) ?? 'sections';

  const onFinish = async (values: ReturnFormValues) => {
    setFormError(null);
    try {
      await returnReport.mutateAsync({
        sectionIds: values.scope === 'whole' ? [] : (values.sectionIds ?? []),
        reason: values.reason.trim(),
        revisionDueDate: values.revisionDueDate ? values.revisionDueDate.format('YYYY-MM-DD') : '',
      });
      onClose();
    } catch (error) {
      const fields = isApiError(error) && error.status === 422 ? error.fieldErrors : [];
      if (fields.some((field) => field.field === 'revisionDueDate')) {
        form.setFields([{ name: 'revisionDueDate', errors: [t('review.return.errors.dueDatePast')] }]);
      } else {
        setFormError(errorMessage(error, t));
      }
    }
  };

  return (
    <Modal
      open={open}
      title={t('review.return.title')}
      okText={t('review.return.submit')}
      cancelText={t('review.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={returnReport.isPending}
      destroyOnHidden
      width={640}
      styles={{ body: { maxHeight: 'calc(100vh - 240px)', overflowY: 'auto' } }}
    >
      <Form<ReturnFormValues>
        form={form}
        layout="vertical"
        initialValues={{ scope: 'sections', sectionIds: [], reason: '', revisionDueDate: null }}
        onFinish={(values) => void onFinish(values)}
      >
        {formError ? <Alert type="error" showIcon title={formError} style={{ marginBottom: 12 }} /> : null}
        <Form.Item name="scope" label={t('review.return.scope')}>
          <Radio.Group
            style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
            options={[
              { value: 'sections', label: t('review.return.scopeSections') },
              { value: 'whole', label: t('review.return.scopeWhole') },
            ]}
          />
        </Form.Item>
        {scope === 'sections' ? (
          <Form.Item
            name="sectionIds"
            label={t('review.return.sections')}
            // A validator rather than `required`: antd would put aria-required on the checkbox group's
            // plain <div>, where ARIA does not allow it (axe: aria-allowed-attr).
            rules={[
              {
                validator: (_, value: string[] | undefined) =>
                  value?.length ? Promise.resolve() : Promise.reject(new Error(t('review.return.errors.sectionsRequired'))),
              },
            ]}
          >
            <Checkbox.Group
              style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
              options={sections.map((section) => ({ value: section.id, label: sectionTitle(section) }))}
            />
          </Form.Item>
        ) : null}
        <Form.Item
          name="reason"
          label={t('review.return.reason')}
          rules={[
            { required: true, whitespace: true, message: t('review.return.errors.reasonRequired') },
            { min: 3, message: t('review.return.errors.reasonRequired') },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5000} />
        </Form.Item>
        <Form.Item
          name="revisionDueDate"
          label={t('review.return.dueDate')}
          rules={[{ required: true, message: t('review.return.errors.dueDateRequired') }]}
        >
          <DatePicker
            format={DATE_FORMAT}
            style={{ width: '100%', maxWidth: 260 }}
            placeholder={t('review.datePlaceholder')}
            disabledDate={(date) => date.isBefore(today, 'day')}
          />
        </Form.Item>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {scope === 'whole' ? t('review.return.noticeWhole') : t('review.return.notice')}
        </Typography.Text>
      </Form>
    </Modal>
  );
}
