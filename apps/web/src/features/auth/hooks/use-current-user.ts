import type { CurrentUser } from '@giao-ban/shared';
import { createContext, useContext } from 'react';

/**
 * The signed-in user, provided by `RequireAuth`. A context rather than a second read of the
 * session query: when the session ends, `RequireAuth` swaps its children for a redirect, and no
 * child ever renders with a user that is already gone.
 */
export const CurrentUserContext = createContext<CurrentUser | null>(null);

export function useCurrentUser(): CurrentUser {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser() used outside RequireAuth');
  return user;
}
