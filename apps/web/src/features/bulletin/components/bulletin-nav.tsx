import type { Role } from '@giao-ban/shared';
import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { canSeeAllReports } from '@/lib/authorization';

type View = 'issues' | 'search' | 'contributions';

/** The bulletin's three views: its issues, the search of past issues, and (office, leaders) the contributions per unit. */
export function BulletinNav({ current, role }: { current: View; role: Role }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const views: { value: View; label: string; href: string }[] = [
    { value: 'issues', label: t('bulletin.views.issues'), href: paths.app.bulletin.getHref() },
    { value: 'search', label: t('bulletin.views.search'), href: paths.app.bulletinSearch.getHref() },
    ...(canSeeAllReports(role)
      ? [{ value: 'contributions' as const, label: t('bulletin.views.contributions'), href: paths.app.bulletinContributions.getHref() }]
      : []),
  ];
  return (
    <nav aria-label={t('bulletin.views.label')} style={{ marginBottom: 16, overflowX: 'auto' }}>
      <Segmented<View>
        value={current}
        options={views.map(({ value, label }) => ({ value, label }))}
        onChange={(value) => void navigate(views.find((view) => view.value === value)?.href ?? paths.app.bulletin.getHref())}
      />
    </nav>
  );
}
