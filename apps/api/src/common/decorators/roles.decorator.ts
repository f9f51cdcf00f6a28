import { SetMetadata } from '@nestjs/common';
import type { Role } from '@giao-ban/shared';

export const ALLOWED_ROLES = 'giaoBan:allowedRoles';

/** Restricts a route to the given roles; without it, any signed-in role may call the route. */
export const Roles = (...roles: Role[]) => SetMetadata(ALLOWED_ROLES, roles);
