import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Breadcrumb } from 'antd';
import { ForbiddenResult } from '@/components/errors/error-results';
import { PageHeader } from '@/components/page-header';
import { paths } from '@/config/paths';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { CreatePeriodForm } from '@/features/period-admin/components/create-period-form';
import { canManagePeriods } from '@/lib/authorization';

export default function PeriodNewRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  if (!canManagePeriods(user.role)) return <ForbiddenResult />;

  return (
    <>
      <title>{`${t('periodAdmin.create.title')} · ${t('app.name')}`}</title>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[
          { key: 'periods', title: <Link to={paths.app.periods.getHref()}>{t('periods.detail.breadcrumb')}</Link> },
          { key: 'new', title: t('periodAdmin.create.title') },
        ]}
      />
      <PageHeader title={t('periodAdmin.create.title')} description={t('periodAdmin.create.description')} />
      <CreatePeriodForm
        onCreated={(period) => void navigate(paths.app.period.getHref(period.id))}
        onCancel={() => void navigate(paths.app.periods.getHref())}
      />
    </>
  );
}
