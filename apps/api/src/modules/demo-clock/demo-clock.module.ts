import { Module, type DynamicModule } from '@nestjs/common';
import { AdjustableClock } from '../../common/clock/clock.js';
import { RemindersModule } from '../reminders/reminders.module.js';
import { DemoClockController } from './demo-clock.controller.js';
import { DemoClockRepository } from './demo-clock.repository.js';
import { DemoClockService } from './demo-clock.service.js';

/**
 * The demo clock (demo mode only): given the app's adjustable clock it serves GET/PUT
 * /api/demo-clock; given none (production, tests by default) it adds nothing, so the route does
 * not exist and answers 404 to everyone.
 */
@Module({})
export class DemoClockModule {
  static forRoot(clock: AdjustableClock | null): DynamicModule {
    if (!clock) return { module: DemoClockModule };
    return {
      module: DemoClockModule,
      imports: [RemindersModule],
      controllers: [DemoClockController],
      providers: [{ provide: AdjustableClock, useValue: clock }, DemoClockService, DemoClockRepository],
    };
  }
}
