import { useSearchParams } from 'react-router';
import { RequireRole } from '@/features/auth/components/require-role';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { BulletinHome } from '@/features/bulletin/components/bulletin-home';
import { bulletinYear } from '@/features/bulletin/utils/year';

export default function BulletinRoute() {
  const user = useCurrentUser();
  const [searchParams, setSearchParams] = useSearchParams();
  return (
    <RequireRole screen="bulletin">
      <BulletinHome
        year={bulletinYear(searchParams.get('year'))}
        onYearChange={(year) => setSearchParams({ year: String(year) })}
        role={user.role}
      />
    </RequireRole>
  );
}
