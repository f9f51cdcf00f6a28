import { useParams } from 'react-router';
import { ForbiddenResult, NotFoundResult } from '@/components/errors/error-results';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { VersionCompare } from '@/features/reports/components/version-compare';
import { ReportReview } from '@/features/review/components/report-review';
import { canSeeAllReports } from '@/lib/authorization';

/** `/reports/:reportId/review`: the standing office's and leaders' reading of a unit's report. */
export default function ReportReviewRoute() {
  const { reportId } = useParams<'reportId'>();
  const user = useCurrentUser();
  if (!reportId) return <NotFoundResult />;
  if (!canSeeAllReports(user.role)) return <ForbiddenResult />;
  // the version comparison is the one the unit's editor uses (features/reports)
  return <ReportReview key={reportId} reportId={reportId} compare={<VersionCompare reportId={reportId} />} />;
}
