import { existsSync } from 'node:fs';
import { Module, ValidationPipe, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE, DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import type { HttpLogger } from 'pino-http';
import { AdjustableClock, type Clock } from './common/clock/clock.js';
import { ApiExceptionFilter } from './common/filters/api-exception.filter.js';
import { loggerModuleParams } from './common/logging/request-logger.js';
import { validationExceptionFactory } from './common/filters/validation-exception.factory.js';
import { StorageModule } from './common/storage/storage.module.js';
import { CoreModule } from './config/core.module.js';
import type { AppConfig } from './config/env.schema.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { SeedsModule } from './database/seeds/seeds.module.js';
import { AgenciesModule } from './modules/agencies/agencies.module.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { BulletinsModule } from './modules/bulletins/bulletins.module.js';
import { DashboardModule } from './modules/dashboard/dashboard.module.js';
import { DemoClockModule } from './modules/demo-clock/demo-clock.module.js';
import { DirectoryImportModule } from './modules/directory-import/directory-import.module.js';
import { SessionGuard } from './modules/auth/session.guard.js';
import { HealthModule } from './modules/health/health.module.js';
import { MetricsModule } from './modules/metrics/metrics.module.js';
import { JobsModule } from './jobs/jobs.module.js';
import { NotificationsModule } from './modules/notifications/notifications.module.js';
import { PeriodsModule } from './modules/periods/periods.module.js';
import { RemindersModule } from './modules/reminders/reminders.module.js';
import { ReportsModule } from './modules/reports/reports.module.js';
import { SettingsModule } from './modules/settings/settings.module.js';
import { SummariesModule } from './modules/summaries/summaries.module.js';
import { UsersModule } from './modules/users/users.module.js';
import { WebAppModule } from './web-app/web-app.module.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, clock: Clock, requestLogger: HttpLogger): DynamicModule {
    // The API owns /api; everything else is the single-page app (web-app.middleware.ts).
    const webApp = config.webDistDir && existsSync(config.webDistDir) ? [WebAppModule.forRoot(config.webDistDir)] : [];
    // Demo mode: the administrator moves the app's time (the demo clock); every service reads it through CLOCK.
    const demoClock = config.demoMode ? new AdjustableClock(clock) : null;
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config, demoClock ?? clock),
        LoggerModule.forRoot(loggerModuleParams(requestLogger)),
        MetricsModule,
        TypeOrmModule.forRoot({ ...dataSourceOptions(config.databaseUrl, config.databaseTimeoutMs), retryAttempts: 5, retryDelay: 2000 }),
        DiscoveryModule,
        StorageModule,
        AuthModule,
        UsersModule,
        AgenciesModule,
        DirectoryImportModule,
        PeriodsModule,
        AuditModule,
        JobsModule,
        NotificationsModule,
        RemindersModule,
        ReportsModule,
        SettingsModule,
        SummariesModule,
        BulletinsModule,
        DashboardModule,
        HealthModule,
        DemoClockModule.forRoot(demoClock),
        SeedsModule,
        ...webApp,
      ],
      providers: [
        { provide: APP_GUARD, useExisting: SessionGuard },
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
        {
          provide: APP_PIPE,
          useValue: new ValidationPipe({
            whitelist: true,
            forbidNonWhitelisted: true,
            transform: true,
            exceptionFactory: validationExceptionFactory,
          }),
        },
      ],
    };
  }
}
