import { buffer } from 'node:stream/consumers';
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { Inject, Injectable, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BULLETIN_LIMITS, BULLETIN_PHOTO_TYPES, type BulletinPhoto, type BulletinPhotoType, type CurrentUser } from '@giao-ban/shared';
import { fileTypeFromFile } from 'file-type';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '../../common/clock/clock.js';
import { AppException } from '../../common/errors/app-exception.js';
import { FILE_STORAGE, StoredFileMissing, type FileStorage } from '../../common/storage/file-storage.js';
import type { UploadedFile } from '../../common/uploads/incoming-uploads.js';
import { attachmentContentFault } from '../../common/uploads/upload-content.js';
import { AuditService } from '../audit/audit.service.js';
import { BulletinsRepository } from './bulletins.repository.js';
import { BulletinsService } from './bulletins.service.js';
import { photoDimensions } from './photo-dimensions.js';

const EXTENSION: Record<BulletinPhotoType, string> = { 'image/jpeg': 'jpg', 'image/png': 'png' };

/**
 * An item's photos, kept like report attachments: the type judged by content (a PNG named .jpg is
 * a PNG; a text file named .png is refused), the whole file checked (a PNG ends with IEND), stored
 * in the file storage with a checksum under a key of ours, read as the item is.
 */
@Injectable()
export class BulletinPhotosService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly bulletins: BulletinsService,
    private readonly repository: BulletinsRepository,
    private readonly audit: AuditService,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async upload(user: CurrentUser, itemId: string, file: UploadedFile | undefined, text: { caption?: string; credit?: string }): Promise<BulletinPhoto> {
    if (!file) throw new AppException('VALIDATION_FAILED', 'Choose a photo.', [{ field: 'file', constraints: { required: 'A file is required.' } }]);
    const now = this.clock.now();
    let kept: { contentType: BulletinPhotoType; sha256: string; storageKey: string; width: number; height: number };
    try {
      if (file.size > BULLETIN_LIMITS.photoMaxBytes) throw new AppException('FILE_TOO_LARGE', `A photo may be at most ${BULLETIN_LIMITS.photoMaxBytes / 1024 / 1024} MB.`);
      const detected = await fileTypeFromFile(file.path);
      const contentType = detected?.mime as BulletinPhotoType | undefined;
      if (!contentType || !BULLETIN_PHOTO_TYPES.includes(contentType)) {
        throw new AppException('UNSUPPORTED_FILE_TYPE', 'Only JPG and PNG photos are accepted.', { detected: detected?.mime ?? null });
      }
      const fault = contentType === 'image/png' ? await attachmentContentFault(file.path, 'png', file.size) : null;
      const size = photoDimensions(await readFile(file.path), contentType);
      if (fault || !size) {
        const reason = fault ?? 'The image does not say its size.';
        throw new AppException('UNSUPPORTED_FILE_TYPE', reason, { detected: contentType, reason });
      }
      const storageKey = path.posix.join('bulletins', String(now.getUTCFullYear()), `${randomUUID()}.${EXTENSION[contentType]}`);
      const content = createReadStream(file.path);
      try {
        const { sha256 } = await this.storage.put(storageKey, content);
        kept = { contentType, sha256, storageKey, ...size };
      } finally {
        content.destroy();
      }
    } finally {
      await rm(file.path, { force: true });
    }
    try {
      return await this.dataSource.transaction(async (db) => {
        const item = await this.bulletins.assertMayEditItem(user, itemId, db);
        if ((await this.repository.countPhotos(db, item.id)) >= BULLETIN_LIMITS.photosPerItemMax) {
          throw new AppException('CONFLICT', `An item has at most ${BULLETIN_LIMITS.photosPerItemMax} photos.`);
        }
        const fileName = path.basename(file.originalname).slice(0, 255) || `anh.${EXTENSION[kept.contentType]}`;
        const id = await this.repository.insertPhoto(db, {
          itemId: item.id,
          fileName,
          contentType: kept.contentType,
          sizeBytes: file.size,
          width: kept.width,
          height: kept.height,
          sha256: kept.sha256,
          storageKey: kept.storageKey,
          caption: text.caption ?? '',
          credit: text.credit ?? '',
          uploadedBy: user.id,
          uploadedAt: now,
        });
        await this.audit.record(db, user, {
          action: 'bulletin.photo_added',
          objectType: 'bulletin_item',
          objectId: item.id,
          agencyId: item.agencyId,
          summary: { photoId: id, fileName, sizeBytes: file.size, sha256: kept.sha256 },
        });
        return (await this.repository.findPhotosOf(db, [item.id])).get(item.id)!.find((p) => p.id === id)!;
      });
    } catch (error) {
      // No row, no file: a refused or failed upload leaves nothing behind.
      await this.storage.remove(kept.storageKey);
      throw error;
    }
  }

  async download(user: CurrentUser, itemId: string, photoId: string): Promise<StreamableFile> {
    const db = this.dataSource.manager;
    const item = await this.bulletins.loadReadableItem(db, user, itemId);
    const photo = await this.repository.findPhoto(db, item.id, photoId);
    if (!photo) throw new AppException('NOT_FOUND', 'No such photo.');
    const stream = await this.storage.get(photo.storageKey).catch((error: unknown) => {
      if (error instanceof StoredFileMissing) throw new AppException('NOT_FOUND', 'The file of this photo is missing from storage.');
      throw error;
    });
    return new StreamableFile(stream, {
      type: photo.contentType,
      length: photo.sizeBytes,
      disposition: `inline; filename*=UTF-8''${encodeURIComponent(photo.fileName)}`,
    });
  }

  /** The bytes of a photo, for the printed bulletin. */
  async bytesOf(photoId: string): Promise<Buffer> {
    const photo = await this.repository.findPhotoById(this.dataSource.manager, photoId);
    if (!photo) throw new Error(`No photo ${photoId}`);
    return buffer(await this.storage.get(photo.storageKey));
  }

  async remove(user: CurrentUser, itemId: string, photoId: string): Promise<void> {
    const storageKey = await this.dataSource.transaction(async (db) => {
      const item = await this.bulletins.assertMayEditItem(user, itemId, db);
      const photo = await this.repository.findPhoto(db, item.id, photoId);
      if (!photo) throw new AppException('NOT_FOUND', 'No such photo.');
      await this.repository.deletePhoto(db, photo.id);
      await this.audit.record(db, user, {
        action: 'bulletin.photo_removed',
        objectType: 'bulletin_item',
        objectId: item.id,
        agencyId: item.agencyId,
        summary: { photoId, fileName: photo.fileName, sha256: photo.sha256 },
      });
      return photo.storageKey;
    });
    await this.storage.remove(storageKey);
  }

  /** After an item is deleted: its photos' bytes. */
  async removeStored(keys: string[]): Promise<void> {
    for (const key of keys) await this.storage.remove(key);
  }
}
