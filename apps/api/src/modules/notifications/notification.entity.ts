import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { NotificationKind, NotificationLink } from '@giao-ban/shared';

/** One in-app notification of one person; read when `readAt` is set. */
@Entity('notifications')
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'recipient_id', type: 'uuid' }) recipientId!: string;
  @Column({ type: 'varchar', length: 40 }) kind!: NotificationKind;
  @Column({ type: 'jsonb' }) params!: Record<string, unknown>;
  @Column({ type: 'jsonb' }) link!: NotificationLink;
  @Column({ name: 'period_id', type: 'uuid', nullable: true }) periodId!: string | null;
  @Column({ name: 'agency_id', type: 'uuid', nullable: true }) agencyId!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'read_at', type: 'timestamptz', nullable: true }) readAt!: Date | null;
}
