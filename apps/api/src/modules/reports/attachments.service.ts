import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Inject, Injectable, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES, type Attachment, type AttachmentType, type CurrentUser } from '@giao-ban/shared';
import { fileTypeFromBuffer } from 'file-type';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '../../common/clock/clock.js';
import { AppException } from '../../common/errors/app-exception.js';
import { APP_CONFIG, type AppConfig } from '../../config/env.schema.js';
import { AuditService } from '../audit/audit.service.js';
import { AttachmentEntity } from './attachment.entity.js';
import { ReportsRepository } from './reports.repository.js';
import { ReportsService } from './reports.service.js';

export interface UploadedFile {
  originalname: string;
  size: number;
  buffer: Buffer;
}

/** Evidence files: type checked by content, stored under UPLOAD_DIR with a checksum, read as the report is. */
@Injectable()
export class AttachmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reports: ReportsService,
    private readonly repository: ReportsRepository,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async upload(user: CurrentUser, reportId: string, sectionId: string | null, file: UploadedFile | undefined): Promise<Attachment> {
    if (!file) {
      throw new AppException('VALIDATION_FAILED', 'Choose a file to attach.', [{ field: 'file', constraints: { required: 'A file is required.' } }]);
    }
    if (file.size > MAX_ATTACHMENT_BYTES) throw new AppException('FILE_TOO_LARGE', 'A file may be at most 20 MB.');
    const detected = await fileTypeFromBuffer(file.buffer);
    const fileType = (detected?.ext === 'jpg' || (detected?.ext as string) === 'jpeg' ? 'jpg' : detected?.ext) as AttachmentType | undefined;
    if (!fileType || !ATTACHMENT_TYPES.includes(fileType)) {
      throw new AppException('UNSUPPORTED_FILE_TYPE', 'Only PDF, Word (.docx), Excel (.xlsx), JPG and PNG files are accepted.', {
        detected: detected?.mime ?? null,
      });
    }
    const sha256 = createHash('sha256').update(file.buffer).digest('hex');
    const now = this.clock.now();
    const storageKey = path.posix.join(String(now.getUTCFullYear()), `${randomUUID()}.${fileType}`);
    const target = path.resolve(this.config.uploadDir, storageKey);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.buffer, { flag: 'wx' });
    try {
      return await this.dataSource.transaction(async (db) => {
        const report = await this.reports.loadVisible(db, user, reportId, true);
        this.reports.decide(report, 'edit', user.role);
        if (sectionId && !(await this.repository.findSection(db, report.id, sectionId))) {
          throw new AppException('NOT_FOUND', 'No such section in this report.');
        }
        const saved = await db.getRepository(AttachmentEntity).save({
          reportId: report.id,
          sectionId,
          fileName: path.basename(file.originalname).slice(0, 255) || `tep-dinh-kem.${fileType}`,
          fileType,
          mimeType: detected!.mime,
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
      await rm(target, { force: true });
      throw error;
    }
  }

  async download(user: CurrentUser, reportId: string, attachmentId: string): Promise<{ file: StreamableFile; attachment: AttachmentEntity }> {
    const report = await this.reports.loadVisible(this.dataSource.manager, user, reportId);
    const attachment = await this.dataSource.getRepository(AttachmentEntity).findOneBy({ id: attachmentId, reportId: report.id });
    if (!attachment) throw new AppException('NOT_FOUND', 'No such attachment.');
    const stream = createReadStream(path.resolve(this.config.uploadDir, attachment.storageKey));
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
      const attachment = await db.getRepository(AttachmentEntity).findOneBy({ id: attachmentId, reportId: report.id });
      if (!attachment) throw new AppException('NOT_FOUND', 'No such attachment.');
      await db.getRepository(AttachmentEntity).delete({ id: attachment.id });
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
    await rm(path.resolve(this.config.uploadDir, storageKey), { force: true });
  }
}
