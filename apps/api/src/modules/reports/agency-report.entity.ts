import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import type { LocalDate, ReportState } from '@giao-ban/shared';
import { AgencyEntity } from '../agencies/agency.entity.js';
import { ReportingPeriodEntity } from '../periods/reporting-period.entity.js';
import { ReportSectionEntity } from './report-section.entity.js';

/** One unit's report for one period; the row itself is the unit's obligation to report. */
@Entity('agency_reports')
export class AgencyReportEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'period_id', type: 'uuid' }) periodId!: string;
  @ManyToOne(() => ReportingPeriodEntity) @JoinColumn({ name: 'period_id' }) period?: Relation<ReportingPeriodEntity>;
  @Column({ name: 'agency_id', type: 'uuid' }) agencyId!: string;
  @ManyToOne(() => AgencyEntity) @JoinColumn({ name: 'agency_id' }) agency?: Relation<AgencyEntity>;
  /**
   * The unit's name as the report was filed under it: set when the obligation is made (a trigger),
   * kept up with renames while the obligation is open, frozen from the first submission on
   * (followsUnitName in libs/shared). Boards, versions, the dashboard and the summary show this.
   */
  @Column({ name: 'agency_name', type: 'varchar', length: 200 }) agencyName!: string;
  @Column({ name: 'agency_short_name', type: 'varchar', length: 80 }) agencyShortName!: string;
  @Column({ type: 'varchar', length: 20, default: 'not_started' }) state!: ReportState;
  /** The unit's own due date in the period (from `period_agencies` when the period opened); null: the period's. */
  @Column({ name: 'unit_due_date', type: 'date', nullable: true }) unitDueDate!: LocalDate | null;
  @Column({ name: 'extended_due_date', type: 'date', nullable: true }) extendedDueDate!: LocalDate | null;
  @Column({ name: 'extension_reason', type: 'text', nullable: true }) extensionReason!: string | null;
  @Column({ name: 'revision_due_date', type: 'date', nullable: true }) revisionDueDate!: LocalDate | null;
  @Column({ name: 'return_reason', type: 'text', nullable: true }) returnReason!: string | null;
  @Column({ type: 'boolean', default: false }) reopened!: boolean;
  @Column({ name: 'first_submitted_at', type: 'timestamptz', nullable: true }) firstSubmittedAt!: Date | null;
  @Column({ name: 'last_submitted_at', type: 'timestamptz', nullable: true }) lastSubmittedAt!: Date | null;
  @Column({ name: 'version_number', type: 'int', default: 0 }) versionNumber!: number;
  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true }) approvedAt!: Date | null;
  @Column({ name: 'approved_by', type: 'uuid', nullable: true }) approvedBy!: string | null;
  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true }) acceptedAt!: Date | null;
  @Column({ name: 'accepted_by', type: 'uuid', nullable: true }) acceptedBy!: string | null;
  // The task tallies the dashboard reads: kept by triggers on report_sections (migration
  // 1764470000000), never written by the application.
  @Column({ name: 'task_count', type: 'int', default: 0, insert: false, update: false }) taskCount!: number;
  @Column({ name: 'tasks_done', type: 'int', default: 0, insert: false, update: false }) tasksDone!: number;
  @Column({ name: 'tasks_waived', type: 'int', default: 0, insert: false, update: false }) tasksWaived!: number;
  @Column({ name: 'tasks_declared_na', type: 'int', default: 0, insert: false, update: false }) tasksDeclaredNa!: number;
  @OneToMany(() => ReportSectionEntity, (s) => s.report) sections?: Relation<ReportSectionEntity[]>;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
