import { Injectable } from '@nestjs/common';
import type { AttachmentType } from '@giao-ban/shared';
import type { EntityManager } from 'typeorm';
import { AttachmentEntity } from './attachment.entity.js';

/**
 * Queries about a report's evidence files (their listing in upload order is the report's view:
 * ReportsRepository.findAttachmentsInUploadOrder). Every method takes the EntityManager of the
 * caller's transaction.
 */
@Injectable()
export class AttachmentsRepository {
  insertAttachment(
    db: EntityManager,
    attachment: {
      reportId: string;
      sectionId: string | null;
      fileName: string;
      fileType: AttachmentType;
      mimeType: string;
      sizeBytes: number;
      sha256: string;
      storageKey: string;
      uploadedBy: string;
      uploadedAt: Date;
    },
  ): Promise<AttachmentEntity> {
    return db.getRepository(AttachmentEntity).save(attachment);
  }

  /** The attachment, only when it belongs to this report. */
  findAttachment(db: EntityManager, reportId: string, attachmentId: string): Promise<AttachmentEntity | null> {
    return db.getRepository(AttachmentEntity).findOneBy({ id: attachmentId, reportId });
  }

  async deleteAttachment(db: EntityManager, attachmentId: string): Promise<void> {
    await db.getRepository(AttachmentEntity).delete({ id: attachmentId });
  }
}
