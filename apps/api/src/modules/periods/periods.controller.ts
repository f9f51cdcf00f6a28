import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { CurrentUser as CurrentUserShape, Page, ReportingPeriod, TaskGroup } from '@giao-ban/shared';
import { CurrentUser } from '../../common/decorators/current-user.decorator.js';
import { PageQueryDto } from '../../common/pagination/page-query.dto.js';
import { ReportingPeriodDto, ReportingPeriodPageDto, TaskGroupPageDto } from './dto/period.dto.js';
import { PeriodsService } from './periods.service.js';

@ApiTags('periods')
@ApiCookieAuth('gb_session')
@Controller('periods')
export class PeriodsController {
  constructor(private readonly periods: PeriodsService) {}

  @Get()
  @ApiOkResponse({ type: ReportingPeriodPageDto })
  list(@CurrentUser() user: CurrentUserShape, @Query() query: PageQueryDto): Promise<Page<ReportingPeriod>> {
    return this.periods.listVisibleTo(user, query);
  }

  @Get(':id')
  @ApiOkResponse({ type: ReportingPeriodDto })
  get(@CurrentUser() user: CurrentUserShape, @Param('id', ParseUUIDPipe) id: string): Promise<ReportingPeriod> {
    return this.periods.getVisibleTo(user, id);
  }

  @Get(':id/task-groups')
  @ApiOkResponse({ type: TaskGroupPageDto })
  taskGroups(
    @CurrentUser() user: CurrentUserShape,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<Page<TaskGroup>> {
    return this.periods.listTaskGroupsVisibleTo(user, id);
  }
}
