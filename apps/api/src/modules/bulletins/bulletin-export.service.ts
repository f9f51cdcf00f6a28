import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { bulletinIssueLabel, isAgencyRole, type CurrentUser } from '@giao-ban/shared';
import { DataSource } from 'typeorm';
import { asciiSlug, DOCX, type ExportedFile } from '../../common/documents/download.js';
import { AppException } from '../../common/errors/app-exception.js';
import { renderBulletinDocx } from './bulletin-docx.writer.js';
import { BulletinPhotosService } from './bulletin-photos.service.js';
import { BulletinsRepository } from './bulletins.repository.js';
import { BulletinsService } from './bulletins.service.js';
import { LibreOfficeConverter } from './libreoffice.converter.js';

/** The printed bulletin: the published issue (anyone who reads the bulletin) or the office's and leaders' preview. */
@Injectable()
export class BulletinExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly bulletins: BulletinsService,
    private readonly repository: BulletinsRepository,
    private readonly photos: BulletinPhotosService,
    private readonly libreOffice: LibreOfficeConverter,
  ) {}

  async docx(user: CurrentUser, issueId: string): Promise<ExportedFile> {
    const db = this.dataSource.manager;
    const issue = await this.repository.findIssue(db, issueId);
    if (!issue) throw new AppException('NOT_FOUND', 'No such bulletin issue.');
    // A preview holds every unit's accepted items: a unit reads the bulletin once published.
    if (!issue.publishedAt && isAgencyRole(user.role)) throw new AppException('FORBIDDEN', 'The issue is not published yet.');
    const content = await this.bulletins.contentOf(db, issue);
    const photoBytes = new Map<string, Buffer>();
    for (const photo of content.sections.flatMap((s) => s.items.flatMap((i) => i.photos))) photoBytes.set(photo.id, await this.photos.bytesOf(photo.id));
    const label = bulletinIssueLabel(issue.number, issue.year);
    const at = (issue.publishedAt ?? issue.updatedAt).toISOString();
    const stream = await renderBulletinDocx({ label, content, preview: !issue.publishedAt, photoBytes }, at);
    return { stream, fileName: `ban-tin-${asciiSlug(label)}${issue.publishedAt ? '' : '-xem-truoc'}.docx`, contentType: DOCX };
  }

  async pdf(user: CurrentUser, issueId: string): Promise<ExportedFile> {
    const docx = await this.docx(user, issueId);
    const chunks: Buffer[] = [];
    for await (const chunk of docx.stream) chunks.push(chunk as Buffer);
    const pdf = await this.libreOffice.toPdf(Buffer.concat(chunks));
    return { stream: Readable.from([pdf]), fileName: docx.fileName.replace(/\.docx$/, '.pdf'), contentType: 'application/pdf' };
  }
}
