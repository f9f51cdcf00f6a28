import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ReminderLadder, SummaryStyle } from '@giao-ban/shared';

/** The committee's settings: one row (migration 1764560000000), read and written by SettingsRepository. */
@Entity('committee_settings')
export class CommitteeSettingsEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'single_row', type: 'boolean', default: true, unique: true }) singleRow!: boolean;
  @Column({ name: 'issuing_body', type: 'varchar', length: 200 }) issuingBody!: string;
  @Column({ name: 'party_parent_body', type: 'varchar', length: 200 }) partyParentBody!: string;
  @Column({ name: 'state_parent_body', type: 'varchar', length: 200 }) stateParentBody!: string;
  @Column({ name: 'party_signer_authority', type: 'varchar', length: 100 }) partySignerAuthority!: string;
  @Column({ name: 'state_signer_authority', type: 'varchar', length: 100 }) stateSignerAuthority!: string;
  @Column({ name: 'signer_title', type: 'varchar', length: 100 }) signerTitle!: string;
  @Column({ name: 'signer_name', type: 'varchar', length: 100, nullable: true }) signerName!: string | null;
  @Column({ type: 'varchar', length: 100 }) place!: string;
  @Column({ name: 'default_style', type: 'varchar', length: 10 }) defaultStyle!: SummaryStyle;
  @Column({ type: 'jsonb' }) recipients!: string[];
  /** The ladder a new period takes (migration 1764590000000). */
  @Column({ name: 'reminder_ladder', type: 'jsonb', default: () => `'{"onDueDay": true, "daysBefore": [7, 3, 1], "repeatEveryDays": 3}'` })
  reminderLadder!: ReminderLadder;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
  @Column({ name: 'updated_by', type: 'uuid', nullable: true }) updatedBy!: string | null;
}
