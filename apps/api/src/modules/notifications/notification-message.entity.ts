import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { MessageChannel, MessageStatus, NotificationKind } from '@giao-ban/shared';

/** The message log: one row per message sent (or kept in the outbox) to one person on one channel. */
@Entity('notification_messages')
export class NotificationMessageEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'notification_id', type: 'uuid', nullable: true }) notificationId!: string | null;
  @Column({ name: 'recipient_id', type: 'uuid' }) recipientId!: string;
  @Column({ type: 'varchar', length: 40 }) kind!: NotificationKind;
  @Column({ type: 'varchar', length: 10 }) channel!: MessageChannel;
  @Column({ type: 'varchar', length: 200, nullable: true }) address!: string | null;
  @Column({ type: 'varchar', length: 1000, nullable: true }) subject!: string | null;
  @Column({ type: 'text', nullable: true }) body!: string | null;
  @Column({ type: 'varchar', length: 10 }) status!: MessageStatus;
  @Column({ type: 'integer', default: 0 }) attempts!: number;
  @Column({ name: 'last_error', type: 'text', nullable: true }) lastError!: string | null;
  @Column({ name: 'period_id', type: 'uuid', nullable: true }) periodId!: string | null;
  @Column({ name: 'agency_id', type: 'uuid', nullable: true }) agencyId!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true }) sentAt!: Date | null;
}
