import { Inject, Injectable } from '@nestjs/common';
import type { AuditEvent, CurrentUser } from '@giao-ban/shared';
import type { EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '../../common/clock/clock.js';
import { AuditEventEntity } from './audit-event.entity.js';

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
  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  async record(db: EntityManager, actor: Pick<CurrentUser, 'id' | 'role'> | null, record: AuditRecord): Promise<void> {
    await db.insert(AuditEventEntity, {
      occurredAt: this.clock.now(),
      actorId: actor?.id ?? null,
      actorRole: actor?.role ?? null,
      action: record.action,
      objectType: record.objectType,
      objectId: record.objectId,
      periodId: record.periodId ?? null,
      agencyId: record.agencyId ?? null,
      // jsonb: TypeORM's insert typing cannot see through Record<string, unknown>.
      summary: (record.summary ?? {}) as object,
    });
  }

  async historyOf(db: EntityManager, objectIds: string[]): Promise<AuditEvent[]> {
    if (objectIds.length === 0) return [];
    const rows: {
      id: string;
      occurred_at: Date;
      actor_name: string | null;
      actor_role: AuditEvent['actorRole'];
      action: string;
      object_type: string;
      object_id: string;
      summary: Record<string, unknown>;
    }[] = await db.query(
      `SELECT e.id, e.occurred_at, u.full_name AS actor_name, e.actor_role, e.action, e.object_type, e.object_id, e.summary
         FROM audit_events e LEFT JOIN users u ON u.id = e.actor_id
        WHERE e.object_id = ANY($1::uuid[])
        ORDER BY e.id`,
      [objectIds],
    );
    return rows.map((r) => ({
      id: String(r.id),
      occurredAt: r.occurred_at.toISOString(),
      actorName: r.actor_name,
      actorRole: r.actor_role,
      action: r.action,
      objectType: r.object_type,
      objectId: r.object_id,
      summary: r.summary,
    }));
  }
}
