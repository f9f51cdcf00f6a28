import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommitteeSettingsEntity } from './committee-settings.entity.js';
import { SettingsController } from './settings.controller.js';
import { SettingsRepository } from './settings.repository.js';
import { SettingsService } from './settings.service.js';

/** The committee's settings (document header, signer, recipients, default style) and the public holidays per year. */
@Module({
  imports: [TypeOrmModule.forFeature([CommitteeSettingsEntity])],
  controllers: [SettingsController],
  providers: [SettingsService, SettingsRepository],
  exports: [SettingsService],
})
export class SettingsModule {}
