import { useParams } from 'react-router';
import { NotFoundResult } from '@/components/errors/error-results';
import { RequireRole } from '@/features/auth/components/require-role';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { IssueScreen } from '@/features/bulletin/components/issue-screen';

export default function BulletinIssueRoute() {
  const { issueId } = useParams<'issueId'>();
  const user = useCurrentUser();
  if (!issueId) return <NotFoundResult />;
  return (
    <RequireRole screen="bulletin">
      <IssueScreen key={issueId} issueId={issueId} role={user.role} />
    </RequireRole>
  );
}
