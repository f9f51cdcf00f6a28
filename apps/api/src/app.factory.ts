import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import type { DestinationStream } from 'pino';
import { AppModule } from './app.module.js';
import { appTimeHeader } from './common/clock/app-time-header.js';
import { CLOCK, systemClock, type Clock } from './common/clock/clock.js';
import type { AppConfig } from './config/env.schema.js';
import { jsonBody } from './common/http/json-body.js';
import { createAppLogger, createRequestLogger } from './common/logging/request-logger.js';
import { httpMetrics } from './modules/metrics/http-metrics.js';
import { MetricsService } from './modules/metrics/metrics.service.js';
import { securityHeaders } from './common/http/security-headers.js';
import { AuthService, SESSION_COOKIE } from './modules/auth/auth.service.js';
import { loginRateLimit } from './modules/auth/login-rate-limit.js';

export const GLOBAL_PREFIX = 'api';

export function buildOpenApiDocument(app: NestExpressApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Giao Ban API')
    .setDescription(
      'Reporting workflow of the Ban Chỉ đạo Công tác thông tin đối ngoại. Sign in with POST /api/auth/login; ' +
        `the session travels in the httpOnly cookie \`${SESSION_COOKIE}\`. Errors are { code, message, details? }.`,
    )
    .setVersion('0.1.0')
    .addCookieAuth(SESSION_COOKIE)
    .build();
  return SwaggerModule.createDocument(app, config);
}

/** The application as main.ts, local.ts and the tests run it: one place, so they cannot drift. */
export async function createApp(
  config: AppConfig,
  /** logDestination: where the JSON log lines go (a test reads them); standard output by default. */
  options: { clock?: Clock; logDestination?: DestinationStream } = {},
): Promise<NestExpressApplication> {
  const requestLogger = createRequestLogger(config.logLevel, options.logDestination);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, options.clock ?? systemClock, requestLogger), {
    // Held until the pino logger below takes over, so start-up lines are JSON too.
    bufferLogs: true,
    // Bodies are read by jsonBody below, after throttling and per route, never before.
    bodyParser: false,
  });
  app.useLogger(createAppLogger(requestLogger));
  app.setGlobalPrefix(GLOBAL_PREFIX);
  // First, so every request (a refused sign-in or body too) has its id, its log line and its count.
  app.use(requestLogger, httpMetrics(app.get(MetricsService)));
  app.use(`/${GLOBAL_PREFIX}`, appTimeHeader(app.get<Clock>(CLOCK)));
  app.disable('x-powered-by');
  if (config.trustProxy) app.set('trust proxy', 1);
  app.use(...securityHeaders());
  app.use(cookieParser());
  // Sign-in attempts are counted before their bodies are read.
  app.use('/api/auth/login', loginRateLimit(config.loginRateLimit));
  const auth = app.get(AuthService);
  app.use(
    ...jsonBody({
      isSignedIn: async (request) => {
        const token: unknown = request.cookies?.[SESSION_COOKIE];
        return typeof token === 'string' && token !== '' && (await auth.resolveSession(token)) !== null;
      },
    }),
  );
  app.enableShutdownHooks();
  SwaggerModule.setup(`${GLOBAL_PREFIX}/docs`, app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: `${GLOBAL_PREFIX}/docs-json`,
  });
  return app;
}
