import type { Agency } from '@giao-ban/shared';
import { Alert, Form, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { useSaveAgency } from '../api/save-agency';
import {
  AGENCY_FORM_FIELDS,
  agencyFieldErrorMessage,
  toAgencyFormValues,
  toCreateAgencyRequest,
  toUpdateAgencyRequest,
  type AgencyFormValues,
} from '../utils/agency-form';
import { AgencyFields } from './agency-fields';

export interface AgencyFormModalProps {
  open: boolean;
  /** null: a new unit. */
  agency: Agency | null;
  /** The display order a new unit is offered: after the last one. */
  nextDisplayOrder: number;
  onClose: () => void;
  onSaved: (agency: Agency, created: boolean) => void;
}

const KNOWN_FIELDS: ReadonlySet<string> = new Set(AGENCY_FORM_FIELDS);

/** Create or edit a unit. A new name is a rename: reports already sent keep the name they were sent under. */
export function AgencyFormModal({ open, agency, nextDisplayOrder, onClose, onSaved }: AgencyFormModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<AgencyFormValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const save = useSaveAgency();
  const name = Form.useWatch('name', form);
  const shortName = Form.useWatch('shortName', form);
  const renaming = agency !== null && ((name !== undefined && name.trim() !== agency.name) || (shortName !== undefined && shortName.trim() !== agency.shortName));

  const onFinish = async (values: AgencyFormValues) => {
    setFormError(null);
    try {
      if (agency) {
        const body = toUpdateAgencyRequest(agency, values);
        onSaved(Object.keys(body).length > 0 ? await save.mutateAsync({ agencyId: agency.id, body }) : agency, false);
      } else {
        onSaved(await save.mutateAsync({ agencyId: null, body: toCreateAgencyRequest(values) }), true);
      }
    } catch (error) {
      const fields = isApiError(error) ? error.fieldErrors.filter((f) => KNOWN_FIELDS.has(f.field)) : [];
      if (fields.length > 0) {
        form.setFields(fields.map((f) => ({ name: f.field as keyof AgencyFormValues, errors: [agencyFieldErrorMessage(f, t)] })));
      }
      setFormError(errorMessage(error, t));
    }
  };

  return (
    <Modal
      open={open}
      title={agency ? t('units.form.editTitle', { name: agency.name }) : t('units.form.createTitle')}
      okText={agency ? t('units.form.save') : t('units.form.create')}
      cancelText={t('units.form.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
      width={600}
    >
      <Form<AgencyFormValues>
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={toAgencyFormValues(agency, nextDisplayOrder)}
        onFinish={(values) => void onFinish(values)}
      >
        {formError ? <Alert type="error" showIcon title={formError} style={{ marginBottom: 12 }} /> : null}
        {agency ? (
          <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
            {t('units.form.code', { code: agency.code })}
          </Typography.Paragraph>
        ) : null}
        <AgencyFields />
        {renaming ? <Alert type="info" showIcon title={t('units.form.renameNotice')} /> : null}
      </Form>
    </Modal>
  );
}
