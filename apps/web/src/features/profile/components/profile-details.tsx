import { PHONE_PATTERN, type Profile, type UpdateProfileRequest } from '@giao-ban/shared';
import { Alert, Button, Card, Descriptions, Form, Input, message } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '@/components/errors/error-results';
import { ContentSpinner } from '@/components/full-page-spinner';
import { isApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { formatInstant } from '@/lib/format';
import { useProfile } from '../api/get-profile';
import { useUpdateProfile } from '../api/update-profile';

interface ContactValues {
  email: string;
  phone: string;
}

function ContactForm({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ContactValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const [toast, toastHolder] = message.useMessage();
  const update = useUpdateProfile();

  const onFinish = (values: ContactValues) => {
    setFormError(null);
    const body: UpdateProfileRequest = { email: values.email.trim() || null, phone: values.phone.trim() || null };
    update.mutate(body, {
      onSuccess: () => void toast.success(t('profile.saved')),
      onError: (error) => {
        const fields = isApiError(error) ? error.fieldErrors.filter((f) => f.field === 'email' || f.field === 'phone') : [];
        if (fields.length > 0) {
          form.setFields(
            fields.map((f) => ({
              name: f.field as keyof ContactValues,
              errors: [f.field === 'email' ? t('profile.invalidEmail') : t('profile.invalidPhone')],
            })),
          );
        } else setFormError(errorMessage(error, t));
      },
    });
  };

  return (
    <Form<ContactValues>
      form={form}
      name="contact"
      layout="vertical"
      requiredMark={false}
      initialValues={{ email: profile.email ?? '', phone: profile.phone ?? '' }}
      onFinish={onFinish}
      style={{ maxWidth: 480 }}
    >
      {toastHolder}
      {formError ? <Alert type="error" showIcon title={formError} role="alert" style={{ marginBottom: 16 }} /> : null}
      <Form.Item<ContactValues> name="email" label={t('profile.email')} rules={[{ type: 'email', message: t('profile.invalidEmail') }]}>
        <Input type="email" autoComplete="email" maxLength={200} />
      </Form.Item>
      <Form.Item<ContactValues> name="phone" label={t('profile.phone')} rules={[{ pattern: PHONE_PATTERN, message: t('profile.invalidPhone') }]}>
        <Input type="tel" autoComplete="tel" maxLength={20} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={update.isPending}>
        {t('profile.save')}
      </Button>
    </Form>
  );
}

/** "Thông tin tài khoản" (read-only: the administrator keeps it) and "Thông tin liên hệ" (the user's own). */
export function ProfileDetails() {
  const { t, i18n } = useTranslation();
  const profile = useProfile();

  if (profile.isPending) return <ContentSpinner label={t('common.loading')} />;
  if (profile.isError) return <ErrorResult message={errorMessage(profile.error, t)} onRetry={() => void profile.refetch()} />;
  const account = profile.data;

  return (
    <>
      <Card title={t('profile.account')} style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 1, md: 2 }}
          items={[
            { key: 'fullName', label: t('profile.fullName'), children: account.fullName },
            { key: 'login', label: t('profile.login'), children: account.login },
            { key: 'role', label: t('profile.role'), children: t(`roles.${account.role}`) },
            ...(account.agencyName ? [{ key: 'unit', label: t('profile.unit'), children: account.agencyName }] : []),
            {
              key: 'lastSignIn',
              label: t('profile.lastSignIn'),
              children: account.lastSignInAt ? formatInstant(account.lastSignInAt, i18n.resolvedLanguage === 'en' ? 'en' : 'vi') : t('profile.never'),
            },
          ]}
        />
        <p style={{ margin: '8px 0 0', fontSize: 13, color: 'rgba(0,0,0,0.55)' }}>{t('profile.contactHint')}</p>
      </Card>
      <Card title={t('profile.contact')} style={{ marginBottom: 16 }}>
        <ContactForm profile={account} />
      </Card>
    </>
  );
}
