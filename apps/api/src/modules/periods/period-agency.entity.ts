import { Entity, PrimaryColumn } from 'typeorm';

/** A unit the period obliges to report (chosen while the period is a draft). */
@Entity('period_agencies')
export class PeriodAgencyEntity {
  @PrimaryColumn({ name: 'period_id', type: 'uuid' }) periodId!: string;
  @PrimaryColumn({ name: 'agency_id', type: 'uuid' }) agencyId!: string;
}
