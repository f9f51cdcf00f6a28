import { lazy, startTransition, Suspense, useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { NotFoundResult } from '@/components/errors/error-results';
import { paths } from '@/config/paths';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { useDashboard } from '@/features/dashboard/api/get-dashboard';
import { PeriodDashboard, type OverdueUnitAction } from '@/features/dashboard/components/period-dashboard';
import { canManagePeriods, canReadReports, canSeeAllReports, canView, seesEveryUnit } from '@/lib/authorization';

/**
 * The bulletin's contributions, folded under the whole dashboard: its code (antd's Table and Select,
 * 60 KB) and its data are asked for once the figures are in, so they never hold them back.
 */
const ContributionsCard = lazy(() =>
  import('@/features/bulletin/components/contributions-card').then((module) => ({ default: module.ContributionsCard })),
);

function ContributionsAfterFigures({ periodId }: { periodId: string }) {
  const figuresIn = useDashboard(periodId).data !== undefined;
  // Set after the commit that put the figures on screen, as a transition: the browser paints them first.
  const [figuresShown, setFiguresShown] = useState(false);
  useEffect(() => {
    if (figuresIn) startTransition(() => setFiguresShown(true));
  }, [figuresIn]);
  if (!figuresShown) return null;
  return (
    <Suspense fallback={null}>
      <ContributionsCard periodId={periodId} />
    </Suspense>
  );
}

/**
 * The office's đôn đốc, loaded for the office only: its dialog and form are code a leader's
 * dashboard never runs, so the figures do not wait for it (the overdue list offers it once here).
 */
function useRemindUnitsAction(enabled: boolean): OverdueUnitAction | undefined {
  const [action, setAction] = useState<OverdueUnitAction>();
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    void import('@/features/reminders/components/remind-units-button').then(({ remindUnitsAction }) => {
      if (live) setAction(() => remindUnitsAction);
    });
    return () => {
      live = false;
    };
  }, [enabled]);
  return enabled ? action : undefined;
}

/**
 * `/periods/:periodId/dashboard`. The office and leaders drill down to the review of a unit's
 * report; the admin sees every unit's figures but reads no report, so units are not links for
 * them; a member unit sees its own line and opens its own report. The office chases
 * (đôn đốc) overdue units from the overdue list.
 */
export default function PeriodDashboardRoute() {
  const { periodId } = useParams<'periodId'>();
  const user = useCurrentUser();
  const overdueUnitAction = useRemindUnitsAction(canManagePeriods(user.role));
  if (!periodId) return <NotFoundResult />;
  const readsAll = canSeeAllReports(user.role);
  return (
    <>
      <PeriodDashboard
        key={periodId}
        periodId={periodId}
        scope={seesEveryUnit(user.role) ? 'all' : 'own'}
        reportHref={readsAll ? paths.app.reportReview.getHref : canReadReports(user.role) ? paths.app.report.getHref : null}
        overdueUnitAction={overdueUnitAction}
      />
      {canView(user.role, 'bulletin') && readsAll ? <ContributionsAfterFigures periodId={periodId} /> : null}
    </>
  );
}
