import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { IndicatorAggregation } from '@giao-ban/shared';
import { TaskGroupEntity } from './task-group.entity.js';

/** A number each unit reports for a task group (chỉ tiêu). */
@Entity('indicators')
export class IndicatorEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'task_group_id', type: 'uuid' })
  taskGroupId!: string;

  @ManyToOne(() => TaskGroupEntity, (group) => group.indicators, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_group_id' })
  taskGroup?: Relation<TaskGroupEntity>;

  @Column({ type: 'int' })
  ordinal!: number;

  @Column({ type: 'varchar', length: 300 })
  name!: string;

  /** Unit of measure: tin/bài, đoàn, lớp, lượt người… */
  @Column({ type: 'varchar', length: 40 })
  unit!: string;

  @Column({ type: 'varchar', length: 10, default: 'sum' })
  aggregation!: IndicatorAggregation;

  @Column({ name: 'integer_only', type: 'boolean', default: true })
  integerOnly!: boolean;

  /** numeric in PostgreSQL; pg returns it as a string to keep precision. */
  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true })
  target!: string | null;
}
