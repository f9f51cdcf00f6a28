import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { SummaryFigures, SummarySettings, SummaryState } from '@giao-ban/shared';

/** The summary report of one period (báo cáo tổng hợp): one row per period, from its first compile. */
@Entity('summaries')
export class SummaryEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'period_id', type: 'uuid', unique: true }) periodId!: string;
  @Column({ type: 'varchar', length: 10, default: 'draft' }) state!: SummaryState;
  /** Number of the latest saved version. */
  @Column({ type: 'int', default: 0 }) version!: number;
  @Column({ name: 'include_submitted', type: 'boolean', default: false }) includeSubmitted!: boolean;
  @Column({ name: 'compiled_at', type: 'timestamptz' }) compiledAt!: Date;
  @Column({ type: 'jsonb' }) settings!: SummarySettings;
  @Column({ type: 'jsonb' }) figures!: SummaryFigures;
  @Column({ name: 'final_version', type: 'int', nullable: true }) finalVersion!: number | null;
  @Column({ name: 'finalized_at', type: 'timestamptz', nullable: true }) finalizedAt!: Date | null;
  @Column({ name: 'finalized_by', type: 'uuid', nullable: true }) finalizedBy!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
}
