import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DeadlinesModule } from '../deadlines/deadlines.module.js';
import { IndicatorEntity } from './indicator.entity.js';
import { PeriodAdminService } from './period-admin.service.js';
import { PeriodsController } from './periods.controller.js';
import { PeriodsRepository } from './periods.repository.js';
import { PeriodsService } from './periods.service.js';
import { ReportingPeriodEntity } from './reporting-period.entity.js';
import { TaskGroupEntity } from './task-group.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([ReportingPeriodEntity, TaskGroupEntity, IndicatorEntity]), DeadlinesModule],
  controllers: [PeriodsController],
  providers: [PeriodsService, PeriodsRepository, PeriodAdminService],
  exports: [PeriodsService, PeriodAdminService],
})
export class PeriodsModule {}
