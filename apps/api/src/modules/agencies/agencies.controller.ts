import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Agency, CurrentUser as CurrentUserShape, Page } from '@giao-ban/shared';
import { CurrentUser } from '../../common/decorators/current-user.decorator.js';
import { PageQueryDto } from '../../common/pagination/page-query.dto.js';
import { AgenciesService } from './agencies.service.js';
import { AgencyDto, AgencyPageDto } from './dto/agency.dto.js';

@ApiTags('agencies')
@ApiCookieAuth('gb_session')
@Controller('agencies')
export class AgenciesController {
  constructor(private readonly agencies: AgenciesService) {}

  @Get()
  @ApiOkResponse({ type: AgencyPageDto })
  list(@CurrentUser() user: CurrentUserShape, @Query() query: PageQueryDto): Promise<Page<Agency>> {
    return this.agencies.listVisibleTo(user, query);
  }

  @Get(':id')
  @ApiOkResponse({ type: AgencyDto })
  get(@CurrentUser() user: CurrentUserShape, @Param('id', ParseUUIDPipe) id: string): Promise<Agency> {
    return this.agencies.getVisibleTo(user, id);
  }
}
