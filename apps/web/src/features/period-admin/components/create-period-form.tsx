import {
  earliestDueDate,
  PERIOD_KINDS,
  type CreatePeriodRequest,
  type FieldError,
  type PeriodKind,
  type ReportingPeriod,
} from '@giao-ban/shared';
import { Alert, Button, Card, Checkbox, DatePicker, Flex, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { isApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { formatDate } from '@/lib/format';
import { appToday } from '@/lib/app-clock';
import { useCreatePeriod } from '../api/create-period';
import { usePeriodChoices } from '../api/get-period-choices';
import { askToGoAheadPastDue } from '../utils/past-due';
import {
  DATE_FORMAT,
  fromPickerValue,
  hasSequence,
  SEQUENCE_MAX,
  sequenceContaining,
  sequenceLabel,
  suggestedCutOff,
  suggestedTitle,
  toPickerValue,
} from '../utils/period-form';

interface CreatePeriodFormValues {
  title: string;
  kind: PeriodKind;
  year: number | null;
  sequence: number | null;
  cutOffFrom: Dayjs | null;
  cutOffTo: Dayjs | null;
  dueDate: Dayjs | null;
  requiresHeadApproval: boolean;
  shiftDueDateToWorkingDay: boolean;
  copyFromPeriodId: string | null;
}

type FieldName = keyof CreatePeriodFormValues;
const FIELD_NAMES: ReadonlySet<string> = new Set<FieldName>([
  'title',
  'kind',
  'year',
  'sequence',
  'cutOffFrom',
  'cutOffTo',
  'dueDate',
  'requiresHeadApproval',
  'shiftDueDateToWorkingDay',
  'copyFromPeriodId',
]);

const ISO_DATE = /\d{4}-\d{2}-\d{2}/;

/** The server's field error in the user's words (its own messages are English, for developers). */
function fieldErrorMessage(error: FieldError, t: TFunction): string {
  const rules = Object.keys(error.constraints);
  switch (error.field) {
    case 'dueDate': {
      const earliest = Object.values(error.constraints).join(' ').match(ISO_DATE)?.[0];
      return earliest
        ? t('periodAdmin.create.errors.dueDateTooEarly', { date: formatDate(earliest) })
        : t('periodAdmin.create.errors.dueDate');
    }
    case 'cutOffFrom':
      return rules.includes('required') ? t('periodAdmin.create.errors.cutOffRequired') : t('periodAdmin.create.errors.invalid');
    case 'cutOffTo':
      return rules.includes('order') ? t('periodAdmin.create.errors.cutOffOrder') : t('periodAdmin.create.errors.invalid');
    case 'sequence':
      return t('periodAdmin.create.errors.sequence');
    default:
      return t('periodAdmin.create.errors.invalid');
  }
}

function initialValues(t: TFunction): CreatePeriodFormValues {
  const today = appToday();
  const kind: PeriodKind = 'half_year';
  const year = Number(today.slice(0, 4));
  const sequence = sequenceContaining(kind, today);
  const cutOff = suggestedCutOff(kind, year, sequence);
  return {
    title: suggestedTitle(kind, year, sequence, t),
    kind,
    year,
    sequence,
    cutOffFrom: toPickerValue(cutOff?.from),
    cutOffTo: toPickerValue(cutOff?.to),
    dueDate: null,
    requiresHeadApproval: false,
    shiftDueDateToWorkingDay: true,
    copyFromPeriodId: null,
  };
}

export interface CreatePeriodFormProps {
  onCreated: (period: ReportingPeriod) => void;
  onCancel: () => void;
}

/**
 * The standing office opens a new reporting cycle. The data cut-off follows Decree 09 for the
 * chosen kind, year and number (and follows them when they change) until the office edits it;
 * the earliest due date is shown as a hint, the server has the last word (holidays included).
 */
export function CreatePeriodForm({ onCreated, onCancel }: CreatePeriodFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CreatePeriodFormValues>();
  const [initial] = useState(() => initialValues(t));
  const titleEdited = useRef(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [modal, modalHolder] = Modal.useModal();
  const createPeriod = useCreatePeriod();
  const periods = usePeriodChoices();

  const kind = Form.useWatch('kind', form) ?? initial.kind;
  const cutOffTo = Form.useWatch('cutOffTo', form);
  const earliest = useMemo(() => {
    const to = fromPickerValue(cutOffTo);
    return to ? earliestDueDate(to, new Set()) : null;
  }, [cutOffTo]);

  const sequenceMax = SEQUENCE_MAX[kind];
  const sequenceOptions = sequenceMax
    ? Array.from({ length: sequenceMax }, (_, index) => ({ value: index + 1, label: sequenceLabel(kind, index + 1, t) }))
    : [];

  const onValuesChange = (changed: Partial<CreatePeriodFormValues>, all: CreatePeriodFormValues) => {
    if (!('kind' in changed || 'year' in changed || 'sequence' in changed)) return;
    let sequence = all.sequence;
    if ('kind' in changed) {
      sequence = hasSequence(all.kind) ? sequenceContaining(all.kind, appToday()) : null;
    }
    const next: Partial<CreatePeriodFormValues> = { sequence };
    const cutOff = suggestedCutOff(all.kind, all.year, sequence);
    if (cutOff) {
      next.cutOffFrom = toPickerValue(cutOff.from);
      next.cutOffTo = toPickerValue(cutOff.to);
    }
    if (!titleEdited.current) {
      const title = suggestedTitle(all.kind, all.year, sequence, t);
      if (title) next.title = title;
    }
    form.setFieldsValue(next);
  };

  const onFinish = async (values: CreatePeriodFormValues, confirmPastDue = false) => {
    setFormError(null);
    const request: CreatePeriodRequest = {
      title: values.title.trim(),
      kind: values.kind,
      year: values.year ?? 0,
      sequence: hasSequence(values.kind) ? values.sequence : null,
      cutOffFrom: fromPickerValue(values.cutOffFrom) ?? undefined,
      cutOffTo: fromPickerValue(values.cutOffTo) ?? undefined,
      dueDate: fromPickerValue(values.dueDate) ?? '',
      requiresHeadApproval: values.requiresHeadApproval,
      shiftDueDateToWorkingDay: values.shiftDueDateToWorkingDay,
      copyFromPeriodId: values.copyFromPeriodId ?? null,
      ...(confirmPastDue ? { confirmPastDue } : {}),
    };
    try {
      onCreated(await createPeriod.mutateAsync(request));
    } catch (error) {
      // A due date already past: the office is told what that means and asked before creating.
      if (askToGoAheadPastDue(error, modal, t, t('periodAdmin.pastDue.createOk'), () => onFinish(values, true))) return;
      if (isApiError(error) && error.status === 422 && error.fieldErrors.length > 0) {
        const onFields = error.fieldErrors.filter((fieldError) => FIELD_NAMES.has(fieldError.field));
        form.setFields(
          onFields.map((fieldError) => ({
            name: fieldError.field as FieldName,
            errors: [fieldErrorMessage(fieldError, t)],
          })),
        );
        if (onFields.length < error.fieldErrors.length) setFormError(t('errors.VALIDATION_FAILED'));
      } else if (isApiError(error) && error.status === 409) {
        setFormError(t('periodAdmin.create.conflict'));
      } else {
        setFormError(errorMessage(error, t));
      }
    }
  };

  const copyOptions = (periods.data ?? []).map((period) => ({ value: period.id, label: period.title }));
  const halfWidth = { flex: '1 1 200px', minWidth: 0 };

  return (
    <Card style={{ maxWidth: 760 }}>
      {modalHolder}
      <Form<CreatePeriodFormValues>
        form={form}
        layout="vertical"
        initialValues={initial}
        onValuesChange={onValuesChange}
        onFinish={(values) => void onFinish(values)}
        requiredMark
        scrollToFirstError
      >
        {formError ? (
          <Alert type="error" showIcon title={formError} role="alert" style={{ marginBottom: 16 }} />
        ) : null}
        <Form.Item
          name="title"
          label={t('periodAdmin.create.fields.title')}
          rules={[
            { required: true, whitespace: true, message: t('periodAdmin.create.errors.titleRequired') },
            { min: 3, message: t('periodAdmin.create.errors.titleRequired') },
          ]}
        >
          <Input maxLength={200} onChange={() => (titleEdited.current = true)} />
        </Form.Item>
        <Flex wrap gap="0 16px">
          <Form.Item name="kind" label={t('periodAdmin.create.fields.kind')} style={halfWidth} rules={[{ required: true }]}>
            <Select options={PERIOD_KINDS.map((value) => ({ value, label: t(`periods.kind.${value}`) }))} />
          </Form.Item>
          <Form.Item
            name="year"
            label={t('periodAdmin.create.fields.year')}
            style={halfWidth}
            rules={[{ required: true, message: t('periodAdmin.create.errors.yearRequired') }]}
          >
            <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          {sequenceMax ? (
            <Form.Item
              name="sequence"
              label={t('periodAdmin.create.fields.sequence')}
              style={halfWidth}
              rules={[{ required: true, message: t('periodAdmin.create.errors.sequenceRequired') }]}
            >
              <Select options={sequenceOptions} />
            </Form.Item>
          ) : null}
        </Flex>
        <Flex wrap gap="0 16px">
          <Form.Item
            name="cutOffFrom"
            label={t('periodAdmin.create.fields.cutOffFrom')}
            style={halfWidth}
            rules={[{ required: true, message: t('periodAdmin.create.errors.cutOffRequired') }]}
          >
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder={t('periodAdmin.datePlaceholder')} />
          </Form.Item>
          <Form.Item
            name="cutOffTo"
            label={t('periodAdmin.create.fields.cutOffTo')}
            style={halfWidth}
            dependencies={['cutOffFrom']}
            rules={[
              { required: true, message: t('periodAdmin.create.errors.cutOffRequired') },
              ({ getFieldValue }) => ({
                validator: (_, value: Dayjs | null) => {
                  const from = getFieldValue('cutOffFrom') as Dayjs | null;
                  return value && from && value.isBefore(from, 'day')
                    ? Promise.reject(new Error(t('periodAdmin.create.errors.cutOffOrder')))
                    : Promise.resolve();
                },
              }),
            ]}
          >
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder={t('periodAdmin.datePlaceholder')} />
          </Form.Item>
        </Flex>
        <Form.Item
          name="dueDate"
          label={t('periodAdmin.create.fields.dueDate')}
          extra={earliest ? t('periodAdmin.create.earliestDueDate', { date: formatDate(earliest) }) : undefined}
          rules={[{ required: true, message: t('periodAdmin.create.errors.dueDateRequired') }]}
        >
          <DatePicker format={DATE_FORMAT} style={{ width: '100%', maxWidth: 320 }} placeholder={t('periodAdmin.datePlaceholder')} />
        </Form.Item>
        <Form.Item name="requiresHeadApproval" valuePropName="checked" style={{ marginBottom: 8 }}>
          <Checkbox>{t('periodAdmin.create.fields.requiresHeadApproval')}</Checkbox>
        </Form.Item>
        <Form.Item name="shiftDueDateToWorkingDay" valuePropName="checked">
          <Checkbox>{t('periodAdmin.create.fields.shiftDueDateToWorkingDay')}</Checkbox>
        </Form.Item>
        <Form.Item
          name="copyFromPeriodId"
          label={t('periodAdmin.create.fields.copyFromPeriodId')}
          extra={t('periodAdmin.create.copyHint')}
        >
          <Select
            allowClear
            loading={periods.isPending}
            options={copyOptions}
            placeholder={t('periodAdmin.create.noCopy')}
          />
        </Form.Item>
        <Flex gap={8} wrap>
          <Button type="primary" htmlType="submit" loading={createPeriod.isPending}>
            {t('periodAdmin.create.submit')}
          </Button>
          <Button onClick={onCancel}>{t('periodAdmin.cancel')}</Button>
        </Flex>
      </Form>
    </Card>
  );
}
