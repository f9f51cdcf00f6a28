import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { SummaryDocument, SummaryFigures, SummaryPart, SummarySettings, SummaryState, SummaryVersionAction } from '@giao-ban/shared';

/** A save of the summary, numbered; append-only (a database trigger refuses updates and deletes). */
@Entity('summary_versions')
export class SummaryVersionEntity {
  @PrimaryColumn({ name: 'summary_id', type: 'uuid' }) summaryId!: string;
  @PrimaryColumn({ type: 'int' }) number!: number;
  @Column({ type: 'varchar', length: 30 }) action!: SummaryVersionAction;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @Column({ type: 'varchar', length: 10 }) state!: SummaryState;
  @Column({ type: 'jsonb' }) settings!: SummarySettings;
  /** Set by every compile and by finalize (the frozen figures); null when the save left them alone. */
  @Column({ type: 'jsonb', nullable: true }) figures!: SummaryFigures | null;
  @Column({ name: 'section_keys', type: 'text', array: true, default: () => `'{}'` }) sectionKeys!: string[];
  @Column({ type: 'text', nullable: true }) note!: string | null;
}

/** A section's text as one save left it; version n of the summary is, per section, the latest revision ≤ n. */
@Entity('summary_section_revisions')
export class SummarySectionRevisionEntity {
  @PrimaryColumn({ name: 'summary_id', type: 'uuid' }) summaryId!: string;
  @PrimaryColumn({ type: 'varchar', length: 40 }) key!: string;
  @PrimaryColumn({ type: 'int' }) number!: number;
  @Column({ type: 'varchar', length: 10 }) part!: SummaryPart;
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'json' }) content!: SummaryDocument;
}
