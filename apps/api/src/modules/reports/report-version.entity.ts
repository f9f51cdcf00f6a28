import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ReportVersionContent } from '@giao-ban/shared';

/** A submission, frozen (a database trigger refuses updates and deletes). */
@Entity('report_versions')
export class ReportVersionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'report_id', type: 'uuid' }) reportId!: string;
  @Column({ type: 'int' }) number!: number;
  @Column({ name: 'submitted_at', type: 'timestamptz' }) submittedAt!: Date;
  @Column({ name: 'submitted_by', type: 'uuid' }) submittedBy!: string;
  @Column({ name: 'on_time', type: 'boolean' }) onTime!: boolean;
  @Column({ type: 'jsonb' }) content!: Pick<ReportVersionContent, 'sections'>;
}
