import { useParams } from 'react-router';
import { NotFoundResult } from '@/components/errors/error-results';
import { paths } from '@/config/paths';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { PeriodDashboard } from '@/features/dashboard/components/period-dashboard';
import { remindUnitsAction } from '@/features/reminders/components/remind-units-button';
import { canManagePeriods, canSeeAllReports } from '@/lib/authorization';

/**
 * `/periods/:periodId/dashboard`. The office, leaders and the admin drill down to the review of a
 * unit's report; a member unit sees its own line and opens its own report. The office chases
 * (đôn đốc) overdue units from the overdue list.
 */
export default function PeriodDashboardRoute() {
  const { periodId } = useParams<'periodId'>();
  const user = useCurrentUser();
  if (!periodId) return <NotFoundResult />;
  const seesAll = canSeeAllReports(user.role);
  return (
    <PeriodDashboard
      key={periodId}
      periodId={periodId}
      scope={seesAll ? 'all' : 'own'}
      reportHref={seesAll ? paths.app.reportReview.getHref : paths.app.report.getHref}
      overdueUnitAction={canManagePeriods(user.role) ? remindUnitsAction : undefined}
    />
  );
}
