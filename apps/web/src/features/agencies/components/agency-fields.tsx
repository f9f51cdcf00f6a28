import { AGENCY_CONTACT_MAX_LENGTH, AGENCY_DISPLAY_ORDER_MAX, AGENCY_KINDS, AGENCY_NAME_MAX_LENGTH, AGENCY_SHORT_NAME_MAX_LENGTH, PHONE_PATTERN } from '@giao-ban/shared';
import { Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AgencyFormValues } from '../utils/agency-form';

type Field = keyof AgencyFormValues;

/**
 * The fields of a unit, inside a form: the create and edit dialog (at the form's top level), and
 * the merge wizard's new unit (under `prefix`).
 */
export function AgencyFields({ prefix }: { prefix?: string } = {}) {
  const { t } = useTranslation();
  const name = (field: Field) => (prefix ? [prefix, field] : field);
  return (
    <>
      <Form.Item
        name={name('name')}
        label={t('units.fields.name')}
        rules={[{ required: true, whitespace: true, min: 2, message: t('units.form.errors.nameRequired') }]}
      >
        <Input autoComplete="off" maxLength={AGENCY_NAME_MAX_LENGTH} />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={14}>
          <Form.Item
            name={name('shortName')}
            label={t('units.fields.shortName')}
            rules={[{ required: true, whitespace: true, message: t('units.form.errors.shortNameRequired') }]}
          >
            <Input autoComplete="off" maxLength={AGENCY_SHORT_NAME_MAX_LENGTH} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={10}>
          <Form.Item
            name={name('displayOrder')}
            label={t('units.fields.displayOrder')}
            extra={t('units.form.displayOrderHint')}
            rules={[{ required: true, type: 'integer', min: 1, max: AGENCY_DISPLAY_ORDER_MAX, message: t('units.form.errors.displayOrder') }]}
          >
            <InputNumber min={1} max={AGENCY_DISPLAY_ORDER_MAX} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name={name('kind')} label={t('units.fields.kind')} rules={[{ required: true }]}>
        <Select options={AGENCY_KINDS.map((value) => ({ value, label: t(`agencies.kind.${value}`) }))} />
      </Form.Item>
      <Form.Item name={name('contactPerson')} label={t('units.fields.contactPerson')}>
        <Input autoComplete="off" maxLength={AGENCY_CONTACT_MAX_LENGTH} />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={14}>
          <Form.Item name={name('email')} label={t('units.fields.email')} rules={[{ type: 'email', message: t('units.form.errors.emailInvalid') }]}>
            <Input type="email" autoComplete="off" maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={10}>
          <Form.Item name={name('phone')} label={t('units.fields.phone')} rules={[{ pattern: PHONE_PATTERN, message: t('units.form.errors.phoneInvalid') }]}>
            <Input type="tel" autoComplete="off" maxLength={20} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
