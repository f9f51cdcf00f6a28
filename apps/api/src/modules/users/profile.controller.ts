import { Body, Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiCookieAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { CurrentUser as CurrentUserShape, Profile } from '@giao-ban/shared';
import { CurrentSessionId } from '../../common/decorators/current-session.decorator.js';
import { CurrentUser } from '../../common/decorators/current-user.decorator.js';
import { AllowedBeforePasswordChange } from '../auth/password-change.decorator.js';
import { ProfileDto } from './dto/user-account.dto.js';
import { ChangePasswordDto, UpdateProfileDto } from './dto/profile-requests.dto.js';
import { ProfileService } from './profile.service.js';

/** Every signed-in person's own account. */
@ApiTags('profile')
@ApiCookieAuth('gb_session')
@Controller('profile')
export class ProfileController {
  constructor(private readonly profile: ProfileService) {}

  @Get()
  @ApiOkResponse({ type: ProfileDto })
  get(@CurrentUser() user: CurrentUserShape): Promise<Profile> {
    return this.profile.get(user);
  }

  @Patch()
  @ApiOkResponse({ type: ProfileDto })
  update(@CurrentUser() user: CurrentUserShape, @Body() body: UpdateProfileDto): Promise<Profile> {
    return this.profile.update(user, body);
  }

  /** The one route, with the session check and sign-out, open to a user on a temporary password. */
  @Post('password')
  @HttpCode(204)
  @AllowedBeforePasswordChange()
  @ApiNoContentResponse()
  changePassword(
    @CurrentUser() user: CurrentUserShape,
    @CurrentSessionId() sessionId: string | undefined,
    @Body() body: ChangePasswordDto,
  ): Promise<void> {
    return this.profile.changePassword(user, sessionId, body);
  }
}
