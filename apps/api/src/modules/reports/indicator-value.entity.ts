import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { ReportSectionEntity } from './report-section.entity.js';

@Entity('indicator_values')
export class IndicatorValueEntity {
  @PrimaryColumn({ name: 'section_id', type: 'uuid' }) sectionId!: string;
  @PrimaryColumn({ name: 'indicator_id', type: 'uuid' }) indicatorId!: string;
  @ManyToOne(() => ReportSectionEntity, (s) => s.indicatorValues, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'section_id' }) section?: Relation<ReportSectionEntity>;
  /** numeric(14,2); pg returns a string. */
  @Column({ type: 'numeric', precision: 14, scale: 2 }) value!: string;
}
