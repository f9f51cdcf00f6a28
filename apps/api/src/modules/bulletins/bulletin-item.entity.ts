import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { BulletinItemKind, BulletinItemState, LocalDate } from '@giao-ban/shared';

/** A unit's item (tin, bài) for an issue; the office's edits are kept beside the original (edited_*). */
@Entity('bulletin_items')
export class BulletinItemEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'issue_id', type: 'uuid' }) issueId!: string;
  @Column({ name: 'agency_id', type: 'uuid' }) agencyId!: string;
  @Column({ type: 'varchar', length: 10 }) kind!: BulletinItemKind;
  @Column({ type: 'varchar', length: 10, default: 'draft' }) state!: BulletinItemState;
  @Column({ type: 'varchar', length: 300, default: '' }) title!: string;
  @Column({ type: 'text', default: '' }) sapo!: string;
  @Column({ type: 'text', default: '' }) body!: string;
  @Column({ name: 'event_date', type: 'date', nullable: true }) eventDate!: LocalDate | null;
  @Column({ name: 'event_place', type: 'varchar', length: 200, default: '' }) eventPlace!: string;
  @Column({ name: 'task_group_id', type: 'uuid', nullable: true }) taskGroupId!: string | null;
  @Column({ type: 'jsonb', default: [] }) links!: string[];
  @Column({ type: 'int', default: 0 }) revision!: number;
  @Column({ name: 'edited_title', type: 'varchar', length: 300, nullable: true }) editedTitle!: string | null;
  @Column({ name: 'edited_sapo', type: 'text', nullable: true }) editedSapo!: string | null;
  @Column({ name: 'edited_body', type: 'text', nullable: true }) editedBody!: string | null;
  @Column({ type: 'varchar', length: 120, nullable: true }) section!: string | null;
  @Column({ type: 'int', nullable: true }) position!: number | null;
  @Column({ name: 'return_reason', type: 'text', nullable: true }) returnReason!: string | null;
  @Column({ name: 'not_used_reason', type: 'text', nullable: true }) notUsedReason!: string | null;
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true }) submittedAt!: Date | null;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt!: Date | null;
  @Column({ name: 'decided_by', type: 'uuid', nullable: true }) decidedBy!: string | null;
  @Column({ name: 'created_by', type: 'uuid' }) createdBy!: string;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
}
