import path from 'node:path';
import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/env.schema.js';
import { INCOMING_DIR } from '../reports/attachments.service.js';
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
    // Photos stream to disk beside report attachments, never whole into memory.
    MulterModule.registerAsync({
      useFactory: (config: AppConfig) => ({ dest: path.resolve(config.uploadDir, INCOMING_DIR) }),
      inject: [APP_CONFIG],
    }),
  ],
  controllers: [BulletinIssuesController, BulletinItemsController, BulletinSearchController],
  providers: [BulletinsService, BulletinPhotosService, BulletinExportService, LibreOfficeConverter, BulletinsRepository],
  exports: [BulletinsService],
})
export class BulletinsModule {}
