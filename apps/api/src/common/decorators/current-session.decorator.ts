import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { AuthenticatedRequest } from './current-user.decorator.js';

/** The id of the signed-in session, set by the global SessionGuard (to keep it when ending the others). */
export const CurrentSessionId = createParamDecorator((_data: unknown, ctx: ExecutionContext): string | undefined => {
  return ctx.switchToHttp().getRequest<AuthenticatedRequest>().sessionId;
});
