import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { BulletinPublishedContent, BulletinWindowOverride, LocalDate } from '@giao-ban/shared';

/** An issue (số) of the bulletin; see migration 1764620000000. */
@Entity('bulletin_issues')
export class BulletinIssueEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'int' }) year!: number;
  @Column({ type: 'int' }) number!: number;
  @Column({ type: 'int' }) month!: number;
  @Column({ name: 'window_start', type: 'date' }) windowStart!: LocalDate;
  @Column({ type: 'date' }) deadline!: LocalDate;
  @Column({ name: 'window_override', type: 'varchar', length: 10, nullable: true }) windowOverride!: BulletinWindowOverride | null;
  @Column({ type: 'jsonb', default: () => `'["Tin trong tỉnh", "Hợp tác quốc tế", "Quảng bá hình ảnh"]'` }) sections!: string[];
  @Column({ name: 'two_columns', type: 'boolean', default: false }) twoColumns!: boolean;
  @Column({ name: 'governing_body', type: 'varchar', length: 300, default: '' }) governingBody!: string;
  @Column({ name: 'editorial_board', type: 'varchar', length: 300, default: '' }) editorialBoard!: string;
  @Column({ name: 'release_date', type: 'date', nullable: true }) releaseDate!: LocalDate | null;
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true }) publishedAt!: Date | null;
  @Column({ name: 'published_by', type: 'uuid', nullable: true }) publishedBy!: string | null;
  @Column({ name: 'published_content', type: 'jsonb', nullable: true }) publishedContent!: BulletinPublishedContent | null;
  /** Set when the units were told the window opened, so they are told once. */
  @Column({ name: 'window_opened_notified_at', type: 'timestamptz', nullable: true }) windowOpenedNotifiedAt!: Date | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
}
