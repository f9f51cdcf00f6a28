import type { Agency, DeactivateAgencyRequest, SuccessionPreview, SuccessionResult, UnitUserPolicy } from '@giao-ban/shared';
import { Alert, Button, Flex, Form, Modal, Radio, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@/lib/error-message';
import { formatDate } from '@/lib/format';
import { appToday } from '@/lib/app-clock';
import { useEndAgencies, useSuccessionPreview } from '../api/end-agencies';
import { SuccessionDecisionFields } from './succession-decision-fields';
import { SuccessionSummary } from './succession-summary';

export interface DeactivateAgencyModalProps {
  /** The unit to end; null: closed. */
  agency: Agency | null;
  /** Active member units that may carry on its work. */
  units: Agency[];
  onClose: () => void;
  onDone: (result: SuccessionResult) => void;
}

interface DeactivateValues {
  mode: 'abolish' | 'split';
  successorId?: string;
  users: UnitUserPolicy;
  effectiveOn: Dayjs;
  note?: string;
}

function toRequest(values: DeactivateValues): DeactivateAgencyRequest {
  const split = values.mode === 'split';
  return {
    successorId: split ? values.successorId : null,
    users: split ? values.users : 'deactivate',
    effectiveOn: values.effectiveOn.format('YYYY-MM-DD'),
    note: values.note?.trim() ? values.note.trim() : null,
  };
}

/**
 * "Kết thúc hoạt động": a unit split (its work carried on by a successor, whose users then read its
 * past reports) or abolished (no successor). The plan is shown and confirmed before anything changes.
 */
export function DeactivateAgencyModal({ agency, units, onClose, onDone }: DeactivateAgencyModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<DeactivateValues>();
  const [preview, setPreview] = useState<SuccessionPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const previewing = useSuccessionPreview();
  const ending = useEndAgencies();
  const mode = Form.useWatch('mode', form) ?? 'abolish';

  if (!agency) return null;
  const values = (): DeactivateValues => form.getFieldsValue(true) as DeactivateValues;
  const successorName = () => (values().mode === 'split' ? (units.find((u) => u.id === values().successorId)?.name ?? null) : null);

  const review = async () => {
    setError(null);
    try {
      await form.validateFields();
    } catch {
      return;
    }
    try {
      setPreview(await previewing.mutateAsync({ kind: 'deactivate', agencyId: agency.id, body: toRequest(values()) }));
    } catch (failure) {
      setError(errorMessage(failure, t));
    }
  };

  const confirm = async () => {
    setError(null);
    try {
      onDone(await ending.mutateAsync({ kind: 'deactivate', agencyId: agency.id, body: toRequest(values()) }));
    } catch (failure) {
      setError(errorMessage(failure, t));
    }
  };

  const footer = preview ? (
    <Flex justify="space-between" gap={8} wrap>
      <Button onClick={() => setPreview(null)}>{t('units.merge.back')}</Button>
      <Button type="primary" danger disabled={preview.plan.conflicts.length > 0} loading={ending.isPending} onClick={() => void confirm()}>
        {t('units.deactivate.confirm')}
      </Button>
    </Flex>
  ) : (
    <Flex justify="space-between" gap={8} wrap>
      <Button onClick={onClose}>{t('units.form.cancel')}</Button>
      <Button type="primary" loading={previewing.isPending} onClick={() => void review()}>
        {t('units.merge.review')}
      </Button>
    </Flex>
  );

  return (
    <Modal open title={t('units.deactivate.title', { name: agency.name })} onCancel={onClose} footer={footer} destroyOnHidden width={640}>
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} /> : null}
      <Form<DeactivateValues>
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={{ mode: 'abolish', users: 'deactivate', effectiveOn: dayjs(appToday()) }}
        onValuesChange={(changed: Partial<DeactivateValues>) => {
          if (changed.mode === 'abolish') form.setFieldValue('users', 'deactivate');
        }}
        style={preview ? { display: 'none' } : undefined}
      >
        <Form.Item name="mode" label={t('units.deactivate.modeLabel')} rules={[{ required: true }]}>
          <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
            <Radio value="abolish">{t('units.deactivate.abolish')}</Radio>
            <Radio value="split">{t('units.deactivate.split')}</Radio>
          </Radio.Group>
        </Form.Item>
        {mode === 'split' ? (
          <Form.Item name="successorId" label={t('units.merge.successorUnit')} rules={[{ required: true, message: t('units.merge.errors.successor') }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('units.merge.successorPlaceholder')}
              options={units.filter((u) => u.id !== agency.id).map((u) => ({ value: u.id, label: u.name }))}
            />
          </Form.Item>
        ) : null}
        <SuccessionDecisionFields canMove={mode === 'split'} />
      </Form>
      {preview ? (
        <Flex vertical gap={12}>
          <Typography.Paragraph style={{ margin: 0 }}>
            {values().mode === 'split'
              ? t('units.deactivate.headlineSplit', { name: agency.name, date: formatDate(values().effectiveOn.format('YYYY-MM-DD')), successor: successorName() ?? '' })
              : t('units.deactivate.headlineAbolish', { name: agency.name, date: formatDate(values().effectiveOn.format('YYYY-MM-DD')) })}
          </Typography.Paragraph>
          <SuccessionSummary preview={preview} successorName={successorName()} />
        </Flex>
      ) : null}
    </Modal>
  );
}
