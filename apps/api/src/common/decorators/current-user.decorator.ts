import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { CurrentUser as CurrentUserShape } from '@giao-ban/shared';
import type { Request } from 'express';

export type AuthenticatedRequest = Request & { user?: CurrentUserShape; sessionId?: string };

/** The signed-in user, set by the global SessionGuard. */
export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext): CurrentUserShape => {
  const user = ctx.switchToHttp().getRequest<AuthenticatedRequest>().user;
  if (!user) throw new Error('CurrentUser used on a public route');
  return user;
});
