import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { CurrentUser as CurrentUserShape, Page, PeriodAgencies, ReportingPeriod, TaskGroup } from '@giao-ban/shared';
import { Roles } from '../../common/decorators/roles.decorator.js';
import { AddPeriodAgenciesDto, CreatePeriodDto, PeriodAgenciesDto, ReorderTaskGroupsDto, TaskGroupInputDto, UpdatePeriodDto } from './dto/period-requests.dto.js';
import { OpenPeriodDto } from './dto/open-period.dto.js';
import { PeriodLifecycleService } from './period-lifecycle.service.js';
import { TaskGroupsService } from './task-groups.service.js';
import { CurrentUser } from '../../common/decorators/current-user.decorator.js';
import { PageQueryDto } from '../../common/pagination/page-query.dto.js';
import { ReportingPeriodDto, ReportingPeriodPageDto, TaskGroupPageDto } from './dto/period.dto.js';
import { PeriodsService } from './periods.service.js';

@ApiTags('periods')
@ApiCookieAuth('gb_session')
@Controller('periods')
export class PeriodsController {
  constructor(
    private readonly periods: PeriodsService,
    private readonly lifecycle: PeriodLifecycleService,
    private readonly taskGroupsService: TaskGroupsService,
  ) {}

  @Post()
  @Roles('office')
  create(@CurrentUser() user: CurrentUserShape, @Body() body: CreatePeriodDto): Promise<ReportingPeriod> {
    return this.lifecycle.create(user, body);
  }

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

  @Patch(':id')
  @Roles('office')
  update(@CurrentUser() user: CurrentUserShape, @Param('id', ParseUUIDPipe) id: string, @Body() body: UpdatePeriodDto): Promise<ReportingPeriod> {
    return this.lifecycle.update(user, id, body);
  }

  @Post(':id/task-groups')
  @Roles('office')
  addTaskGroup(@CurrentUser() user: CurrentUserShape, @Param('id', ParseUUIDPipe) id: string, @Body() body: TaskGroupInputDto): Promise<TaskGroup> {
    return this.taskGroupsService.add(user, id, body);
  }

  @Put(':id/task-groups/order')
  @Roles('office')
  reorder(@CurrentUser() user: CurrentUserShape, @Param('id', ParseUUIDPipe) id: string, @Body() body: ReorderTaskGroupsDto): Promise<TaskGroup[]> {
    return this.taskGroupsService.reorder(user, id, body.taskGroupIds);
  }

  @Put(':id/task-groups/:taskGroupId')
  @Roles('office')
  updateTaskGroup(
    @CurrentUser() user: CurrentUserShape,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('taskGroupId', ParseUUIDPipe) taskGroupId: string,
    @Body() body: TaskGroupInputDto,
  ): Promise<TaskGroup> {
    return this.taskGroupsService.update(user, id, taskGroupId, body);
  }

  @Delete(':id/task-groups/:taskGroupId')
  @HttpCode(204)
  @Roles('office')
  removeTaskGroup(
    @CurrentUser() user: CurrentUserShape,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('taskGroupId', ParseUUIDPipe) taskGroupId: string,
  ): Promise<void> {
    return this.taskGroupsService.remove(user, id, taskGroupId);
  }

  @Get(':id/agencies')
  @Roles('office', 'leader', 'admin')
  agencies(@Param('id', ParseUUIDPipe) id: string): Promise<PeriodAgencies> {
    return this.lifecycle.agencies(id);
  }

  @Put(':id/agencies')
  @Roles('office')
  setAgencies(@CurrentUser() user: CurrentUserShape, @Param('id', ParseUUIDPipe) id: string, @Body() body: PeriodAgenciesDto): Promise<PeriodAgencies> {
    return this.lifecycle.setAgencies(user, id, body.agencyIds);
  }

  /** "Thêm đơn vị vào kỳ báo cáo": units join an open period, each with its report. */
  @Post(':id/agencies')
  @Roles('office')
  addAgencies(@CurrentUser() user: CurrentUserShape, @Param('id', ParseUUIDPipe) id: string, @Body() body: AddPeriodAgenciesDto): Promise<PeriodAgencies> {
    return this.lifecycle.addAgencies(user, id, body.agencyIds);
  }

  @Post(':id/open')
  @HttpCode(200)
  @Roles('office')
  open(@CurrentUser() user: CurrentUserShape, @Param('id', ParseUUIDPipe) id: string, @Body() body: OpenPeriodDto): Promise<ReportingPeriod> {
    return this.lifecycle.open(user, id, body.confirmPastDue);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles('office')
  close(@CurrentUser() user: CurrentUserShape, @Param('id', ParseUUIDPipe) id: string): Promise<ReportingPeriod> {
    return this.lifecycle.close(user, id);
  }

  @Post(':id/archive')
  @HttpCode(200)
  @Roles('office')
  archive(@CurrentUser() user: CurrentUserShape, @Param('id', ParseUUIDPipe) id: string): Promise<ReportingPeriod> {
    return this.lifecycle.archive(user, id);
  }
}
