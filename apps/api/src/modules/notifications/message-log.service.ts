import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MessageLogEntry, MessageStatus, Page } from '@giao-ban/shared';
import { DataSource } from 'typeorm';
import { NotificationsRepository } from './notifications.repository.js';

/** The administrator's view of the e-mail log: the demo's outbox, and every delivery or failure with its reason. */
@Injectable()
export class MessageLogService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: NotificationsRepository,
  ) {}

  async emails(status: MessageStatus | undefined, page: number, pageSize: number): Promise<Page<MessageLogEntry>> {
    const found = await this.repository.findEmailLog(this.dataSource.manager, status, (page - 1) * pageSize, pageSize);
    return { ...found, page, pageSize };
  }
}
