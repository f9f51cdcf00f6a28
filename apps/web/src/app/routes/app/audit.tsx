import { useTranslation } from 'react-i18next';
import { AuditScreen } from '@/features/audit/components/audit-screen';
import { RequireRole } from '@/features/auth/components/require-role';

export default function AuditRoute() {
  const { t } = useTranslation();
  return (
    <RequireRole screen="audit">
      <title>{`${t('auditLog.title')} · ${t('app.name')}`}</title>
      <AuditScreen />
    </RequireRole>
  );
}
