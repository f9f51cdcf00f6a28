import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import type { LocalDate, PeriodKind, PeriodState, ReminderLadder } from '@giao-ban/shared';
import { TaskGroupEntity } from './task-group.entity.js';

/** A reporting cycle (kỳ báo cáo). Dates are calendar dates in Asia/Ho_Chi_Minh (`YYYY-MM-DD`). */
@Entity('reporting_periods')
export class ReportingPeriodEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: PeriodKind;

  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'int', nullable: true })
  sequence!: number | null;

  @Column({ name: 'cut_off_from', type: 'date' })
  cutOffFrom!: LocalDate;

  @Column({ name: 'cut_off_to', type: 'date' })
  cutOffTo!: LocalDate;

  @Column({ name: 'due_date', type: 'date' })
  dueDate!: LocalDate;

  @Column({ type: 'varchar', length: 20, default: 'draft' })
  state!: PeriodState;

  @Column({ name: 'requires_head_approval', type: 'boolean', default: false })
  requiresHeadApproval!: boolean;

  @Column({ name: 'shift_due_date_to_working_day', type: 'boolean', default: true })
  shiftDueDateToWorkingDay!: boolean;

  /** When a unit that has not submitted is reminded (GET/PUT /api/periods/:id/reminder-ladder). */
  @Column({ name: 'reminder_ladder', type: 'jsonb', default: () => `'{"onDueDay": true, "daysBefore": [7, 3, 1], "repeatEveryDays": 3}'` })
  reminderLadder!: ReminderLadder;

  @OneToMany(() => TaskGroupEntity, (group) => group.period)
  taskGroups?: Relation<TaskGroupEntity[]>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
