import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { Inject, Injectable, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES, type Attachment, type AttachmentType, type CurrentUser } from '@giao-ban/shared';
import { fileTypeFromFile } from 'file-type';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '../../common/clock/clock.js';
import { AppException } from '../../common/errors/app-exception.js';
import { FILE_STORAGE, StoredFileMissing, type FileStorage } from '../../common/storage/file-storage.js';
import type { UploadedFile } from '../../common/uploads/incoming-uploads.js';
import { attachmentContentFault } from '../../common/uploads/upload-content.js';
import { AuditService } from '../audit/audit.service.js';
import type { AttachmentEntity } from './attachment.entity.js';
import { AttachmentsRepository } from './attachments.repository.js';
import { ReportsRepository } from './reports.repository.js';
import { ReportsService } from './reports.service.js';

/** Evidence files: type checked by content, kept in the file storage with a checksum, read as the report is. */
@Injectable()
export class AttachmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reports: ReportsService,
    private readonly repository: ReportsRepository,
    private readonly attachments: AttachmentsRepository,
    private readonly audit: AuditService,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Whether this user may attach files to this report now: asked before the upload is read. */
  async assertMayAttach(user: CurrentUser, reportId: string): Promise<void> {
    const report = await this.reports.loadVisible(this.dataSource.manager, user, reportId);
    this.reports.decide(report, 'edit', user.role);
  }

  async upload(user: CurrentUser, reportId: string, sectionId: string | null, file: UploadedFile | undefined): Promise<Attachment> {
    if (!file) {
      throw new AppException('VALIDATION_FAILED', 'Choose a file to attach.', [{ field: 'file', constraints: { required: 'A file is required.' } }]);
    }
    const now = this.clock.now();
    let kept: { fileType: AttachmentType; mimeType: string; sha256: string; storageKey: string };
    try {
      if (file.size > MAX_ATTACHMENT_BYTES) throw new AppException('FILE_TOO_LARGE', 'A file may be at most 20 MB.');
      const detected = await fileTypeFromFile(file.path);
      const fileType = (detected?.ext === 'jpg' || (detected?.ext as string) === 'jpeg' ? 'jpg' : detected?.ext) as AttachmentType | undefined;
      if (!detected || !fileType || !ATTACHMENT_TYPES.includes(fileType)) {
        throw new AppException('UNSUPPORTED_FILE_TYPE', 'Only PDF, Word (.docx), Excel (.xlsx), JPG and PNG files are accepted.', {
          detected: detected?.mime ?? null,
        });
      }
      const fault = await attachmentContentFault(file.path, fileType, file.size);
      if (fault) throw new AppException('UNSUPPORTED_FILE_TYPE', fault, { detected: detected.mime, reason: fault });
      const storageKey = path.posix.join(String(now.getUTCFullYear()), `${randomUUID()}.${fileType}`);
      const content = createReadStream(file.path);
      try {
        const { sha256 } = await this.storage.put(storageKey, content);
        kept = { fileType, mimeType: detected.mime, sha256, storageKey };
      } finally {
        content.destroy();
      }
    } finally {
      await rm(file.path, { force: true });
    }
    const { fileType, sha256, storageKey } = kept;
    try {
      return await this.dataSource.transaction(async (db) => {
        const report = await this.reports.loadVisible(db, user, reportId, true);
        this.reports.decide(report, 'edit', user.role);
        if (sectionId && !(await this.repository.findSection(db, report.id, sectionId))) {
          throw new AppException('NOT_FOUND', 'No such section in this report.');
        }
        const saved = await this.attachments.insertAttachment(db, {
          reportId: report.id,
          sectionId,
          fileName: path.basename(file.originalname).slice(0, 255) || `tep-dinh-kem.${fileType}`,
          fileType,
          mimeType: kept.mimeType,
          sizeBytes: file.size,
          sha256,
          storageKey,
          uploadedBy: user.id,
          uploadedAt: now,
        });
        await this.audit.record(db, user, {
          action: 'report.attachment_added',
          objectType: 'report',
          objectId: report.id,
          periodId: report.periodId,
          agencyId: report.agencyId,
          summary: { attachmentId: saved.id, fileName: saved.fileName, sizeBytes: saved.sizeBytes, sha256 },
        });
        return (await this.reports.attachmentsOf(db, report.id)).find((a) => a.id === saved.id)!;
      });
    } catch (error) {
      // No row, no file: a refused or failed upload leaves nothing behind.
      await this.storage.remove(storageKey);
      throw error;
    }
  }

  async download(user: CurrentUser, reportId: string, attachmentId: string): Promise<{ file: StreamableFile; attachment: AttachmentEntity }> {
    const report = await this.reports.loadReadable(this.dataSource.manager, user, reportId);
    const attachment = await this.attachments.findAttachment(this.dataSource.manager, report.id, attachmentId);
    if (!attachment) throw new AppException('NOT_FOUND', 'No such attachment.');
    // Asked for before answering, so a file gone from the storage is a 404 in the error shape.
    const stream = await this.storage.get(attachment.storageKey).catch((error: unknown) => {
      if (error instanceof StoredFileMissing) throw new AppException('NOT_FOUND', 'The file of this attachment is missing from storage.');
      throw error;
    });
    return {
      attachment,
      file: new StreamableFile(stream, {
        type: attachment.mimeType,
        length: attachment.sizeBytes,
        disposition: `attachment; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`,
      }),
    };
  }

  async remove(user: CurrentUser, reportId: string, attachmentId: string): Promise<void> {
    const storageKey = await this.dataSource.transaction(async (db) => {
      const report = await this.reports.loadVisible(db, user, reportId, true);
      this.reports.decide(report, 'edit', user.role);
      const attachment = await this.attachments.findAttachment(db, report.id, attachmentId);
      if (!attachment) throw new AppException('NOT_FOUND', 'No such attachment.');
      await this.attachments.deleteAttachment(db, attachment.id);
      await this.audit.record(db, user, {
        action: 'report.attachment_removed',
        objectType: 'report',
        objectId: report.id,
        periodId: report.periodId,
        agencyId: report.agencyId,
        summary: { attachmentId, fileName: attachment.fileName, sha256: attachment.sha256 },
      });
      return attachment.storageKey;
    });
    await this.storage.remove(storageKey);
  }
}
