import { DatePicker, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * What happens to the ended units' accounts, from when, and why: the part every way of ending a
 * unit asks (merge, split, abolish). `canMove` is false where there is no successor to move to.
 */
export function SuccessionDecisionFields({ canMove }: { canMove: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name="users" label={t('units.merge.usersLabel')} rules={[{ required: true }]}>
        <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
          <Radio value="move" disabled={!canMove}>
            {t('units.users.move')}
          </Radio>
          <Radio value="deactivate">{t('units.users.deactivate')}</Radio>
        </Radio.Group>
      </Form.Item>
      <Form.Item name="effectiveOn" label={t('units.fields.effectiveOn')} rules={[{ required: true, message: t('units.merge.errors.date') }]}>
        <DatePicker format="DD/MM/YYYY" style={{ width: '100%', maxWidth: 260 }} allowClear={false} />
      </Form.Item>
      <Form.Item name="note" label={t('units.fields.note')} extra={t('units.form.noteHint')}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
    </>
  );
}
