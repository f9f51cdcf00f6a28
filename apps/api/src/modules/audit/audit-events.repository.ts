import { Injectable } from '@nestjs/common';
import type { AuditEvent, Role } from '@giao-ban/shared';
import type { EntityManager } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity.js';

/**
 * Writes and reads audit events inside the caller's transaction (the whole log's browser is
 * AuditLogRepository). Every method takes the EntityManager of that transaction.
 */
@Injectable()
export class AuditEventsRepository {
  async insertEvent(
    db: EntityManager,
    event: {
      occurredAt: Date;
      actorId: string | null;
      actorRole: Role | null;
      action: string;
      objectType: string;
      objectId: string;
      periodId: string | null;
      agencyId: string | null;
      summary: Record<string, unknown>;
    },
  ): Promise<void> {
    // jsonb: TypeORM's insert typing cannot see through Record<string, unknown>.
    await db.insert(AuditEventEntity, { ...event, summary: event.summary as object });
  }

  /** The events of these objects, oldest first, with the actor's name. */
  async findHistoryOf(db: EntityManager, objectIds: string[]): Promise<AuditEvent[]> {
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
    return rows.map((row) => ({
      id: String(row.id),
      occurredAt: row.occurred_at.toISOString(),
      actorName: row.actor_name,
      actorRole: row.actor_role,
      action: row.action,
      objectType: row.object_type,
      objectId: row.object_id,
      summary: row.summary,
    }));
  }
}
