import { useTranslation } from 'react-i18next';
import { NotFoundResult } from '@/components/errors/error-results';

export default function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <>
      <title>{`${t('common.notFoundTitle')} · ${t('app.name')}`}</title>
      <NotFoundResult />
    </>
  );
}
