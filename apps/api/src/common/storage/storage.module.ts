import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/env.schema.js';
import { FILE_STORAGE, type FileStorage } from './file-storage.js';
import { LocalFileStorage } from './local-file-storage.js';
import { S3FileStorage } from './s3-file-storage.js';

export function fileStorageOf(config: AppConfig): FileStorage {
  return config.storage.driver === 's3' ? new S3FileStorage(config.storage) : new LocalFileStorage(config.uploadDir);
}

/** The evidence files' storage chosen by STORAGE_DRIVER: the local folder, or an S3-compatible bucket. */
@Global()
@Module({
  providers: [{ provide: FILE_STORAGE, useFactory: fileStorageOf, inject: [APP_CONFIG] }],
  exports: [FILE_STORAGE],
})
export class StorageModule {}
