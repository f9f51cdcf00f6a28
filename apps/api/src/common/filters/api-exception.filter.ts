import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { ApiErrorBody, ErrorCode } from '@giao-ban/shared';
import type { Request, Response } from 'express';
import { AppException, httpStatusOf } from '../errors/app-exception.js';
import { isDatabaseUnavailable } from '../errors/database-unavailable.js';
import { requestIdOf } from '../logging/request-logger.js';

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'FILE_TOO_LARGE',
  415: 'BAD_REQUEST',
  422: 'VALIDATION_FAILED',
  429: 'TOO_MANY_REQUESTS',
};

/** Every error leaves the API as `{ code, message, details?, requestId }`; unknown errors are logged, not leaked. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger(ApiExceptionFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const { status, body } = this.toBody(exception);
    const requestId = requestIdOf(host.switchToHttp().getRequest<Request>());
    if (requestId) body.requestId = requestId;
    if (status === 503) this.logger.warn(exception instanceof Error ? exception.message : String(exception));
    else if (status >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    const retryAfter = (body.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
    if (status === 429 && typeof retryAfter === 'number') response.setHeader('Retry-After', String(retryAfter));
    response.status(status).json(body);
  }

  private toBody(exception: unknown): { status: number; body: ApiErrorBody } {
    if (exception instanceof AppException) {
      const body: ApiErrorBody = { code: exception.code, message: exception.message };
      if (exception.details !== undefined) body.details = exception.details;
      return { status: httpStatusOf(exception.code), body };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const code = CODE_BY_STATUS[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'BAD_REQUEST');
      return { status, body: { code, message: exception.message } };
    }
    if (isDatabaseUnavailable(exception)) {
      return { status: 503, body: { code: 'DATABASE_UNAVAILABLE', message: 'The database does not answer; try again in a moment.' } };
    }
    return { status: 500, body: { code: 'INTERNAL_ERROR', message: 'Internal server error.' } };
  }
}
