import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { bulletinIssueLabel, isAgencyRole, type CurrentUser } from '@giao-ban/shared';
import { DataSource } from 'typeorm';
import { asciiSlug, DOCX, type ExportedFile } from '../../common/documents/download.js';
import { AppException } from '../../common/errors/app-exception.js';
import { FILE_STORAGE, StoredFileMissing, type FileStorage } from '../../common/storage/file-storage.js';
import type { BulletinIssueEntity } from './bulletin-issue.entity.js';
import { renderBulletinDocx } from './bulletin-docx.writer.js';
import { BulletinPhotosService } from './bulletin-photos.service.js';
import { BulletinsRepository } from './bulletins.repository.js';
import { BulletinsService } from './bulletins.service.js';
import { LibreOfficeConverter } from './libreoffice.converter.js';

type PublishedFormat = 'docx' | 'pdf';

/** Where a published issue's print files are kept: one of each per issue, never made again. */
export const publishedExportKey = (issueId: string, format: PublishedFormat) => `bulletins/issues/${issueId}/ban-tin.${format}`;

/**
 * The printed bulletin. A published issue is frozen, so its .docx is made once (on its first
 * download, dated at publication) and its PDF once from that .docx; both are kept in the file
 * storage beside the photos and served from there. LibreOffice takes seconds and a good share of
 * a core, so this process runs one conversion at a time, and a request for a file already being
 * made waits for that making rather than starting another. The office's and leaders' preview of
 * an unpublished issue is made on each request (it changes as they edit) and has no PDF.
 */
@Injectable()
export class BulletinExportService {
  /** The files being made now, by storage key: a second request joins the first one's promise. */
  private readonly making = new Map<string, Promise<void>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly bulletins: BulletinsService,
    private readonly repository: BulletinsRepository,
    private readonly photos: BulletinPhotosService,
    private readonly libreOffice: LibreOfficeConverter,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  async docx(user: CurrentUser, issueId: string): Promise<ExportedFile> {
    const issue = await this.readableIssue(user, issueId);
    if (!issue.publishedAt) return { stream: await this.renderDocx(issue), fileName: this.fileName(issue, 'docx'), contentType: DOCX };
    return { stream: await this.stored(issue, 'docx'), fileName: this.fileName(issue, 'docx'), contentType: DOCX };
  }

  /** Only of a published issue: 409 BULLETIN_ISSUE_NOT_PUBLISHED before; 503 LIBREOFFICE_UNAVAILABLE where it is not installed. */
  async pdf(user: CurrentUser, issueId: string): Promise<ExportedFile> {
    const issue = await this.readableIssue(user, issueId);
    if (!issue.publishedAt) throw new AppException('BULLETIN_ISSUE_NOT_PUBLISHED', 'The PDF is made of the published issue only; the preview is a .docx.');
    return { stream: await this.stored(issue, 'pdf'), fileName: this.fileName(issue, 'pdf'), contentType: 'application/pdf' };
  }

  private async readableIssue(user: CurrentUser, issueId: string): Promise<BulletinIssueEntity> {
    const issue = await this.repository.findIssue(this.dataSource.manager, issueId);
    if (!issue) throw new AppException('NOT_FOUND', 'No such bulletin issue.');
    // A preview holds every unit's accepted items: a unit reads the bulletin once published.
    if (!issue.publishedAt && isAgencyRole(user.role)) throw new AppException('FORBIDDEN', 'The issue is not published yet.');
    return issue;
  }

  private fileName(issue: BulletinIssueEntity, format: PublishedFormat): string {
    return `ban-tin-${asciiSlug(bulletinIssueLabel(issue.number, issue.year))}${issue.publishedAt ? '' : '-xem-truoc'}.${format}`;
  }

  /** The kept file of a published issue, made first if it is not kept yet. */
  private async stored(issue: BulletinIssueEntity, format: PublishedFormat): Promise<Readable> {
    const key = publishedExportKey(issue.id, format);
    try {
      return await this.storage.get(key);
    } catch (error) {
      if (!(error instanceof StoredFileMissing)) throw error;
    }
    let making = this.making.get(key);
    if (!making) {
      making = this.make(issue, format, key).finally(() => this.making.delete(key));
      this.making.set(key, making);
    }
    await making;
    return this.storage.get(key);
  }

  private async make(issue: BulletinIssueEntity, format: PublishedFormat, key: string): Promise<void> {
    if (format === 'docx') {
      await this.storage.put(key, await this.renderDocx(issue));
      return;
    }
    const docx = await buffer(await this.stored(issue, 'docx'));
    const pdf = await this.libreOffice.toPdf(docx);
    await this.storage.put(key, Readable.from([pdf]));
  }

  private async renderDocx(issue: BulletinIssueEntity): Promise<Readable> {
    const content = await this.bulletins.contentOf(this.dataSource.manager, issue);
    const photoBytes = new Map<string, Buffer>();
    for (const photo of content.sections.flatMap((s) => s.items.flatMap((i) => i.photos))) photoBytes.set(photo.id, await this.photos.bytesOf(photo.id));
    const label = bulletinIssueLabel(issue.number, issue.year);
    // A published issue's document is dated at its publication, its preview at its last change.
    const at = (issue.publishedAt ?? issue.updatedAt).toISOString();
    return renderBulletinDocx({ label, content, preview: !issue.publishedAt, photoBytes }, at);
  }
}
