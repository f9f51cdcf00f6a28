import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { CurrentUser as CurrentUserShape, Page, TemporaryPasswordIssued, UserAccount } from '@giao-ban/shared';
import { CurrentSessionId } from '../../common/decorators/current-session.decorator.js';
import { CurrentUser } from '../../common/decorators/current-user.decorator.js';
import { Roles } from '../../common/decorators/roles.decorator.js';
import { TemporaryPasswordIssuedDto, UserAccountDto, UserAccountPageDto } from './dto/user-account.dto.js';
import { CreateUserDto, UpdateUserDto, UserListQueryDto } from './dto/user-requests.dto.js';
import { UsersService } from './users.service.js';

/** User administration: the system administrator only (SPEC §1). */
@ApiTags('users')
@ApiCookieAuth('gb_session')
@Roles('admin')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOkResponse({ type: UserAccountPageDto })
  list(@Query() query: UserListQueryDto): Promise<Page<UserAccount>> {
    return this.users.list(query);
  }

  @Post()
  @ApiCreatedResponse({ type: TemporaryPasswordIssuedDto })
  create(@CurrentUser() actor: CurrentUserShape, @Body() body: CreateUserDto): Promise<TemporaryPasswordIssued> {
    return this.users.create(actor, body);
  }

  @Patch(':id')
  @ApiOkResponse({ type: UserAccountDto })
  update(@CurrentUser() actor: CurrentUserShape, @Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateUserDto): Promise<UserAccount> {
    return this.users.update(actor, id, body);
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  @ApiOkResponse({ type: UserAccountDto })
  deactivate(@CurrentUser() actor: CurrentUserShape, @Param('id', ParseUUIDPipe) id: string): Promise<UserAccount> {
    return this.users.deactivate(actor, id);
  }

  @Post(':id/activate')
  @HttpCode(200)
  @ApiOkResponse({ type: UserAccountDto })
  activate(@CurrentUser() actor: CurrentUserShape, @Param('id', ParseUUIDPipe) id: string): Promise<UserAccount> {
    return this.users.activate(actor, id);
  }

  @Post(':id/reset-password')
  @HttpCode(200)
  @ApiOkResponse({ type: TemporaryPasswordIssuedDto })
  resetPassword(
    @CurrentUser() actor: CurrentUserShape,
    @CurrentSessionId() sessionId: string | undefined,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<TemporaryPasswordIssued> {
    return this.users.resetPassword(actor, sessionId, id);
  }
}
