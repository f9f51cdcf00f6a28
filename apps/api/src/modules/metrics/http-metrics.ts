import type { RequestHandler } from 'express';
import { routeOf } from '../../common/logging/request-logger.js';
import type { MetricsService } from './metrics.service.js';

/** Counts and times every request by its route template; requests no route matched share one label. */
export function httpMetrics(metrics: MetricsService): RequestHandler {
  return (request, response, next) => {
    const stop = metrics.httpDuration.startTimer();
    response.once('finish', () => {
      const route = routeOf(request) ?? (request.path.startsWith('/api/') ? '(unmatched api)' : '(web app)');
      stop({ method: request.method, route });
      metrics.httpRequests.inc({ method: request.method, route, status: String(response.statusCode) });
    });
    next();
  };
}
