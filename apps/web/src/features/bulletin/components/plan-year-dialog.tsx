import { BULLETIN_LIMITS, DEFAULT_BULLETIN_DEADLINE_DAYS, DEFAULT_BULLETIN_WINDOW_DAYS, type PlanBulletinYearRequest } from '@giao-ban/shared';
import { Alert, Button, Form, InputNumber, Modal, Select, message } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { usePlanBulletinYear } from '../api/plan-year';

const DAYS = Array.from({ length: 31 }, (_, index) => index + 1);

/**
 * "Lập kế hoạch năm": the office generates a year's issues in one step — two a month by default,
 * deadlines on the 10th and the 25th (rolled over weekends and holidays), a window of 10 days.
 */
export function PlanYearButton({ year, onPlanned }: { year: number; onPlanned: (year: number) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<PlanBulletinYearRequest>();
  const [error, setError] = useState<string | null>(null);
  const [toast, toastHolder] = message.useMessage();
  const plan = usePlanBulletinYear();

  const onFinish = (values: PlanBulletinYearRequest) => {
    setError(null);
    const body = { ...values, deadlineDays: [...values.deadlineDays].sort((a, b) => a - b) };
    plan.mutate(body, {
      onSuccess: (issues) => {
        setOpen(false);
        void toast.success(t('bulletin.plan.done', { count: issues.length, year: body.year }));
        onPlanned(body.year);
      },
      onError: (cause) => {
        if (isApiError(cause) && cause.code === 'BULLETIN_ISSUE_EXISTS') setError(t('bulletin.plan.exists', { year: body.year }));
        else if (isApiError(cause) && cause.status === 422) setError(t('bulletin.plan.invalid'));
        else setError(errorMessage(cause, t));
      },
    });
  };

  return (
    <>
      {toastHolder}
      <Button type="primary" onClick={() => setOpen(true)}>
        {t('bulletin.plan.open')}
      </Button>
      <Modal
        open={open}
        title={t('bulletin.plan.title')}
        okText={t('bulletin.plan.submit')}
        cancelText={t('bulletin.common.cancel')}
        confirmLoading={plan.isPending}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form<PlanBulletinYearRequest>
          form={form}
          layout="vertical"
          initialValues={{ year, firstNumber: 1, deadlineDays: [...DEFAULT_BULLETIN_DEADLINE_DAYS], windowDays: DEFAULT_BULLETIN_WINDOW_DAYS }}
          onFinish={onFinish}
        >
          {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} /> : null}
          <Form.Item name="year" label={t('bulletin.plan.year')} rules={[{ required: true, message: t('bulletin.plan.invalid') }]}>
            <InputNumber min={2000} max={2100} precision={0} />
          </Form.Item>
          <Form.Item name="firstNumber" label={t('bulletin.plan.firstNumber')} rules={[{ required: true, message: t('bulletin.plan.invalid') }]}>
            <InputNumber min={1} max={10000} precision={0} />
          </Form.Item>
          <Form.Item
            name="deadlineDays"
            label={t('bulletin.plan.deadlineDays')}
            extra={t('bulletin.plan.deadlineDaysHint')}
            rules={[
              { required: true, type: 'array', min: 1, max: BULLETIN_LIMITS.deadlineDaysPerMonthMax, message: t('bulletin.plan.deadlineDaysRule', { max: BULLETIN_LIMITS.deadlineDaysPerMonthMax }) },
            ]}
          >
            <Select mode="multiple" options={DAYS.map((day) => ({ value: day, label: String(day) }))} style={{ maxWidth: 320 }} />
          </Form.Item>
          <Form.Item name="windowDays" label={t('bulletin.plan.windowDays')} extra={t('bulletin.plan.windowDaysHint')} rules={[{ required: true, message: t('bulletin.plan.invalid') }]}>
            <InputNumber min={1} max={BULLETIN_LIMITS.windowDaysMax} precision={0} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
