import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Logger as PinoNestLogger, PinoLogger, type Params } from 'nestjs-pino';
import { pino, type DestinationStream, type LevelWithSilent, type Logger, type LoggerOptions } from 'pino';
import { pinoHttp, type HttpLogger } from 'pino-http';
import type { AuthenticatedRequest } from '../decorators/current-user.decorator.js';

export const REQUEST_ID_HEADER = 'X-Request-Id';

/** An id a proxy in front of us chose is kept only when it is short and cannot forge a log line. */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

type LoggedRequest = IncomingMessage & { id?: unknown; route?: { path?: unknown }; user?: AuthenticatedRequest['user']; originalUrl?: string };

/** The request's id, as pino-http assigned it; undefined before the request logger ran. */
export function requestIdOf(request: unknown): string | undefined {
  const id = (request as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : undefined;
}

/** The route template Express matched (`/api/periods/:id`), never the raw URL with its ids. */
export function routeOf(request: unknown): string | null {
  const path = (request as LoggedRequest).route?.path;
  return typeof path === 'string' ? path : null;
}

function pathOnly(request: LoggedRequest): string {
  return (request.originalUrl ?? request.url ?? '').split('?')[0] ?? '';
}

/**
 * One JSON line per finished request: its id (also sent back in X-Request-Id and in every error
 * body), method, path, route template, status, time and the signed-in user's id. Headers, cookies
 * and bodies are never serialised; redact is a second net should anything log them by hand.
 */
export function createRequestLogger(level: LevelWithSilent, destination?: DestinationStream): HttpLogger {
  const options: LoggerOptions = {
      level,
      base: { service: 'giao-ban-api' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: {
        paths: ['req.headers', 'res.headers', 'password', '*.password', 'newPassword', '*.newPassword', 'cookie', '*.cookie', 'authorization', '*.authorization'],
        censor: '[redacted]',
      },
  };
  const logger: Logger = destination ? pino(options, destination) : pino(options);
  return pinoHttp<LoggedRequest, ServerResponse>({
    logger,
    genReqId: (request, response) => {
      const incoming = request.headers['x-request-id'];
      const id = typeof incoming === 'string' && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
      response.setHeader(REQUEST_ID_HEADER, id);
      return id;
    },
    customAttributeKeys: { reqId: 'requestId', responseTime: 'ms' },
    // The id at the top of every line of the request, Nest's Logger calls inside it included.
    quietReqLogger: true,
    serializers: {
      req: (request: { raw: LoggedRequest; method: string }) => ({ method: request.method, path: pathOnly(request.raw) }),
      res: (response: { statusCode: number }) => ({ status: response.statusCode }),
    },
    // Read when the response has finished, so the guard has set the user and Express the route.
    customSuccessObject: (request, _response, value) => ({ ...value, route: routeOf(request), userId: request.user?.id ?? null }),
    customErrorObject: (request, _response, _error, value) => ({ ...value, route: routeOf(request), userId: request.user?.id ?? null }),
    customLogLevel: (_request, response, error) => {
      if (response.statusCode === 503) return 'warn';
      if (error || response.statusCode >= 500) return 'error';
      return 'info';
    },
    customSuccessMessage: (request, response) => `${request.method} ${pathOnly(request)} ${response.statusCode}`,
    customErrorMessage: (request, response) => `${request.method} ${pathOnly(request)} ${response.statusCode}`,
  });
}

/**
 * Nest's Logger, through pino. Nest's own start-up chatter (a line per module and route) goes at
 * debug, so an operator's info stream starts with what the app itself says.
 */
const NEST_START_UP_CONTEXTS = new Set(['NestFactory', 'InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestApplication']);

export class AppLogger extends PinoNestLogger {
  override log(message: unknown, ...optionalParams: unknown[]): void {
    const context = optionalParams[optionalParams.length - 1];
    if (typeof context === 'string' && NEST_START_UP_CONTEXTS.has(context)) this.debug(message, ...optionalParams);
    else super.log(message, ...optionalParams);
  }
}

/** nestjs-pino's settings: the request logger above is the one in use (it runs before any other middleware). */
export function loggerModuleParams(requestLogger: HttpLogger): Params {
  return { pinoHttp: { logger: requestLogger.logger }, useExisting: true };
}

export function createAppLogger(requestLogger: HttpLogger): AppLogger {
  const params = loggerModuleParams(requestLogger);
  return new AppLogger(new PinoLogger(params), params);
}
