import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AgencyPage } from '@/features/agencies/components/agency-page';
import { RequireRole } from '@/features/auth/components/require-role';

export default function AgencyRoute() {
  const { t } = useTranslation();
  const { agencyId = '' } = useParams();
  return (
    <RequireRole screen="agencies">
      <title>{`${t('units.page.title')} · ${t('app.name')}`}</title>
      <AgencyPage key={agencyId} agencyId={agencyId} />
    </RequireRole>
  );
}
