import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '@giao-ban/shared';

/** Append-only (a database trigger refuses updates and deletes). */
@Entity('audit_events')
export class AuditEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id!: string;
  @Column({ name: 'occurred_at', type: 'timestamptz' }) occurredAt!: Date;
  @Column({ name: 'actor_id', type: 'uuid', nullable: true }) actorId!: string | null;
  @Column({ name: 'actor_role', type: 'varchar', length: 20, nullable: true }) actorRole!: Role | null;
  @Column({ type: 'varchar', length: 60 }) action!: string;
  @Column({ name: 'object_type', type: 'varchar', length: 40 }) objectType!: string;
  @Column({ name: 'object_id', type: 'uuid' }) objectId!: string;
  @Column({ name: 'period_id', type: 'uuid', nullable: true }) periodId!: string | null;
  @Column({ name: 'agency_id', type: 'uuid', nullable: true }) agencyId!: string | null;
  @Column({ type: 'jsonb' }) summary!: Record<string, unknown>;
}
