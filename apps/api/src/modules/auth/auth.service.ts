import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { CurrentUser } from '@giao-ban/shared';
import { LessThanOrEqual, Repository } from 'typeorm';
import { CLOCK, type Clock } from '../../common/clock/clock.js';
import { AppException } from '../../common/errors/app-exception.js';
import { APP_CONFIG, type AppConfig } from '../../config/env.schema.js';
import { UsersService } from '../users/users.service.js';
import { PasswordHasher } from './password-hasher.js';
import { SessionEntity } from './session.entity.js';

export const SESSION_COOKIE = 'gb_session';

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    private readonly users: UsersService,
    private readonly passwords: PasswordHasher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Checks the credentials and opens a session; the caller puts the token in the cookie. */
  async login(
    login: string,
    password: string,
    userAgent: string | undefined,
  ): Promise<{ token: string; expiresAt: Date; user: CurrentUser }> {
    const user = await this.users.findActiveWithPasswordByLogin(login);
    const valid = await this.passwords.verify(user?.passwordHash ?? null, password);
    if (!user || !valid) {
      throw new AppException('INVALID_CREDENTIALS', 'Wrong login name or password.');
    }
    const token = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + this.config.sessionTtlHours * 3_600_000);
    await this.sessions.insert({
      tokenHash: hashToken(token),
      userId: user.id,
      createdAt: now,
      expiresAt,
      userAgent: userAgent?.slice(0, 300) ?? null,
    });
    // Expired rows are dead weight; sign-ins are rare enough to sweep them here.
    await this.sessions.delete({ expiresAt: LessThanOrEqual(now) });
    return { token, expiresAt, user: UsersService.toCurrentUser(user) };
  }

  /** The user behind a session token, or null when the session is unknown, expired or the user inactive. */
  async resolveSession(token: string): Promise<{ sessionId: string; user: CurrentUser } | null> {
    const session = await this.sessions
      .createQueryBuilder('session')
      .innerJoinAndSelect('session.user', 'user')
      .leftJoinAndSelect('user.agency', 'agency')
      .where('session.tokenHash = :hash', { hash: hashToken(token) })
      .andWhere('session.expiresAt > :now', { now: this.clock.now() })
      .andWhere('user.active')
      .getOne();
    if (!session?.user) return null;
    return { sessionId: session.id, user: UsersService.toCurrentUser(session.user) };
  }

  async logout(token: string | undefined): Promise<void> {
    if (token) await this.sessions.delete({ tokenHash: hashToken(token) });
  }
}
