import { useTranslation } from 'react-i18next';
import { RequireRole } from '@/features/auth/components/require-role';
import { ImportScreen } from '@/features/directory-import/components/import-screen';

export default function DirectoryImportRoute() {
  const { t } = useTranslation();
  return (
    <RequireRole screen="directoryImport">
      <title>{`${t('directoryImport.title')} · ${t('app.name')}`}</title>
      <ImportScreen />
    </RequireRole>
  );
}
