import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CurrentUser, NotificationCounts, NotificationItem, NotificationPage, NotificationPreferences, Page, ReviewQueueItem } from '@giao-ban/shared';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '../../common/clock/clock.js';
import { AppException } from '../../common/errors/app-exception.js';
import { AuditService } from '../audit/audit.service.js';
import { NotificationsRepository } from './notifications.repository.js';

/**
 * What a signed-in person does with their own notifications: read the list, mark them read,
 * switch e-mail on or off. Nobody reaches another person's notifications: an id that is not
 * theirs is 404, as a missing one. The office also sees the reports waiting for it ("chờ tiếp nhận").
 */
@Injectable()
export class InboxService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: NotificationsRepository,
    private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async list(user: CurrentUser, page: number, pageSize: number): Promise<NotificationPage> {
    const found = await this.repository.findPageOfRecipient(this.dataSource.manager, user.id, (page - 1) * pageSize, pageSize);
    return { ...found, page, pageSize };
  }

  /** Polled by the bell: kept to two index lookups. */
  async counts(user: CurrentUser): Promise<NotificationCounts> {
    const db = this.dataSource.manager;
    return {
      unread: await this.repository.countUnread(db, user.id),
      awaitingReceipt: user.role === 'office' ? await this.repository.countAwaitingReceipt(db) : null,
    };
  }

  async markRead(user: CurrentUser, id: string): Promise<NotificationItem> {
    const item = await this.repository.markRead(this.dataSource.manager, user.id, id, this.clock.now());
    if (!item) throw new AppException('NOT_FOUND', 'No such notification.');
    return item;
  }

  async markAllRead(user: CurrentUser): Promise<NotificationCounts> {
    await this.repository.markAllRead(this.dataSource.manager, user.id, this.clock.now());
    return this.counts(user);
  }

  async preferences(user: CurrentUser): Promise<NotificationPreferences> {
    const found = await this.repository.findPreferences(this.dataSource.manager, user.id);
    if (!found) throw new AppException('NOT_FOUND', 'No such user.');
    return found;
  }

  async updatePreferences(user: CurrentUser, emailEnabled: boolean): Promise<NotificationPreferences> {
    await this.dataSource.transaction(async (db) => {
      const before = await this.repository.lockEmailChoice(db, user.id);
      if (before === emailEnabled) return;
      await this.repository.saveEmailChoice(db, user.id, emailEnabled, this.clock.now());
      await this.audit.record(db, user, {
        action: 'user.notifications_updated',
        objectType: 'user',
        objectId: user.id,
        agencyId: user.agencyId,
        summary: { changes: { emailEnabled: { from: before, to: emailEnabled } }, own: true },
      });
    });
    return this.preferences(user);
  }

  /** The office's queue: every report submitted and not yet accepted or returned, oldest first. */
  async reviewQueue(): Promise<Page<ReviewQueueItem>> {
    const items = await this.repository.findAwaitingReceipt(this.dataSource.manager);
    return { items, total: items.length, page: 1, pageSize: Math.max(items.length, 1) };
  }
}
