import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiCookieAuth, ApiNoContentResponse, ApiOkResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { CurrentUser as CurrentUserShape } from '@giao-ban/shared';
import type { Request, Response } from 'express';
import { CurrentUser } from '../../common/decorators/current-user.decorator.js';
import { Public } from '../../common/decorators/public.decorator.js';
import { APP_CONFIG, type AppConfig } from '../../config/env.schema.js';
import { AuthService, SESSION_COOKIE } from './auth.service.js';
import { CurrentUserDto } from './dto/current-user.dto.js';
import { LoginDto } from './dto/login.dto.js';
import { AllowedBeforePasswordChange } from './password-change.decorator.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: CurrentUserDto })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts from this address in a minute.' })
  async login(
    @Body() body: LoginDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CurrentUserShape> {
    const { token, user } = await this.auth.login(body.login, body.password, request.get('user-agent'), request.ip);
    response.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.cookieSecure,
      path: '/',
      // Relative, so the browser's own clock decides; the server checks expiry against its clock.
      maxAge: this.config.sessionTtlHours * 3_600_000,
    });
    return user;
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  @ApiNoContentResponse()
  async logout(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.auth.logout(request.cookies?.[SESSION_COOKIE]);
    response.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: this.config.cookieSecure });
  }

  @ApiCookieAuth(SESSION_COOKIE)
  @AllowedBeforePasswordChange()
  @Get('me')
  @ApiOkResponse({ type: CurrentUserDto })
  me(@CurrentUser() user: CurrentUserShape): CurrentUserShape {
    return user;
  }
}
