import { useParams } from 'react-router';
import { NotFoundResult } from '@/components/errors/error-results';
import { RequireRole } from '@/features/auth/components/require-role';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { ItemScreen } from '@/features/bulletin/components/item-screen';

export default function BulletinItemRoute() {
  const { itemId } = useParams<'itemId'>();
  const user = useCurrentUser();
  if (!itemId) return <NotFoundResult />;
  return (
    <RequireRole screen="bulletin">
      {/* keyed so that moving between items starts from a clean editor */}
      <ItemScreen key={itemId} itemId={itemId} role={user.role} />
    </RequireRole>
  );
}
