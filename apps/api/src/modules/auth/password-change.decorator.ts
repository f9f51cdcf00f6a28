import { SetMetadata } from '@nestjs/common';

export const ALLOWED_BEFORE_PASSWORD_CHANGE = 'giaoBan:allowedBeforePasswordChange';

/**
 * Opens a route to a user who signed in with a temporary password and has not chosen their own
 * yet. Every other route answers 403 PASSWORD_CHANGE_REQUIRED to them (the global SessionGuard).
 */
export const AllowedBeforePasswordChange = () => SetMetadata(ALLOWED_BEFORE_PASSWORD_CHANGE, true);
