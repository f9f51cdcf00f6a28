import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module.js';
import { AgenciesController } from './agencies.controller.js';
import { AgenciesRepository } from './agencies.repository.js';
import { AgenciesService } from './agencies.service.js';
import { AgencyNameEntity } from './agency-name.entity.js';
import { AgencySuccessionEntity } from './agency-succession.entity.js';
import { AgencySuccessionService } from './agency-succession.service.js';
import { AgencyEntity } from './agency.entity.js';

/** Member units, their names over time and their successions (merge, split, abolish). */
@Module({
  imports: [TypeOrmModule.forFeature([AgencyEntity, AgencyNameEntity, AgencySuccessionEntity]), AuthModule],
  controllers: [AgenciesController],
  providers: [AgenciesService, AgenciesRepository, AgencySuccessionService],
  exports: [AgenciesService, AgenciesRepository],
})
export class AgenciesModule {}
