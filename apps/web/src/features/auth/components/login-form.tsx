import type { CurrentUser, LoginRequest } from '@giao-ban/shared';
import { Alert, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { useLogin } from '../api/login';

const FORM_FIELDS: ReadonlySet<string> = new Set<keyof LoginRequest>(['login', 'password']);

export function LoginForm({ onSuccess }: { onSuccess: (user: CurrentUser) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<LoginRequest>();
  const loginMutation = useLogin({ onSuccess });

  const onFinish = (values: LoginRequest) => {
    loginMutation.mutate(
      { login: values.login.trim(), password: values.password },
      {
        onError: (error) => {
          if (!isApiError(error)) return;
          // A 422 names the offending fields: show the server's words under them.
          const fields = error.fieldErrors
            .filter((fieldError) => FORM_FIELDS.has(fieldError.field))
            .map((fieldError) => ({
              name: fieldError.field as keyof LoginRequest,
              errors: Object.values(fieldError.constraints),
            }));
          if (fields.length > 0) form.setFields(fields);
        },
      },
    );
  };

  const failure = loginMutation.error;
  let failureMessage: string | null = null;
  if (failure) {
    if (isApiError(failure) && failure.code === 'INVALID_CREDENTIALS') failureMessage = t('auth.login.invalidCredentials');
    else if (isApiError(failure) && failure.code === 'TOO_MANY_REQUESTS') failureMessage = t('auth.login.tooManyRequests');
    else if (isApiError(failure) && failure.code === 'VALIDATION_FAILED') failureMessage = t('errors.VALIDATION_FAILED');
    else if (isApiError(failure) && failure.code === 'NETWORK_ERROR') failureMessage = errorMessage(failure, t);
    else failureMessage = t('auth.login.failed');
  }

  return (
    <Form<LoginRequest>
      form={form}
      name="login"
      layout="vertical"
      requiredMark={false}
      size="large"
      onFinish={onFinish}
      onValuesChange={() => {
        if (loginMutation.isError) loginMutation.reset();
      }}
    >
      {failureMessage ? (
        <Alert type="error" showIcon title={failureMessage} role="alert" style={{ marginBottom: 16 }} />
      ) : null}
      <Form.Item<LoginRequest>
        name="login"
        label={t('auth.login.username')}
        rules={[{ required: true, whitespace: true, message: t('auth.login.usernameRequired') }]}
      >
        <Input autoComplete="username" autoCapitalize="none" spellCheck={false} autoFocus />
      </Form.Item>
      <Form.Item<LoginRequest>
        name="password"
        label={t('auth.login.password')}
        rules={[{ required: true, message: t('auth.login.passwordRequired') }]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item style={{ marginBottom: 8 }}>
        <Button type="primary" htmlType="submit" block loading={loginMutation.isPending}>
          {t('auth.login.submit')}
        </Button>
      </Form.Item>
    </Form>
  );
}
