import { Global, Module, type DynamicModule } from '@nestjs/common';
import { CLOCK, type Clock } from '../common/clock/clock.js';
import { APP_CONFIG, type AppConfig } from './env.schema.js';

/** Validated configuration and the clock, injectable everywhere and replaceable in tests. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig, clock: Clock): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: CLOCK, useValue: clock },
      ],
      exports: [APP_CONFIG, CLOCK],
    };
  }
}
