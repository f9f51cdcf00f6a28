import type { ApiErrorBody } from '@giao-ban/shared';
import { rateLimit, type RateLimitRequestHandler } from 'express-rate-limit';
import { requestIdOf } from '../../common/logging/request-logger.js';

/**
 * A flood of failed sign-ins from one client address is cut at `limit` a minute (successful ones
 * are not counted).
 * (express-rate-limit rather than @nestjs/throttler: the latter is CommonJS requiring the ESM-only
 * Nest 12, which jest's ESM mode on Node 20 cannot load.)
 */
export function loginRateLimit(limit: number): RateLimitRequestHandler {
  return rateLimit({
    windowMs: 60_000,
    skip: (request) => request.method !== 'POST',
    // Flood control only: an office signing in together is not an attack. Repeated failures are
    // throttled per account and per address by AuthService, in PostgreSQL.
    skipSuccessfulRequests: true,
    limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (request, response) => {
      const body: ApiErrorBody = {
        code: 'TOO_MANY_REQUESTS',
        message: 'Too many sign-in attempts from this address; try again in a minute.',
        requestId: requestIdOf(request),
      };
      response.status(429).json(body);
    },
  });
}
