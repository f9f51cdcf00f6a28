import { Navigate, useParams } from 'react-router';
import { NotFoundResult } from '@/components/errors/error-results';
import { paths } from '@/config/paths';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { ReportEditor } from '@/features/reports/components/report-editor';
import { canSeeAllReports } from '@/lib/authorization';
import { useScrollToHash } from '@/lib/use-scroll-to-hash';

/** `/reports/:reportId`: the unit's editor; the office, leaders and the admin read the report on its review page. */
export default function ReportRoute() {
  const { reportId } = useParams<'reportId'>();
  const user = useCurrentUser();
  // A notification's link to a returned section (`#section-…`) lands on it.
  useScrollToHash();
  if (!reportId) return <NotFoundResult />;
  if (canSeeAllReports(user.role)) return <Navigate to={paths.app.reportReview.getHref(reportId)} replace />;
  // keyed so that moving between reports starts from a clean editor
  return <ReportEditor key={reportId} reportId={reportId} />;
}
