import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { CurrentUser, Role } from '@giao-ban/shared';
import { LessThanOrEqual, Repository } from 'typeorm';
import { CLOCK, type Clock } from '../../common/clock/clock.js';
import { AppException } from '../../common/errors/app-exception.js';
import { APP_CONFIG, type AppConfig } from '../../config/env.schema.js';
import { queryPrepared } from '../../database/prepared-query.js';
import { UsersService } from '../users/users.service.js';
import { PasswordHasher } from './password-hasher.js';
import { SessionEntity } from './session.entity.js';

export const SESSION_COOKIE = 'gb_session';

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

interface SessionRow {
  session_id: string;
  expires_at: Date;
  id: string;
  login: string;
  full_name: string;
  role: Role;
  agency_id: string | null;
  agency_name: string | null;
}

/** How long a resolved session is trusted before the database is asked again. */
export const SESSION_RECHECK_MS = 5_000;
const SESSION_CACHE_SIZE = 10_000;

@Injectable()
export class AuthService {
  private readonly recent = new Map<string, { resolved: { sessionId: string; user: CurrentUser }; expiresAt: number; recheckAt: number }>();

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

  /**
   * The user behind a session token, or null when the session is unknown, expired or the user
   * inactive. Every request asks (the autosave several times a second per open editor), so a
   * resolved session is remembered for SESSION_RECHECK_MS: a sign-out here takes effect at once, a
   * sign-out or deactivation seen only by another API instance within that time.
   */
  async resolveSession(token: string): Promise<{ sessionId: string; user: CurrentUser } | null> {
    const hash = hashToken(token);
    const now = this.clock.now().getTime();
    const known = this.recent.get(hash);
    if (known && known.recheckAt > now && known.expiresAt > now) return known.resolved;
    this.recent.delete(hash);

    const rows = await queryPrepared<SessionRow>(
      this.sessions.manager,
      `SELECT s.id AS session_id, s.expires_at, u.id, u.login, u.full_name, u.role, u.agency_id, a.name AS agency_name
         FROM sessions s JOIN users u ON u.id = s.user_id AND u.active
         LEFT JOIN agencies a ON a.id = u.agency_id
        WHERE s.token_hash = $1 AND s.expires_at > $2`,
      [hash, new Date(now)],
    );
    const row = rows[0];
    if (!row) return null;
    const resolved = {
      sessionId: row.session_id,
      user: { id: row.id, login: row.login, fullName: row.full_name, role: row.role, agencyId: row.agency_id, agencyName: row.agency_name },
    };
    if (this.recent.size >= SESSION_CACHE_SIZE) this.recent.delete(this.recent.keys().next().value!);
    this.recent.set(hash, { resolved, expiresAt: row.expires_at.getTime(), recheckAt: now + SESSION_RECHECK_MS });
    return resolved;
  }

  async logout(token: string | undefined): Promise<void> {
    if (!token) return;
    const hash = hashToken(token);
    this.recent.delete(hash);
    await this.sessions.delete({ tokenHash: hash });
  }
}
