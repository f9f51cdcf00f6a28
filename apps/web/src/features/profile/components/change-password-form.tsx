import { passwordProblems, type ChangePasswordRequest } from '@giao-ban/shared';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { useChangePassword } from '../api/change-password';
import { usePasswordChecklist } from '../hooks/use-password-checklist';

interface ChangePasswordValues extends ChangePasswordRequest {
  confirmPassword: string;
}

export interface ChangePasswordFormProps {
  /** The user's login: a password containing it is refused. */
  login: string;
  /** Called once the server has accepted the new password. */
  onChanged?: () => void;
  /** Wording of the current-password field: "temporary password" on the forced screen. */
  currentLabel?: string;
  autoFocus?: boolean;
}

/**
 * Current password, new password (with the rule checked as it is typed) and the new one again.
 * The server checks the same rule and the current password; its 422 lands on the fields.
 */
export function ChangePasswordForm({ login, onChanged, currentLabel, autoFocus }: ChangePasswordFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ChangePasswordValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const newPassword = Form.useWatch('newPassword', form) ?? '';
  const checklist = usePasswordChecklist(newPassword, login);
  const change = useChangePassword();

  const onFinish = (values: ChangePasswordValues) => {
    setFormError(null);
    setDone(false);
    change.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      {
        onSuccess: () => {
          form.resetFields();
          setDone(true);
          onChanged?.();
        },
        onError: (error) => {
          const fields = isApiError(error) ? error.fieldErrors : [];
          const current = fields.find((f) => f.field === 'currentPassword');
          const next = fields.find((f) => f.field === 'newPassword');
          if (current) form.setFields([{ name: 'currentPassword', errors: [t('profile.password.currentWrong')] }]);
          if (next) {
            const rules = Object.keys(next.constraints);
            const message = rules.includes('differentFromCurrent')
              ? t('profile.password.sameAsCurrent')
              : t('profile.password.notStrong');
            form.setFields([{ name: 'newPassword', errors: [message] }]);
          }
          if (!current && !next) setFormError(errorMessage(error, t));
        },
      },
    );
  };

  return (
    <Form<ChangePasswordValues>
      form={form}
      name="change-password"
      layout="vertical"
      requiredMark={false}
      onFinish={onFinish}
      onValuesChange={() => setDone(false)}
      style={{ maxWidth: 480 }}
    >
      {formError ? <Alert type="error" showIcon title={formError} role="alert" style={{ marginBottom: 16 }} /> : null}
      {done ? <Alert type="success" showIcon title={t('profile.password.changed')} role="status" style={{ marginBottom: 16 }} /> : null}
      <Form.Item<ChangePasswordValues>
        name="currentPassword"
        label={currentLabel ?? t('profile.password.current')}
        rules={[{ required: true, message: t('profile.password.currentRequired') }]}
      >
        <Input.Password autoComplete="current-password" autoFocus={autoFocus} />
      </Form.Item>
      <Form.Item<ChangePasswordValues>
        name="newPassword"
        label={t('profile.password.new')}
        rules={[
          { required: true, message: t('profile.password.newRequired') },
          {
            validator: async (_, value: string | undefined) => {
              if (value && passwordProblems(value, { login }).length > 0) throw new Error(t('profile.password.notStrong'));
            },
          },
        ]}
        extra={
          <div aria-live="polite" style={{ margin: '4px 0 8px' }}>
            <div>{t('profile.password.rulesTitle')}</div>
            <ul style={{ margin: '2px 0 0', paddingInlineStart: 4, listStyle: 'none' }} data-testid="password-rules">
              {checklist.map((check) => (
                <li key={check.rule} style={{ color: check.met ? '#237804' : undefined }}>
                  <span aria-hidden="true">{check.met ? '✓' : '•'}</span> {check.label}
                  <span style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
                    {` (${check.met ? t('profile.password.ruleMet') : t('profile.password.ruleNotMet')})`}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        }
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item<ChangePasswordValues>
        name="confirmPassword"
        label={t('profile.password.confirm')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('profile.password.confirmRequired') },
          ({ getFieldValue }) => ({
            validator: async (_, value: string | undefined) => {
              if (value && value !== getFieldValue('newPassword')) throw new Error(t('profile.password.mismatch'));
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={change.isPending}>
        {t('profile.password.submit')}
      </Button>
    </Form>
  );
}
