import { BULLETIN_LIMITS, type BulletinIssueDetail, type UpdateBulletinIssueRequest } from '@giao-ban/shared';
import { Alert, Button, DatePicker, Flex, Form, Input, InputNumber, message } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { useUpdateBulletinIssue } from '../api/update-issue';

interface SettingsValues {
  number: number;
  windowStart: Dayjs | null;
  deadline: Dayjs | null;
  governingBody: string;
  editorialBoard: string;
  releaseDate: Dayjs | null;
}

const toDay = (date: string | null) => (date ? dayjs(date) : null);
const fromDay = (value: Dayjs | null) => (value && value.isValid() ? value.format('YYYY-MM-DD') : null);

/** The issue's number, window and deadline, and the editorial line printed on its cover (office, before publication). */
export function IssueSettings({ issue }: { issue: BulletinIssueDetail }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<SettingsValues>();
  const [toast, toastHolder] = message.useMessage();
  const [error, setError] = useState<string | null>(null);
  const update = useUpdateBulletinIssue(issue.id);

  const onFinish = (values: SettingsValues) => {
    setError(null);
    const body: UpdateBulletinIssueRequest = {
      number: values.number,
      windowStart: fromDay(values.windowStart) ?? issue.windowStart,
      deadline: fromDay(values.deadline) ?? issue.deadline,
      editorial: {
        governingBody: values.governingBody.trim(),
        editorialBoard: values.editorialBoard.trim(),
        releaseDate: fromDay(values.releaseDate),
      },
    };
    update.mutate(body, {
      onSuccess: () => void toast.success(t('bulletin.settings.saved')),
      onError: (cause) => {
        const fields = isApiError(cause) && cause.status === 422 ? cause.fieldErrors.map((field) => field.field.split('.')[0]) : [];
        if (fields.includes('deadline') || fields.includes('windowStart')) setError(t('bulletin.settings.errors.window'));
        else setError(errorMessage(cause, t));
      },
    });
  };

  return (
    <section aria-label={t('bulletin.settings.title')} style={{ maxWidth: 720 }}>
      {toastHolder}
      <Form<SettingsValues>
        form={form}
        layout="vertical"
        initialValues={{
          number: issue.number,
          windowStart: toDay(issue.windowStart),
          deadline: toDay(issue.deadline),
          governingBody: issue.editorial.governingBody,
          editorialBoard: issue.editorial.editorialBoard,
          releaseDate: toDay(issue.editorial.releaseDate),
        }}
        onFinish={onFinish}
      >
        <Flex wrap gap={16}>
          <Form.Item name="number" label={t('bulletin.settings.number')} rules={[{ required: true, message: t('bulletin.settings.errors.number') }]}>
            <InputNumber min={1} max={10000} precision={0} />
          </Form.Item>
          <Form.Item name="windowStart" label={t('bulletin.issue.windowStart')} rules={[{ required: true, message: t('bulletin.settings.errors.window') }]}>
            <DatePicker format="DD/MM/YYYY" allowClear={false} />
          </Form.Item>
          <Form.Item name="deadline" label={t('bulletin.issue.deadline')} extra={t('bulletin.settings.deadlineHint')}
            rules={[{ required: true, message: t('bulletin.settings.errors.window') }]}>
            <DatePicker format="DD/MM/YYYY" allowClear={false} />
          </Form.Item>
        </Flex>
        <Form.Item name="governingBody" label={t('bulletin.settings.governingBody')}>
          <Input maxLength={BULLETIN_LIMITS.editorialLineMaxLength} />
        </Form.Item>
        <Form.Item name="editorialBoard" label={t('bulletin.settings.editorialBoard')}>
          <Input.TextArea rows={2} maxLength={BULLETIN_LIMITS.editorialLineMaxLength} />
        </Form.Item>
        <Form.Item name="releaseDate" label={t('bulletin.settings.releaseDate')}>
          <DatePicker format="DD/MM/YYYY" placeholder={t('bulletin.common.datePlaceholder')} />
        </Form.Item>
        {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} /> : null}
        <Button type="primary" htmlType="submit" loading={update.isPending}>
          {t('bulletin.settings.save')}
        </Button>
      </Form>
    </section>
  );
}
