import type { ReactNode } from 'react';
import { ForbiddenResult } from '@/components/errors/error-results';
import { canView, type Screen } from '@/lib/authorization';
import { useCurrentUser } from '../hooks/use-current-user';

/** Shows a "forbidden" notice instead of a screen the user's role may not open. */
export function RequireRole({ screen, children }: { screen: Screen; children: ReactNode }) {
  const user = useCurrentUser();
  return canView(user.role, screen) ? children : <ForbiddenResult />;
}
