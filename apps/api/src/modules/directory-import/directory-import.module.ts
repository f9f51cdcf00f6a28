import path from 'node:path';
import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { APP_CONFIG, type AppConfig } from '../../config/env.schema.js';
import { AgenciesModule } from '../agencies/agencies.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { INCOMING_DIR } from '../reports/attachments.service.js';
import { UsersModule } from '../users/users.module.js';
import { DirectoryImportController } from './directory-import.controller.js';
import { DirectoryImportRepository } from './directory-import.repository.js';
import { DirectoryImportService } from './directory-import.service.js';

/** The administrator's import of units and accounts from an .xlsx template. */
@Module({
  imports: [
    AgenciesModule,
    UsersModule,
    AuthModule,
    // Uploads stream to disk (beside the evidence files' incoming ones) and are removed once read.
    MulterModule.registerAsync({
      useFactory: (config: AppConfig) => ({ dest: path.resolve(config.uploadDir, INCOMING_DIR) }),
      inject: [APP_CONFIG],
    }),
  ],
  controllers: [DirectoryImportController],
  providers: [DirectoryImportService, DirectoryImportRepository],
})
export class DirectoryImportModule {}
