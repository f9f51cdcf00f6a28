import { Body, Controller, Get, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { CurrentUser as CurrentUserShape, PeriodUnitDueDates } from '@giao-ban/shared';
import { CurrentUser } from '../../common/decorators/current-user.decorator.js';
import { Roles } from '../../common/decorators/roles.decorator.js';
import { DeadlinesService } from './deadlines.service.js';
import { PeriodUnitDueDatesDto } from './dto/unit-due-dates.dto.js';

/** "Hạn riêng của đơn vị": the units of a period that report by a due date of their own. */
@ApiTags('periods')
@ApiCookieAuth('gb_session')
@Controller('periods')
export class UnitDueDatesController {
  constructor(private readonly deadlines: DeadlinesService) {}

  @Get(':id/unit-due-dates')
  @Roles('office', 'leader', 'admin')
  @ApiOkResponse({ type: PeriodUnitDueDatesDto })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<PeriodUnitDueDates> {
    return this.deadlines.unitDueDates(id);
  }

  @Put(':id/unit-due-dates')
  @Roles('office')
  @ApiOkResponse({ type: PeriodUnitDueDatesDto })
  set(@CurrentUser() user: CurrentUserShape, @Param('id', ParseUUIDPipe) id: string, @Body() body: PeriodUnitDueDatesDto): Promise<PeriodUnitDueDates> {
    return this.deadlines.setUnitDueDates(user, id, body.unitDueDates);
  }
}
