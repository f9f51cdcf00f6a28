import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AttachmentType } from '@giao-ban/shared';

@Entity('attachments')
export class AttachmentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'report_id', type: 'uuid' }) reportId!: string;
  @Column({ name: 'section_id', type: 'uuid', nullable: true }) sectionId!: string | null;
  @Column({ name: 'file_name', type: 'varchar', length: 255 }) fileName!: string;
  @Column({ name: 'file_type', type: 'varchar', length: 10 }) fileType!: AttachmentType;
  @Column({ name: 'mime_type', type: 'varchar', length: 120 }) mimeType!: string;
  @Column({ name: 'size_bytes', type: 'int' }) sizeBytes!: number;
  @Column({ type: 'char', length: 64 }) sha256!: string;
  /** Path of the bytes under UPLOAD_DIR; never derived from the user's file name. */
  @Column({ name: 'storage_key', type: 'varchar', length: 200, unique: true }) storageKey!: string;
  @Column({ name: 'uploaded_by', type: 'uuid' }) uploadedBy!: string;
  @Column({ name: 'uploaded_at', type: 'timestamptz' }) uploadedAt!: Date;
}
