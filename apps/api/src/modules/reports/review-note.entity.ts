import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('review_notes')
export class ReviewNoteEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'report_id', type: 'uuid' }) reportId!: string;
  @Column({ name: 'section_id', type: 'uuid', nullable: true }) sectionId!: string | null;
  @Column({ name: 'parent_id', type: 'uuid', nullable: true }) parentId!: string | null;
  @Column({ name: 'author_id', type: 'uuid' }) authorId!: string;
  @Column({ type: 'text' }) body!: string;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
