import { Global, Module } from '@nestjs/common';
import { AuditController } from './audit.controller.js';
import { AuditEventsRepository } from './audit-events.repository.js';
import { AuditLogRepository } from './audit-log.repository.js';
import { AuditLogService } from './audit-log.service.js';
import { AuditService } from './audit.service.js';

@Global()
@Module({ controllers: [AuditController], providers: [AuditService, AuditEventsRepository, AuditLogService, AuditLogRepository], exports: [AuditService] })
export class AuditModule {}
