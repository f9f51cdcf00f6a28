import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { CommitteeSettingsView, CurrentUser as CurrentUserShape, HolidayYear } from '@giao-ban/shared';
import { CurrentUser } from '../../common/decorators/current-user.decorator.js';
import { Roles } from '../../common/decorators/roles.decorator.js';
import { CommitteeSettingsViewDto, HolidayYearDto } from './dto/settings.dto.js';
import { HolidayYearQueryDto, SaveHolidaysDto, UpdateCommitteeSettingsDto } from './dto/settings-requests.dto.js';
import { ParseHolidayYearPipe } from './holiday-year.pipe.js';
import { SettingsService } from './settings.service.js';

/**
 * The committee's settings and public holidays. The administrator changes them (SPEC §1); the
 * office and the leaders read them, since the documents they make and read are headed with them.
 * Member units have no use for them.
 */
@ApiTags('settings')
@ApiCookieAuth('gb_session')
@Controller('settings')
export class SettingsController {
  constructor(private readonly settings: SettingsService) {}

  @Get()
  @Roles('admin', 'office', 'leader')
  @ApiOkResponse({ type: CommitteeSettingsViewDto })
  get(): Promise<CommitteeSettingsView> {
    return this.settings.view();
  }

  /** The fields given change; those left out keep their value. */
  @Put()
  @Roles('admin')
  @ApiOkResponse({ type: CommitteeSettingsViewDto })
  update(@CurrentUser() actor: CurrentUserShape, @Body() body: UpdateCommitteeSettingsDto): Promise<CommitteeSettingsView> {
    return this.settings.update(actor, body);
  }

  @Get('holidays')
  @Roles('admin', 'office', 'leader')
  @ApiOkResponse({ type: HolidayYearDto })
  holidays(@Query() query: HolidayYearQueryDto): Promise<HolidayYear> {
    return this.settings.holidays(query.year);
  }

  /** The year's whole list; periods already created keep their due dates. */
  @Put('holidays/:year')
  @Roles('admin')
  @ApiOkResponse({ type: HolidayYearDto })
  replaceHolidays(
    @CurrentUser() actor: CurrentUserShape,
    @Param('year', ParseHolidayYearPipe) year: number,
    @Body() body: SaveHolidaysDto,
  ): Promise<HolidayYear> {
    return this.settings.replaceHolidays(actor, year, body.holidays);
  }
}
