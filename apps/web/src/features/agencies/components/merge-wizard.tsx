import type { Agency, MergeAgenciesRequest, SuccessionPreview, SuccessionResult, UnitUserPolicy } from '@giao-ban/shared';
import { Alert, Button, Checkbox, Flex, Form, Modal, Radio, Select, Steps, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@/lib/error-message';
import { formatDate } from '@/lib/format';
import { appToday } from '@/lib/app-clock';
import { useEndAgencies, useSuccessionPreview } from '../api/end-agencies';
import { toAgencyFormValues, toCreateAgencyRequest, type AgencyFormValues } from '../utils/agency-form';
import { AgencyFields } from './agency-fields';
import { SuccessionDecisionFields } from './succession-decision-fields';
import { SuccessionSummary } from './succession-summary';

export interface MergeWizardProps {
  open: boolean;
  /** The active member units, in display order. */
  units: Agency[];
  onClose: () => void;
  onMerged: (result: SuccessionResult) => void;
}

interface WizardValues {
  predecessorIds: string[];
  successorMode: 'new' | 'existing';
  successorId?: string;
  newUnit: AgencyFormValues;
  users: UnitUserPolicy;
  effectiveOn: Dayjs;
  note?: string;
}

const STEP_FIELDS: (string | string[])[][] = [
  ['predecessorIds'],
  ['successorMode', 'successorId', ['newUnit', 'name'], ['newUnit', 'shortName'], ['newUnit', 'displayOrder'], ['newUnit', 'kind'], ['newUnit', 'email'], ['newUnit', 'phone']],
  ['users', 'effectiveOn', 'note'],
];

function toRequest(values: WizardValues): MergeAgenciesRequest {
  return {
    predecessorIds: values.predecessorIds,
    successor: values.successorMode === 'new' ? { create: toCreateAgencyRequest(values.newUnit) } : { existingId: values.successorId! },
    users: values.users,
    effectiveOn: values.effectiveOn.format('YYYY-MM-DD'),
    note: values.note?.trim() ? values.note.trim() : null,
  };
}

/**
 * "Hợp nhất đơn vị": choose the units, the unit that carries on (a new one or an existing one),
 * what happens to their accounts, then read what will happen — asked of the API, which changes
 * nothing until the last button.
 */
export function MergeWizard({ open, units, onClose, onMerged }: MergeWizardProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<WizardValues>();
  const [step, setStep] = useState(0);
  const [preview, setPreview] = useState<SuccessionPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const previewing = useSuccessionPreview();
  const merging = useEndAgencies();
  const chosen = Form.useWatch('predecessorIds', form) ?? [];
  const mode = Form.useWatch('successorMode', form) ?? 'new';

  const values = (): WizardValues => form.getFieldsValue(true) as WizardValues;
  const successorName = (): string => {
    const v = values();
    return v.successorMode === 'new' ? (v.newUnit?.name?.trim() ?? '') : (units.find((u) => u.id === v.successorId)?.name ?? '');
  };

  const next = async () => {
    setError(null);
    try {
      await form.validateFields(STEP_FIELDS[step] as never);
    } catch {
      return;
    }
    if (step === 0 && !form.isFieldTouched(['newUnit', 'displayOrder'])) {
      // The new unit takes the place of the first of those it continues.
      const ids: string[] = form.getFieldValue('predecessorIds') ?? [];
      const orders = units.filter((u) => ids.includes(u.id)).map((u) => u.displayOrder);
      form.setFieldValue(['newUnit', 'displayOrder'], orders.length ? Math.min(...orders) : 1);
    }
    if (step < 2) {
      setStep(step + 1);
      return;
    }
    try {
      setPreview(await previewing.mutateAsync({ kind: 'merge', body: toRequest(values()) }));
      setStep(3);
    } catch (failure) {
      setError(errorMessage(failure, t));
    }
  };

  const confirm = async () => {
    setError(null);
    try {
      onMerged(await merging.mutateAsync({ kind: 'merge', body: toRequest(values()) }));
    } catch (failure) {
      setError(errorMessage(failure, t));
    }
  };

  const names = (ids: string[]) => ids.map((id) => units.find((u) => u.id === id)?.name ?? id).join(', ');
  const v = values();
  const footer = (
    <Flex justify="space-between" gap={8} wrap>
      <Button onClick={step === 0 ? onClose : () => setStep(step - 1)}>{step === 0 ? t('units.form.cancel') : t('units.merge.back')}</Button>
      {step < 3 ? (
        <Button type="primary" onClick={() => void next()} loading={previewing.isPending}>
          {step === 2 ? t('units.merge.review') : t('units.merge.next')}
        </Button>
      ) : (
        <Button type="primary" danger disabled={!preview || preview.plan.conflicts.length > 0} loading={merging.isPending} onClick={() => void confirm()}>
          {t('units.merge.confirm')}
        </Button>
      )}
    </Flex>
  );

  return (
    <Modal open={open} title={t('units.merge.title')} onCancel={onClose} footer={footer} destroyOnHidden width={720}>
      <Steps
        size="small"
        current={step}
        style={{ marginBottom: 16 }}
        items={[
          { title: t('units.merge.steps.units') },
          { title: t('units.merge.steps.successor') },
          { title: t('units.merge.steps.users') },
          { title: t('units.merge.steps.confirm') },
        ]}
      />
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} /> : null}
      <Form<WizardValues>
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={{
          predecessorIds: [],
          successorMode: 'new',
          newUnit: toAgencyFormValues(null, 1),
          users: 'move',
          effectiveOn: dayjs(appToday()),
        }}
      >
        <div hidden={step !== 0}>
          <Form.Item
            name="predecessorIds"
            label={t('units.merge.unitsLabel')}
            extra={t('units.merge.unitsHint')}
            rules={[{ required: true, type: 'array', min: 1, message: t('units.merge.errors.units') }]}
          >
            <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 6 }} options={units.map((u) => ({ value: u.id, label: u.name }))} />
          </Form.Item>
        </div>
        <div hidden={step !== 1}>
          <Form.Item name="successorMode" label={t('units.merge.successorLabel')} rules={[{ required: true }]}>
            <Radio.Group
              options={[
                { value: 'new', label: t('units.merge.successorNew') },
                { value: 'existing', label: t('units.merge.successorExisting') },
              ]}
            />
          </Form.Item>
          {mode === 'existing' ? (
            <Form.Item name="successorId" label={t('units.merge.successorUnit')} rules={[{ required: true, message: t('units.merge.errors.successor') }]}>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={t('units.merge.successorPlaceholder')}
                options={units.filter((u) => !chosen.includes(u.id)).map((u) => ({ value: u.id, label: u.name }))}
              />
            </Form.Item>
          ) : (
            <AgencyFields prefix="newUnit" />
          )}
        </div>
        <div hidden={step !== 2}>
          <SuccessionDecisionFields canMove />
        </div>
      </Form>
      {step === 3 && preview ? (
        <Flex vertical gap={12}>
          <Typography.Paragraph style={{ margin: 0 }} data-testid="merge-headline">
            {t(v.successorMode === 'new' ? 'units.merge.headlineNew' : 'units.merge.headlineExisting', {
              units: names(v.predecessorIds),
              date: formatDate(v.effectiveOn.format('YYYY-MM-DD')),
              successor: successorName(),
            })}
          </Typography.Paragraph>
          <SuccessionSummary preview={preview} successorName={successorName()} />
        </Flex>
      ) : null}
    </Modal>
  );
}
