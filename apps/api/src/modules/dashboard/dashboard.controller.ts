import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import type { CurrentUser as CurrentUserShape, PeriodDashboard } from '@giao-ban/shared';
import { CurrentUser } from '../../common/decorators/current-user.decorator.js';
import { DashboardService } from './dashboard.service.js';

@ApiTags('dashboard')
@ApiCookieAuth('gb_session')
@Controller('periods/:id/dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  /** Live completion figures; an agency user gets its own row and the aggregate figures only. */
  @Get()
  get(@CurrentUser() user: CurrentUserShape, @Param('id', ParseUUIDPipe) id: string): Promise<PeriodDashboard> {
    return this.dashboard.forPeriod(user, id);
  }
}
