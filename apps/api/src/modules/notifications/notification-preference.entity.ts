import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A person's choice of e-mail; without a row, e-mail is on (in-app notifications always are). */
@Entity('notification_preferences')
export class NotificationPreferenceEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId!: string;
  @Column({ name: 'email_enabled', type: 'boolean' }) emailEnabled!: boolean;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
