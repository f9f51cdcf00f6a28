import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { LocalDate, SuccessionKind } from '@giao-ban/shared';

/** A unit that ended (merge, split, abolish) and the one that carries on its work (none when abolished). */
@Entity('agency_successions')
export class AgencySuccessionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'predecessor_id', type: 'uuid', unique: true }) predecessorId!: string;
  @Column({ name: 'successor_id', type: 'uuid', nullable: true }) successorId!: string | null;
  @Column({ type: 'varchar', length: 10 }) kind!: SuccessionKind;
  @Column({ name: 'effective_on', type: 'date' }) effectiveOn!: LocalDate;
  @Column({ name: 'decided_by', type: 'uuid', nullable: true }) decidedBy!: string | null;
  @Column({ name: 'decided_at', type: 'timestamptz' }) decidedAt!: Date;
  @Column({ type: 'text', nullable: true }) note!: string | null;
}
