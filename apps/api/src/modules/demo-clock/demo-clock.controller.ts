import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { CurrentUser as CurrentUserShape, DemoClockState } from '@giao-ban/shared';
import { CurrentUser } from '../../common/decorators/current-user.decorator.js';
import { Roles } from '../../common/decorators/roles.decorator.js';
import { DemoClockService } from './demo-clock.service.js';
import { DemoClockStateDto, SetDemoClockDto } from './dto/demo-clock.dto.js';

/** The demo clock, the administrator's alone; the route exists only in demo mode (404 otherwise). */
@ApiTags('demo-clock')
@ApiCookieAuth('gb_session')
@Controller('demo-clock')
export class DemoClockController {
  constructor(private readonly demoClock: DemoClockService) {}

  @Get()
  @Roles('admin')
  @ApiOkResponse({ type: DemoClockStateDto })
  get(): DemoClockState {
    return this.demoClock.state();
  }

  /** Moves the app's time forward or back (null: the real time again), then sends the reminders due by then. */
  @Put()
  @Roles('admin')
  @ApiOkResponse({ type: DemoClockStateDto })
  set(@CurrentUser() actor: CurrentUserShape, @Body() body: SetDemoClockDto): Promise<DemoClockState> {
    return this.demoClock.set(actor, body.now);
  }
}
