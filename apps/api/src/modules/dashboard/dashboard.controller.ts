import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import type { CurrentUser as CurrentUserShape, DashboardUnitRow, Page, PeriodDashboard } from '@giao-ban/shared';
import { CurrentUser } from '../../common/decorators/current-user.decorator.js';
import { DashboardService } from './dashboard.service.js';
import { DashboardUnitsQueryDto } from './dto/dashboard-units-query.dto.js';

@ApiTags('dashboard')
@ApiCookieAuth('gb_session')
@Controller('periods/:id/dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  /** Live aggregate figures of a period (every role; an agency user's unit count is its own row). */
  @Get()
  get(@CurrentUser() user: CurrentUserShape, @Param('id', ParseUUIDPipe) id: string): Promise<PeriodDashboard> {
    return this.dashboard.forPeriod(user, id);
  }

  /** A page of unit rows with their heatmap lines; an agency user gets its own row only. */
  @Get('units')
  units(
    @CurrentUser() user: CurrentUserShape,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: DashboardUnitsQueryDto,
  ): Promise<Page<DashboardUnitRow>> {
    return this.dashboard.unitsOfPeriod(user, id, query);
  }
}
