import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { BulletinPhotoType } from '@giao-ban/shared';

/** A photo of an item: JPEG or PNG by content, with its caption and credit (chú thích, nguồn ảnh). */
@Entity('bulletin_photos')
export class BulletinPhotoEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'item_id', type: 'uuid' }) itemId!: string;
  @Column({ name: 'file_name', type: 'varchar', length: 255 }) fileName!: string;
  @Column({ name: 'content_type', type: 'varchar', length: 20 }) contentType!: BulletinPhotoType;
  @Column({ name: 'size_bytes', type: 'int' }) sizeBytes!: number;
  @Column({ type: 'int' }) width!: number;
  @Column({ type: 'int' }) height!: number;
  @Column({ type: 'char', length: 64 }) sha256!: string;
  /** Path of the bytes in the file storage; never derived from the user's file name. */
  @Column({ name: 'storage_key', type: 'varchar', length: 200, unique: true }) storageKey!: string;
  @Column({ type: 'varchar', length: 500, default: '' }) caption!: string;
  @Column({ type: 'varchar', length: 120, default: '' }) credit!: string;
  @Column({ name: 'uploaded_by', type: 'uuid' }) uploadedBy!: string;
  @Column({ name: 'uploaded_at', type: 'timestamptz' }) uploadedAt!: Date;
}
