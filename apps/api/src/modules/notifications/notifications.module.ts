import { Global, Module } from '@nestjs/common';
import { EmailDeliveryService } from './email-delivery.service.js';
import { InboxService } from './inbox.service.js';
import { MessageLogService } from './message-log.service.js';
import { NotificationsController, OutboxController, ReviewQueueController } from './notifications.controller.js';
import { NotificationsRepository } from './notifications.repository.js';
import { NotificationsService } from './notifications.service.js';

/**
 * Notifications (issue #12): in the app, by e-mail (or the outbox), logged. Global, like the audit
 * trail, so the workflow's services call NotificationsService inside their own transactions.
 */
@Global()
@Module({
  controllers: [NotificationsController, ReviewQueueController, OutboxController],
  providers: [NotificationsService, EmailDeliveryService, InboxService, MessageLogService, NotificationsRepository],
  exports: [NotificationsService],
})
export class NotificationsModule {}
