import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A name a unit carried from `validFrom` on; the first comes with the unit (a trigger), renames add one. */
@Entity('agency_names')
export class AgencyNameEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id!: string;
  @Column({ name: 'agency_id', type: 'uuid' }) agencyId!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ name: 'short_name', type: 'varchar', length: 80 }) shortName!: string;
  @Column({ name: 'valid_from', type: 'timestamptz' }) validFrom!: Date;
  @Column({ name: 'changed_by', type: 'uuid', nullable: true }) changedBy!: string | null;
}
