import path from 'node:path';
import type { DynamicModule } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { APP_CONFIG, type AppConfig } from '../../config/env.schema.js';

/** Where multer streams uploads under UPLOAD_DIR, to check their type on disk before they go to the storage. */
export const INCOMING_DIR = 'incoming';

/** A file multer has streamed to UPLOAD_DIR/incoming (incomingUploads). */
export interface UploadedFile {
  originalname: string;
  size: number;
  path: string;
}

/**
 * Multer for a module's upload routes: a file streams to UPLOAD_DIR/incoming, never whole into
 * memory, and the service that reads it removes it (stored, refused or read).
 */
export function incomingUploads(): DynamicModule {
  return MulterModule.registerAsync({
    useFactory: (config: AppConfig) => ({ dest: path.resolve(config.uploadDir, INCOMING_DIR) }),
    inject: [APP_CONFIG],
  });
}
