import { Column, Entity, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { GeneralSectionKey, TaskStatus } from '@giao-ban/shared';
import { TaskGroupEntity } from '../periods/task-group.entity.js';
import { AgencyReportEntity } from './agency-report.entity.js';
import { IndicatorValueEntity } from './indicator-value.entity.js';

/** A task group's part of a unit's report (the task-level obligation), or one general heading. */
@Entity('report_sections')
export class ReportSectionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'report_id', type: 'uuid' }) reportId!: string;
  @ManyToOne(() => AgencyReportEntity, (r) => r.sections, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'report_id' }) report?: Relation<AgencyReportEntity>;
  @Column({ name: 'task_group_id', type: 'uuid', nullable: true }) taskGroupId!: string | null;
  @ManyToOne(() => TaskGroupEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'task_group_id' }) taskGroup?: Relation<TaskGroupEntity> | null;
  @Column({ name: 'general_key', type: 'varchar', length: 20, nullable: true }) generalKey!: GeneralSectionKey | null;
  @Column({ type: 'boolean', default: true }) applicable!: boolean;
  @Column({ type: 'varchar', length: 20, nullable: true }) status!: TaskStatus | null;
  /** The status of the last submission: what the dashboard counts while a returned report is edited. */
  @Column({ name: 'submitted_status', type: 'varchar', length: 20, nullable: true, insert: false, update: false }) submittedStatus!: TaskStatus | null;
  @Column({ type: 'text', default: '' }) text!: string;
  @Column({ type: 'int', default: 0 }) version!: number;
  @Column({ type: 'boolean', default: false }) returned!: boolean;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
  @Column({ name: 'updated_by', type: 'uuid', nullable: true }) updatedBy!: string | null;
  @OneToMany(() => IndicatorValueEntity, (v) => v.section) indicatorValues?: Relation<IndicatorValueEntity[]>;
}
