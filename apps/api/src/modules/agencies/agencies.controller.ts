import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Agency, AgencyHistory, CurrentUser as CurrentUserShape, Page, SuccessionPreview } from '@giao-ban/shared';
import { CurrentUser } from '../../common/decorators/current-user.decorator.js';
import { Roles } from '../../common/decorators/roles.decorator.js';
import { AgenciesService } from './agencies.service.js';
import { AgencySuccessionService } from './agency-succession.service.js';
import { AgencyDto, AgencyHistoryDto, AgencyPageDto, SuccessionPreviewDto } from './dto/agency.dto.js';
import { AgencyListQueryDto, CreateAgencyDto, DeactivateAgencyDto, MergeAgenciesDto, UpdateAgencyDto } from './dto/agency-requests.dto.js';

/**
 * Member units. Everyone reads the units in their scope; the office and the administrator
 * create, edit, merge, split and abolish them (SPEC §1); leaders also read a unit's history.
 */
@ApiTags('agencies')
@ApiCookieAuth('gb_session')
@Controller('agencies')
export class AgenciesController {
  constructor(
    private readonly agencies: AgenciesService,
    private readonly successions: AgencySuccessionService,
  ) {}

  @Get()
  @ApiOkResponse({ type: AgencyPageDto })
  list(@CurrentUser() user: CurrentUserShape, @Query() query: AgencyListQueryDto): Promise<Page<Agency>> {
    return this.agencies.listVisibleTo(user, query);
  }

  @Post()
  @Roles('admin', 'office')
  @ApiCreatedResponse({ type: AgencyDto })
  create(@CurrentUser() actor: CurrentUserShape, @Body() body: CreateAgencyDto): Promise<Agency> {
    return this.agencies.create(actor, body);
  }

  /** What a merge would do (obligations moved, ended or kept; accounts), without doing it. */
  @Post('merge/preview')
  @HttpCode(200)
  @Roles('admin', 'office')
  @ApiOkResponse({ type: SuccessionPreviewDto })
  previewMerge(@Body() body: MergeAgenciesDto): Promise<SuccessionPreview> {
    return this.successions.previewMerge(body);
  }

  /** Units A, B… into C (existing or new): open obligations move, accounts move or are deactivated. */
  @Post('merge')
  @HttpCode(200)
  @Roles('admin', 'office')
  @ApiOkResponse({ type: SuccessionPreviewDto })
  merge(@CurrentUser() actor: CurrentUserShape, @Body() body: MergeAgenciesDto): Promise<SuccessionPreview> {
    return this.successions.merge(actor, body);
  }

  @Get(':id')
  @ApiOkResponse({ type: AgencyDto })
  get(@CurrentUser() user: CurrentUserShape, @Param('id', ParseUUIDPipe) id: string): Promise<Agency> {
    return this.agencies.getVisibleTo(user, id);
  }

  /** Edit; a new name or short name is a rename (kept in the unit's history). */
  @Patch(':id')
  @Roles('admin', 'office')
  @ApiOkResponse({ type: AgencyDto })
  update(@CurrentUser() actor: CurrentUserShape, @Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateAgencyDto): Promise<Agency> {
    return this.agencies.update(actor, id, body);
  }

  /** What ending the unit would do (obligations, accounts), without doing it. */
  @Post(':id/deactivate/preview')
  @HttpCode(200)
  @Roles('admin', 'office')
  @ApiOkResponse({ type: SuccessionPreviewDto })
  previewDeactivation(@Param('id', ParseUUIDPipe) id: string, @Body() body: DeactivateAgencyDto): Promise<SuccessionPreview> {
    return this.successions.previewDeactivation(id, body);
  }

  /** Split (with a successor) or abolish (without). */
  @Post(':id/deactivate')
  @HttpCode(200)
  @Roles('admin', 'office')
  @ApiOkResponse({ type: SuccessionPreviewDto })
  deactivate(
    @CurrentUser() actor: CurrentUserShape,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: DeactivateAgencyDto,
  ): Promise<SuccessionPreview> {
    return this.successions.deactivate(actor, id, body);
  }

  /** The unit's names over time and the successions it took part in. */
  @Get(':id/history')
  @Roles('admin', 'office', 'leader')
  @ApiOkResponse({ type: AgencyHistoryDto })
  history(@Param('id', ParseUUIDPipe) id: string): Promise<AgencyHistory> {
    return this.agencies.history(id);
  }
}
