import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import type { CurrentUser as CurrentUserShape, PeriodReminderLadder, SendRemindersResult } from '@giao-ban/shared';
import { CurrentUser } from '../../common/decorators/current-user.decorator.js';
import { Roles } from '../../common/decorators/roles.decorator.js';
import { PeriodReminderLadderDto, SendRemindersDto } from './dto/reminder-requests.dto.js';
import { RemindersService } from './reminders.service.js';

/** A period's reminder ladder and the office's đôn đốc. */
@ApiTags('periods')
@ApiCookieAuth('gb_session')
@Controller('periods')
export class RemindersController {
  constructor(private readonly reminders: RemindersService) {}

  @Get(':id/reminder-ladder')
  @Roles('office', 'leader', 'admin')
  ladder(@Param('id', ParseUUIDPipe) id: string): Promise<PeriodReminderLadder> {
    return this.reminders.ladder(id);
  }

  @Put(':id/reminder-ladder')
  @Roles('office')
  setLadder(@CurrentUser() user: CurrentUserShape, @Param('id', ParseUUIDPipe) id: string, @Body() body: PeriodReminderLadderDto): Promise<PeriodReminderLadder> {
    return this.reminders.setLadder(user, id, body.ladder);
  }

  /** "Đôn đốc": a reminder with the office's own words to the units chosen. */
  @Post(':id/reminders')
  @HttpCode(200)
  @Roles('office')
  send(@CurrentUser() user: CurrentUserShape, @Param('id', ParseUUIDPipe) id: string, @Body() body: SendRemindersDto): Promise<SendRemindersResult> {
    return this.reminders.send(user, id, body);
  }
}
