import { foldVietnamese, isAgencyRole, LOGIN_PATTERN, PHONE_PATTERN, ROLES, type Agency, type TemporaryPasswordIssued, type UserAccount } from '@giao-ban/shared';
import { Alert, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { useCreateUser } from '../api/create-user';
import { useUpdateUser } from '../api/update-user';
import { FORM_FIELDS, fieldErrorMessage, toCreateRequest, toFormValues, toUpdateRequest, type UserFormValues } from '../utils/user-form';

export interface UserFormModalProps {
  open: boolean;
  /** null: a new account. */
  user: UserAccount | null;
  /** The signed-in administrator: their own role is not theirs to change. */
  currentUserId: string;
  units: Agency[];
  onClose: () => void;
  onCreated: (issued: TemporaryPasswordIssued) => void;
  onUpdated: (user: UserAccount) => void;
}

const KNOWN_FIELDS: ReadonlySet<string> = new Set(FORM_FIELDS);

/** Create or edit an account: login (fixed once made), name, contact, role and, for a unit's staff, the unit. */
export function UserFormModal({ open, user, currentUserId, units, onClose, onCreated, onUpdated }: UserFormModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<UserFormValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const createUser = useCreateUser();
  const updateUser = useUpdateUser();
  const role = Form.useWatch('role', form) ?? user?.role ?? 'agency_reporter';
  const needsUnit = isAgencyRole(role);
  const ownAccount = user?.id === currentUserId;

  // Active member units can be chosen; the account's present unit stays listed even if inactive.
  const unitOptions = units
    .filter((unit) => (unit.active && !unit.isStandingOffice) || unit.id === user?.agencyId)
    .map((unit) => ({ value: unit.id, label: unit.name }));

  const onFinish = async (values: UserFormValues) => {
    setFormError(null);
    try {
      if (user) {
        const body = toUpdateRequest(user, values);
        onUpdated(Object.keys(body).length > 0 ? await updateUser.mutateAsync({ userId: user.id, body }) : user);
      } else {
        onCreated(await createUser.mutateAsync(toCreateRequest(values)));
      }
    } catch (error) {
      const fields = isApiError(error) ? error.fieldErrors.filter((f) => KNOWN_FIELDS.has(f.field)) : [];
      if (fields.length > 0) {
        form.setFields(fields.map((f) => ({ name: f.field as keyof UserFormValues, errors: [fieldErrorMessage(f, t)] })));
      }
      setFormError(errorMessage(error, t));
    }
  };

  return (
    <Modal
      open={open}
      title={user ? t('users.form.editTitle') : t('users.form.createTitle')}
      okText={user ? t('users.form.save') : t('users.form.create')}
      cancelText={t('users.form.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={createUser.isPending || updateUser.isPending}
      destroyOnHidden
      width={560}
    >
      <Form<UserFormValues>
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={toFormValues(user)}
        onFinish={(values) => void onFinish(values)}
        onValuesChange={(changed: Partial<UserFormValues>) => {
          if (changed.role && !isAgencyRole(changed.role)) form.setFieldValue('agencyId', null);
        }}
      >
        {formError ? <Alert type="error" showIcon title={formError} style={{ marginBottom: 12 }} /> : null}
        <Form.Item<UserFormValues>
          name="login"
          label={t('users.fields.login')}
          extra={user ? undefined : t('users.form.loginHint')}
          normalize={(value: string) => value.toLowerCase()}
          rules={[
            { required: true, whitespace: true, message: t('users.form.errors.loginRequired') },
            { pattern: LOGIN_PATTERN, message: t('users.form.errors.loginPattern') },
          ]}
        >
          <Input disabled={user !== null} autoComplete="off" autoCapitalize="none" spellCheck={false} maxLength={60} />
        </Form.Item>
        <Form.Item<UserFormValues>
          name="fullName"
          label={t('users.fields.fullName')}
          rules={[{ required: true, whitespace: true, min: 2, message: t('users.form.errors.fullNameRequired') }]}
        >
          <Input autoComplete="off" maxLength={120} />
        </Form.Item>
        <Form.Item<UserFormValues>
          name="role"
          label={t('users.fields.role')}
          extra={ownAccount ? t('users.form.ownRoleHint') : undefined}
          rules={[{ required: true }]}
        >
          <Select disabled={ownAccount} options={ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))} />
        </Form.Item>
        {needsUnit ? (
          <Form.Item<UserFormValues>
            name="agencyId"
            label={t('users.fields.unit')}
            rules={[{ required: true, message: t('users.form.errors.unitRequired') }]}
          >
            <Select
              showSearch={{ filterOption: (input, option) => foldVietnamese(String(option?.label ?? '')).includes(foldVietnamese(input)) }}
              placeholder={t('users.form.selectUnit')}
              options={unitOptions}
            />
          </Form.Item>
        ) : null}
        <Form.Item<UserFormValues>
          name="email"
          label={t('users.fields.email')}
          rules={[{ type: 'email', message: t('users.form.errors.emailInvalid') }]}
        >
          <Input type="email" autoComplete="off" maxLength={200} />
        </Form.Item>
        <Form.Item<UserFormValues>
          name="phone"
          label={t('users.fields.phone')}
          rules={[{ pattern: PHONE_PATTERN, message: t('users.form.errors.phoneInvalid') }]}
        >
          <Input type="tel" autoComplete="off" maxLength={20} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
