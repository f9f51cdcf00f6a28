import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { LocalDate } from '@giao-ban/shared';

/** A unit the period obliges to report (chosen while the period is a draft). */
@Entity('period_agencies')
export class PeriodAgencyEntity {
  @PrimaryColumn({ name: 'period_id', type: 'uuid' }) periodId!: string;
  @PrimaryColumn({ name: 'agency_id', type: 'uuid' }) agencyId!: string;
  /** The unit's own due date, settled on the working calendar; null: the period's. Opening copies it to the report. */
  @Column({ name: 'due_date', type: 'date', nullable: true }) dueDate!: LocalDate | null;
}
