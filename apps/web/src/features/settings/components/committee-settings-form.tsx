import { COMMITTEE_SETTING_MAX_LENGTH, SUMMARY_STYLES, type CommitteeSettingField, type CommitteeSettingsView } from '@giao-ban/shared';
import { Alert, Button, Col, Divider, Form, Input, message, Radio, Row, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { formatInstant } from '@/lib/format';
import { useUpdateCommitteeSettings } from '../api/update-committee-settings';
import { settingFieldErrors, settingRule, toFormValues, toUpdateRequest, type CommitteeSettingsFormValues } from '../utils/settings-form';

type LineField = keyof typeof COMMITTEE_SETTING_MAX_LENGTH;

/**
 * "Thông tin Ban Chỉ đạo trên văn bản": the header, place, signer and recipients a new summary
 * starts from. Each field is checked as it is typed by libs/shared's rule; the API's 422 names
 * its fields, shown on them.
 */
export function CommitteeSettingsForm({ settings }: { settings: CommitteeSettingsView }) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<CommitteeSettingsFormValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const [toast, toastHolder] = message.useMessage();
  const update = useUpdateCommitteeSettings();

  const line = (field: LineField, extra?: string, placeholder?: string) => (
    <Form.Item<CommitteeSettingsFormValues> name={field} label={t(`settings.fields.${field}`)} extra={extra} rules={[settingRule(field, t)]}>
      <Input maxLength={COMMITTEE_SETTING_MAX_LENGTH[field]} autoComplete="off" placeholder={placeholder} />
    </Form.Item>
  );

  const onFinish = (values: CommitteeSettingsFormValues) => {
    setFormError(null);
    const body = toUpdateRequest(settings, values);
    if (Object.keys(body).length === 0) {
      void toast.info(t('settings.unchanged'));
      return;
    }
    update.mutate(body, {
      onSuccess: (saved) => {
        form.setFieldsValue(toFormValues(saved));
        void toast.success(t('settings.saved'));
      },
      onError: (error) => {
        const fields = isApiError(error) ? settingFieldErrors(error.fieldErrors, t) : [];
        if (fields.length) form.setFields(fields);
        setFormError(errorMessage(error, t));
      },
    });
  };

  const lastChange = settings.updatedByName
    ? t('settings.lastChange', { at: formatInstant(settings.updatedAt, i18n.resolvedLanguage === 'en' ? 'en' : 'vi'), by: settings.updatedByName })
    : t('settings.asShipped');

  return (
    <Form<CommitteeSettingsFormValues>
      form={form}
      name="committee-settings"
      layout="vertical"
      requiredMark={false}
      initialValues={toFormValues(settings)}
      onFinish={onFinish}
      onValuesChange={() => setFormError(null)}
    >
      {toastHolder}
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t('settings.committeeHint')}
      </Typography.Paragraph>
      {formError ? <Alert type="error" showIcon title={formError} role="alert" style={{ marginBottom: 16 }} /> : null}

      {line('issuingBody', t('settings.hints.issuingBody'))}
      <Form.Item<CommitteeSettingsFormValues> name="defaultStyle" label={t('settings.fields.defaultStyle')} extra={t('settings.hints.defaultStyle')} rules={[settingRule('defaultStyle', t)]}>
        <Radio.Group style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
          {SUMMARY_STYLES.map((style) => (
            <Radio key={style} value={style}>
              {t(`settings.style.${style}`)}
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>

      <Row gutter={[24, 0]}>
        {SUMMARY_STYLES.map((style) => (
          <Col key={style} xs={24} lg={12}>
            <Divider titlePlacement="start" plain style={{ marginTop: 4 }}>
              {t(`settings.style.${style}`)}
            </Divider>
            {line(`${style}ParentBody` as LineField, t('settings.hints.parentBody'))}
            {line(`${style}SignerAuthority` as LineField, t(`settings.hints.signerAuthority.${style}`))}
          </Col>
        ))}
      </Row>

      <Divider titlePlacement="start" plain style={{ marginTop: 4 }}>
        {t('settings.signer')}
      </Divider>
      <Row gutter={[24, 0]}>
        <Col xs={24} lg={12}>
          {line('signerTitle', t('settings.hints.signerTitle'))}
        </Col>
        <Col xs={24} lg={12}>
          {line('signerName', t('settings.hints.signerName'), t('settings.signerNamePlaceholder'))}
        </Col>
        <Col xs={24} lg={12}>
          {line('place', t('settings.hints.place'))}
        </Col>
      </Row>
      <Form.Item<CommitteeSettingsFormValues>
        name="recipients"
        label={t('settings.fields.recipients')}
        extra={t('settings.hints.recipients')}
        rules={[settingRule('recipients' satisfies CommitteeSettingField, t)]}
      >
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 14 }} />
      </Form.Item>

      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 12 }}>
        <Button type="primary" htmlType="submit" loading={update.isPending}>
          {t('settings.save')}
        </Button>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {lastChange}
        </Typography.Text>
      </div>
    </Form>
  );
}
