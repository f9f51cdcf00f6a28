import type { ApiErrorBody } from '@giao-ban/shared';
import { rateLimit, type RateLimitRequestHandler } from 'express-rate-limit';

/**
 * Password guessing is slowed per client address: `limit` attempts a minute, successful or not.
 * (express-rate-limit rather than @nestjs/throttler: the latter is CommonJS requiring the ESM-only
 * Nest 12, which jest's ESM mode on Node 20 cannot load.)
 */
export function loginRateLimit(limit: number): RateLimitRequestHandler {
  return rateLimit({
    windowMs: 60_000,
    skip: (request) => request.method !== 'POST',
    limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_request, response) => {
      const body: ApiErrorBody = {
        code: 'TOO_MANY_REQUESTS',
        message: 'Too many sign-in attempts from this address; try again in a minute.',
      };
      response.status(429).json(body);
    },
  });
}
