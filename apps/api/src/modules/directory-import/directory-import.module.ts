import { Module } from '@nestjs/common';
import { incomingUploads } from '../../common/uploads/incoming-uploads.js';
import { AgenciesModule } from '../agencies/agencies.module.js';
import { AuthModule } from '../auth/auth.module.js';
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
    incomingUploads(),
  ],
  controllers: [DirectoryImportController],
  providers: [DirectoryImportService, DirectoryImportRepository],
})
export class DirectoryImportModule {}
