import { Module } from '@nestjs/common';
import { DeadlinesRepository } from './deadlines.repository.js';
import { DeadlinesService } from './deadlines.service.js';
import { UnitDueDatesController } from './unit-due-dates.controller.js';

/** Due dates: the working calendar, units' own due dates, roll-over of extensions, past-due confirmation. */
@Module({
  controllers: [UnitDueDatesController],
  providers: [DeadlinesService, DeadlinesRepository],
  exports: [DeadlinesService],
})
export class DeadlinesModule {}
