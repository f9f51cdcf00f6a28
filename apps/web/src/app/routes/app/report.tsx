import { Navigate, useParams } from 'react-router';
import { ForbiddenResult, NotFoundResult } from '@/components/errors/error-results';
import { paths } from '@/config/paths';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { ReportEditor } from '@/features/reports/components/report-editor';
import { canReadReports, canSeeAllReports } from '@/lib/authorization';
import { useScrollToHash } from '@/lib/use-scroll-to-hash';

/** `/reports/:reportId`: the unit's editor; the office and leaders read the report on its review page; the admin reads none. */
export default function ReportRoute() {
  const { reportId } = useParams<'reportId'>();
  const user = useCurrentUser();
  // A notification's link to a returned section (`#section-…`) lands on it.
  useScrollToHash();
  if (!reportId) return <NotFoundResult />;
  if (!canReadReports(user.role)) return <ForbiddenResult />;
  if (canSeeAllReports(user.role)) return <Navigate to={paths.app.reportReview.getHref(reportId)} replace />;
  // keyed so that moving between reports starts from a clean editor
  return <ReportEditor key={reportId} reportId={reportId} />;
}
