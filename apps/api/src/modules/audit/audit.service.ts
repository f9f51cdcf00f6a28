import { Inject, Injectable } from '@nestjs/common';
import type { AuditEvent, CurrentUser } from '@giao-ban/shared';
import type { EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '../../common/clock/clock.js';
import { AuditEventsRepository } from './audit-events.repository.js';

export interface AuditRecord {
  action: string;
  objectType: string;
  objectId: string;
  periodId?: string | null;
  agencyId?: string | null;
  summary?: Record<string, unknown>;
}

/**
 * Writes audit events inside the caller's transaction, so an event exists exactly when its change
 * does. Reading is by object, newest last.
 */
@Injectable()
export class AuditService {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly events: AuditEventsRepository,
  ) {}

  async record(db: EntityManager, actor: Pick<CurrentUser, 'id' | 'role'> | null, record: AuditRecord): Promise<void> {
    await this.events.insertEvent(db, {
      occurredAt: this.clock.now(),
      actorId: actor?.id ?? null,
      actorRole: actor?.role ?? null,
      action: record.action,
      objectType: record.objectType,
      objectId: record.objectId,
      periodId: record.periodId ?? null,
      agencyId: record.agencyId ?? null,
      summary: record.summary ?? {},
    });
  }

  async historyOf(db: EntityManager, objectIds: string[]): Promise<AuditEvent[]> {
    if (objectIds.length === 0) return [];
    return this.events.findHistoryOf(db, objectIds);
  }
}
