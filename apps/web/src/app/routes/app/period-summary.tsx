import { useParams } from 'react-router';
import { ForbiddenResult, NotFoundResult } from '@/components/errors/error-results';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { usePeriod } from '@/features/periods/api/get-period';
import { SummaryScreen } from '@/features/summary/components/summary-screen';
import { canCompileSummary, canReadSummary } from '@/lib/authorization';

/** `/periods/:periodId/summary`: "Báo cáo tổng hợp" — the office writes it, leaders read it. */
export default function PeriodSummaryRoute() {
  const { periodId } = useParams<'periodId'>();
  const user = useCurrentUser();
  if (!periodId) return <NotFoundResult />;
  if (!canReadSummary(user.role)) return <ForbiddenResult />;
  return <SummaryForPeriod key={periodId} periodId={periodId} canCompile={canCompileSummary(user.role)} />;
}

function SummaryForPeriod({ periodId, canCompile }: { periodId: string; canCompile: boolean }) {
  // the period's title for the breadcrumb before the first compile
  const period = usePeriod(periodId);
  return <SummaryScreen periodId={periodId} periodTitle={period.data?.title} canCompile={canCompile} />;
}
