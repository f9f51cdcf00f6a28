import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { SummaryDocument, SummaryPart, SummarySectionInputs } from '@giao-ban/shared';

/** A section of a summary: which revision holds its text, whether the office edited it, what it was compiled from. */
@Entity('summary_sections')
export class SummarySectionEntity {
  @PrimaryColumn({ name: 'summary_id', type: 'uuid' }) summaryId!: string;
  @PrimaryColumn({ type: 'varchar', length: 40 }) key!: string;
  @Column({ type: 'int' }) position!: number;
  @Column({ type: 'varchar', length: 10 }) part!: SummaryPart;
  @Column({ type: 'text' }) title!: string;
  /** The summary version whose revision holds the current text. */
  @Column({ name: 'content_number', type: 'int' }) contentNumber!: number;
  /** Optimistic-lock counter of the section's text. */
  @Column({ type: 'int', default: 0 }) version!: number;
  @Column({ type: 'boolean', default: false }) edited!: boolean;
  @Column({ type: 'jsonb' }) inputs!: SummarySectionInputs;
  @Column({ name: 'compiled_at', type: 'timestamptz' }) compiledAt!: Date;
  @Column({ type: 'json', nullable: true }) proposed!: SummaryDocument | null;
  @Column({ name: 'proposed_inputs', type: 'jsonb', nullable: true }) proposedInputs!: SummarySectionInputs | null;
  @Column({ name: 'proposed_at', type: 'timestamptz', nullable: true }) proposedAt!: Date | null;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @Column({ name: 'updated_by', type: 'uuid', nullable: true }) updatedBy!: string | null;
}
