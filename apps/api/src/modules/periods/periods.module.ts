import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DeadlinesModule } from '../deadlines/deadlines.module.js';
import { IndicatorEntity } from './indicator.entity.js';
import { PeriodLifecycleService } from './period-lifecycle.service.js';
import { PeriodsController } from './periods.controller.js';
import { PeriodsRepository } from './periods.repository.js';
import { PeriodsService } from './periods.service.js';
import { ReportingPeriodEntity } from './reporting-period.entity.js';
import { TaskGroupEntity } from './task-group.entity.js';
import { TaskGroupsRepository } from './task-groups.repository.js';
import { TaskGroupsService } from './task-groups.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([ReportingPeriodEntity, TaskGroupEntity, IndicatorEntity]), DeadlinesModule],
  controllers: [PeriodsController],
  providers: [PeriodsService, PeriodsRepository, PeriodLifecycleService, TaskGroupsRepository, TaskGroupsService],
  exports: [PeriodsService, PeriodLifecycleService, TaskGroupsService],
})
export class PeriodsModule {}
