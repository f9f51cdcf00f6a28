import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { AgencyKind } from '@giao-ban/shared';

/** A member unit of the committee (đơn vị thành viên), or the standing office itself. */
@Entity('agencies')
export class AgencyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stable short code used by imports and the demo loader (e.g. `SNGV`). */
  @Column({ type: 'varchar', length: 40, unique: true })
  code!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ name: 'short_name', type: 'varchar', length: 80 })
  shortName!: string;

  @Column({ type: 'varchar', length: 30 })
  kind!: AgencyKind;

  @Column({ name: 'display_order', type: 'int' })
  displayOrder!: number;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ name: 'is_standing_office', type: 'boolean', default: false })
  isStandingOffice!: boolean;

  /** The unit's contact person (người đầu mối), for the office. */
  @Column({ name: 'contact_person', type: 'varchar', length: 120, nullable: true })
  contactPerson!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  email!: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  phone!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
