import {
  INDICATOR_AGGREGATIONS,
  TASK_GROUP_SHORT_NAME_MAX_LENGTH,
  defaultTaskGroupShortName,
  normalizeTaskGroupShortName,
  taskGroupShortNameProblems,
  type IndicatorAggregation,
  type TaskGroup,
  type TaskGroupInput,
} from '@giao-ban/shared';
import { Alert, Button, Checkbox, Flex, Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { useAddTaskGroup } from '../api/add-task-group';
import { useUpdateTaskGroup } from '../api/update-task-group';

interface IndicatorFormValues {
  name: string;
  unit: string;
  aggregation: IndicatorAggregation;
  integerOnly: boolean;
  target: number | null;
}

interface TaskGroupFormValues {
  title: string;
  shortName: string;
  guidance: string;
  indicators: IndicatorFormValues[];
}

const NEW_INDICATOR: IndicatorFormValues = { name: '', unit: '', aggregation: 'sum', integerOnly: true, target: null };

function toFormValues(group: TaskGroup | null): TaskGroupFormValues {
  if (!group) return { title: '', shortName: '', guidance: '', indicators: [] };
  return {
    title: group.title,
    shortName: group.shortName,
    guidance: group.guidance ?? '',
    indicators: [...group.indicators]
      .sort((a, b) => a.ordinal - b.ordinal)
      .map(({ name, unit, aggregation, integerOnly, target }) => ({ name, unit, aggregation, integerOnly, target })),
  };
}

function toRequest(values: TaskGroupFormValues): TaskGroupInput {
  return {
    title: values.title.trim(),
    shortName: normalizeTaskGroupShortName(values.shortName ?? ''),
    guidance: values.guidance?.trim() ? values.guidance.trim() : null,
    indicators: (values.indicators ?? []).map((indicator) => ({
      name: indicator.name.trim(),
      unit: indicator.unit.trim(),
      aggregation: indicator.aggregation,
      integerOnly: indicator.integerOnly,
      target: indicator.target ?? null,
    })),
  };
}

/** `indicators.0.name` → `['indicators', 0, 'name']`, the form's own path. */
function fieldPath(field: string): (string | number)[] {
  return field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

export interface TaskGroupFormModalProps {
  periodId: string;
  open: boolean;
  /** null: a new task group. */
  taskGroup: TaskGroup | null;
  onClose: () => void;
}

/** The shared rule's first complaint about a short name, in the office's words. */
const SHORT_NAME_ERRORS = {
  required: 'periodAdmin.taskGroups.errors.shortNameRequired',
  isString: 'periodAdmin.taskGroups.errors.shortNameRequired',
  maxLength: 'periodAdmin.taskGroups.errors.shortNameTooLong',
  plainLine: 'periodAdmin.taskGroups.errors.shortNamePlainLine',
} as const;

/**
 * Add or edit a task group with its short name and its indicators (name, unit, sum/max, whole
 * numbers, target). The short name follows the title (the shared default) until the office types
 * one of its own; a group whose short name is still its title's default keeps following it.
 */
export function TaskGroupFormModal({ periodId, open, taskGroup, onClose }: TaskGroupFormModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TaskGroupFormValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const [shortNameTyped, setShortNameTyped] = useState(
    taskGroup !== null && taskGroup.shortName !== defaultTaskGroupShortName(taskGroup.title),
  );
  const onValuesChange = (changed: Partial<TaskGroupFormValues>) => {
    if ('shortName' in changed) setShortNameTyped((changed.shortName ?? '').trim() !== '');
    else if ('title' in changed && !shortNameTyped) {
      form.setFieldValue('shortName', defaultTaskGroupShortName(changed.title ?? ''));
    }
  };
  const addTaskGroup = useAddTaskGroup(periodId);
  const updateTaskGroup = useUpdateTaskGroup(periodId);
  const saving = addTaskGroup.isPending || updateTaskGroup.isPending;

  const onFinish = async (values: TaskGroupFormValues) => {
    setFormError(null);
    const body = toRequest(values);
    try {
      if (taskGroup) await updateTaskGroup.mutateAsync({ taskGroupId: taskGroup.id, body });
      else await addTaskGroup.mutateAsync(body);
      onClose();
    } catch (error) {
      if (isApiError(error) && error.status === 422 && error.fieldErrors.length > 0) {
        form.setFields(
          error.fieldErrors.map((fieldError) => ({
            name: fieldPath(fieldError.field) as never,
            errors: [t('periodAdmin.create.errors.invalid')],
          })),
        );
      }
      setFormError(errorMessage(error, t));
    }
  };

  const title = taskGroup
    ? t('periodAdmin.taskGroups.editTitle', { ordinal: taskGroup.ordinal })
    : t('periodAdmin.taskGroups.add');

  return (
    <Modal
      open={open}
      title={title}
      okText={t('periodAdmin.save')}
      cancelText={t('periodAdmin.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={saving}
      destroyOnHidden
      width={720}
    >
      <Form<TaskGroupFormValues>
        form={form}
        layout="vertical"
        initialValues={toFormValues(taskGroup)}
        onValuesChange={onValuesChange}
        onFinish={(values) => void onFinish(values)}
      >
        {formError ? <Alert type="error" showIcon title={formError} style={{ marginBottom: 12 }} /> : null}
        <Form.Item
          name="title"
          label={t('periodAdmin.taskGroups.fields.title')}
          rules={[
            { required: true, whitespace: true, message: t('periodAdmin.taskGroups.errors.titleRequired') },
            { min: 3, message: t('periodAdmin.taskGroups.errors.titleRequired') },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
        <Form.Item
          name="shortName"
          label={t('periodAdmin.taskGroups.fields.shortName')}
          extra={t('periodAdmin.taskGroups.shortNameHelp')}
          rules={[
            {
              validator: async (_rule, value: unknown) => {
                const [problem] = Object.keys(taskGroupShortNameProblems(normalizeTaskGroupShortName(value ?? '')));
                if (!problem) return;
                const key = SHORT_NAME_ERRORS[problem as keyof typeof SHORT_NAME_ERRORS] ?? SHORT_NAME_ERRORS.required;
                throw new Error(t(key, { max: TASK_GROUP_SHORT_NAME_MAX_LENGTH }));
              },
            },
          ]}
        >
          <Input maxLength={TASK_GROUP_SHORT_NAME_MAX_LENGTH} showCount />
        </Form.Item>
        <Form.Item name="guidance" label={t('periodAdmin.taskGroups.fields.guidance')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />
        </Form.Item>
        <Typography.Title level={3} style={{ fontSize: 15, marginTop: 0 }}>
          {t('periodAdmin.taskGroups.fields.indicators')}
        </Typography.Title>
        <Form.List name="indicators">
          {(fields, { add, remove }) => (
            <Flex vertical gap={12}>
              {fields.length === 0 ? (
                <Typography.Text type="secondary">{t('periodAdmin.taskGroups.noIndicators')}</Typography.Text>
              ) : null}
              {fields.map((field, index) => (
                <fieldset
                  key={field.key}
                  style={{ border: '1px solid #f0f0f0', borderRadius: 8, padding: '8px 12px 0', margin: 0 }}
                >
                  <legend style={{ fontSize: 13, padding: '0 4px', width: 'auto', margin: 0, border: 0 }}>
                    {t('periodAdmin.taskGroups.indicatorNumber', { number: index + 1 })}
                  </legend>
                  <Form.Item
                    name={[field.name, 'name']}
                    label={t('periodAdmin.taskGroups.fields.indicatorName')}
                    rules={[{ required: true, whitespace: true, message: t('periodAdmin.taskGroups.errors.indicatorName') }]}
                  >
                    <Input maxLength={300} />
                  </Form.Item>
                  <Flex wrap gap="0 12px">
                    <Form.Item
                      name={[field.name, 'unit']}
                      label={t('periodAdmin.taskGroups.fields.unit')}
                      style={{ flex: '1 1 140px' }}
                      rules={[{ required: true, whitespace: true, message: t('periodAdmin.taskGroups.errors.unit') }]}
                    >
                      <Input maxLength={40} placeholder={t('periodAdmin.taskGroups.unitPlaceholder')} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'aggregation']}
                      label={t('periodAdmin.taskGroups.fields.aggregation')}
                      style={{ flex: '1 1 180px' }}
                    >
                      <Select
                        options={INDICATOR_AGGREGATIONS.map((value) => ({
                          value,
                          label: t(`periods.taskGroups.aggregation.${value}`),
                        }))}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'target']}
                      label={t('periodAdmin.taskGroups.fields.target')}
                      style={{ flex: '1 1 120px' }}
                    >
                      <InputNumber min={0} max={1_000_000_000} style={{ width: '100%' }} />
                    </Form.Item>
                  </Flex>
                  <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
                    <Form.Item name={[field.name, 'integerOnly']} valuePropName="checked" noStyle>
                      <Checkbox>{t('periodAdmin.taskGroups.fields.integerOnly')}</Checkbox>
                    </Form.Item>
                    <Button danger size="small" onClick={() => remove(field.name)}>
                      {t('periodAdmin.taskGroups.removeIndicator')}
                    </Button>
                  </Flex>
                </fieldset>
              ))}
              <div>
                <Button onClick={() => add({ ...NEW_INDICATOR })}>{t('periodAdmin.taskGroups.addIndicator')}</Button>
              </div>
            </Flex>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
