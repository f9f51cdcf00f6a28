import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@giao-ban/shared';
import type { AuthenticatedRequest } from '../../common/decorators/current-user.decorator.js';
import { IS_PUBLIC } from '../../common/decorators/public.decorator.js';
import { ALLOWED_ROLES } from '../../common/decorators/roles.decorator.js';
import { AppException } from '../../common/errors/app-exception.js';
import { AuthService, SESSION_COOKIE } from './auth.service.js';
import { ALLOWED_BEFORE_PASSWORD_CHANGE } from './password-change.decorator.js';

/**
 * The one global guard: every route needs a valid session unless marked @Public(), a user on a
 * temporary password may only reach the routes marked @AllowedBeforePasswordChange(), and a route
 * marked @Roles(...) needs one of those roles. Object-level scoping (which unit) is the services'.
 */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token: unknown = request.cookies?.[SESSION_COOKIE];
    const resolved = typeof token === 'string' && token ? await this.auth.resolveSession(token) : null;
    if (!resolved) throw new AppException('UNAUTHENTICATED', 'Sign in to continue.');
    request.user = resolved.user;
    request.sessionId = resolved.sessionId;

    if (resolved.user.mustChangePassword && !this.reflector.getAllAndOverride<boolean>(ALLOWED_BEFORE_PASSWORD_CHANGE, targets)) {
      throw new AppException('PASSWORD_CHANGE_REQUIRED', 'Choose your own password before anything else.');
    }

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ALLOWED_ROLES, targets);
    if (roles && !roles.includes(resolved.user.role)) {
      throw new AppException('FORBIDDEN', 'Your role may not do this.');
    }
    return true;
  }
}
