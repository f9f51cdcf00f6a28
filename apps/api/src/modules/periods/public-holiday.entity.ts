import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { LocalDate } from '@giao-ban/shared';

@Entity('public_holidays')
export class PublicHolidayEntity {
  @PrimaryColumn({ type: 'date' }) date!: LocalDate;
  @Column({ type: 'varchar', length: 120 }) name!: string;
}
