import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { incomingUploads } from '../../common/uploads/incoming-uploads.js';
import { BulletinExportService } from './bulletin-export.service.js';
import { BulletinIssueEntity } from './bulletin-issue.entity.js';
import { BulletinItemEntity } from './bulletin-item.entity.js';
import { BulletinPhotoEntity } from './bulletin-photo.entity.js';
import { BulletinPhotosService } from './bulletin-photos.service.js';
import { BulletinIssuesController, BulletinItemsController, BulletinSearchController } from './bulletins.controller.js';
import { BulletinsRepository } from './bulletins.repository.js';
import { BulletinsService } from './bulletins.service.js';
import { LibreOfficeConverter } from './libreoffice.converter.js';

/** The bulletin (Bản tin thông tin đối ngoại): issues, the units' items and their photos, publication. */
@Module({
  imports: [
    TypeOrmModule.forFeature([BulletinIssueEntity, BulletinItemEntity, BulletinPhotoEntity]),
    incomingUploads(),
  ],
  controllers: [BulletinIssuesController, BulletinItemsController, BulletinSearchController],
  providers: [BulletinsService, BulletinPhotosService, BulletinExportService, LibreOfficeConverter, BulletinsRepository],
  exports: [BulletinsService],
})
export class BulletinsModule {}
