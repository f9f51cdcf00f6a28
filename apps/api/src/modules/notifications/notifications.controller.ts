import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type {
  CurrentUser as CurrentUserShape,
  MessageLogEntry,
  NotificationCounts,
  NotificationItem,
  NotificationPage,
  NotificationPreferences,
  Page,
  ReviewQueueItem,
} from '@giao-ban/shared';
import { CurrentUser } from '../../common/decorators/current-user.decorator.js';
import { Roles } from '../../common/decorators/roles.decorator.js';
import { PageQueryDto } from '../../common/pagination/page-query.dto.js';
import { MessageLogQueryDto, UpdateNotificationPreferencesDto } from './dto/notification-requests.dto.js';
import { InboxService } from './inbox.service.js';
import { MessageLogService } from './message-log.service.js';

/** Every signed-in person's own notifications (never anyone else's) and their e-mail choice. */
@ApiTags('notifications')
@ApiCookieAuth('gb_session')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly inbox: InboxService) {}

  @Get()
  @ApiOkResponse({ description: 'NotificationPage (libs/shared/src/notifications): the own notifications, newest first, and the unread count.' })
  list(@CurrentUser() user: CurrentUserShape, @Query() query: PageQueryDto): Promise<NotificationPage> {
    return this.inbox.list(user, query.page, query.pageSize);
  }

  /** Cheap enough to poll: the bell's badge, and the office's "chờ tiếp nhận" count. */
  @Get('unread-count')
  @ApiOkResponse({ description: 'NotificationCounts: unread, and awaitingReceipt for the office (null for others).' })
  counts(@CurrentUser() user: CurrentUserShape): Promise<NotificationCounts> {
    return this.inbox.counts(user);
  }

  @Post('read-all')
  @HttpCode(200)
  @ApiOkResponse({ description: 'NotificationCounts after marking every own notification read.' })
  markAllRead(@CurrentUser() user: CurrentUserShape): Promise<NotificationCounts> {
    return this.inbox.markAllRead(user);
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The notification, read. 404 when it is not the signed-in user\'s.' })
  markRead(@CurrentUser() user: CurrentUserShape, @Param('id', ParseUUIDPipe) id: string): Promise<NotificationItem> {
    return this.inbox.markRead(user, id);
  }

  @Get('preferences')
  @ApiOkResponse({ description: 'NotificationPreferences: e-mail on or off, and the address it goes to.' })
  preferences(@CurrentUser() user: CurrentUserShape): Promise<NotificationPreferences> {
    return this.inbox.preferences(user);
  }

  @Patch('preferences')
  @ApiOkResponse({ description: 'NotificationPreferences after the change.' })
  updatePreferences(@CurrentUser() user: CurrentUserShape, @Body() body: UpdateNotificationPreferencesDto): Promise<NotificationPreferences> {
    return this.inbox.updatePreferences(user, body.emailEnabled);
  }
}

/** The standing office's "chờ tiếp nhận" queue: reports submitted and waiting to be accepted or returned. */
@ApiTags('notifications')
@ApiCookieAuth('gb_session')
@Roles('office')
@Controller('review-queue')
export class ReviewQueueController {
  constructor(private readonly inbox: InboxService) {}

  @Get()
  @ApiOkResponse({ description: 'Page<ReviewQueueItem>, oldest submission first.' })
  list(): Promise<Page<ReviewQueueItem>> {
    return this.inbox.reviewQueue();
  }
}

/** The e-mail log for the system administrator: the outbox of a server without SMTP, deliveries and failures. */
@ApiTags('notifications')
@ApiCookieAuth('gb_session')
@Roles('admin')
@Controller('outbox')
export class OutboxController {
  constructor(private readonly log: MessageLogService) {}

  @Get()
  @ApiOkResponse({ description: 'Page<MessageLogEntry> of e-mails, newest first; ?status=outbox|queued|sent|failed.' })
  list(@Query() query: MessageLogQueryDto): Promise<Page<MessageLogEntry>> {
    return this.log.emails(query.status, query.page, query.pageSize);
  }
}
