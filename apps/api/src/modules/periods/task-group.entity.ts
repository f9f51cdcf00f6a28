import { Column, Entity, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ReportingPeriodEntity } from './reporting-period.entity.js';
import { IndicatorEntity } from './indicator.entity.js';

/** One of a period's numbered work areas (nhóm nhiệm vụ). */
@Entity('task_groups')
export class TaskGroupEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'period_id', type: 'uuid' })
  periodId!: string;

  @ManyToOne(() => ReportingPeriodEntity, (period) => period.taskGroups, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'period_id' })
  period?: Relation<ReportingPeriodEntity>;

  @Column({ type: 'int' })
  ordinal!: number;

  @Column({ type: 'text' })
  title!: string;

  /** What the dashboard shows of the group (see TaskGroup.shortName). */
  @Column({ name: 'short_name', type: 'text' })
  shortName!: string;

  @Column({ type: 'text', nullable: true })
  guidance!: string | null;

  @OneToMany(() => IndicatorEntity, (indicator) => indicator.taskGroup)
  indicators?: Relation<IndicatorEntity[]>;
}
