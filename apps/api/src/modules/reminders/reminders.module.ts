import { Module } from '@nestjs/common';
import { RemindersController } from './reminders.controller.js';
import { RemindersRepository } from './reminders.repository.js';
import { RemindersService } from './reminders.service.js';

/** Reminders (issue #12): the ladder per period, the hourly sweep (a pg-boss schedule) and đôn đốc. */
@Module({
  controllers: [RemindersController],
  providers: [RemindersService, RemindersRepository],
  exports: [RemindersService],
})
export class RemindersModule {}
