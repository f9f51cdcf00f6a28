import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** A field's 422 constraint (`isInt`, `min`…) in words, under the field it names. */
export function SectionFieldError({ id, constraint }: { id: string; constraint: string | undefined }) {
  const { t } = useTranslation();
  if (!constraint) return null;
  const known = ['isInt', 'min', 'max', 'maxLength'].includes(constraint);
  return (
    <Typography.Text id={id} type="danger" style={{ fontSize: 13 }}>
      {known ? t(`reports.fieldErrors.${constraint as 'isInt'}`) : t('reports.fieldErrors.invalid')}
    </Typography.Text>
  );
}
