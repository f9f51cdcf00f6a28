import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { CurrentUser, Role } from '@giao-ban/shared';
import { LessThanOrEqual, Repository, type EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '../../common/clock/clock.js';
import { AppException } from '../../common/errors/app-exception.js';
import { APP_CONFIG, type AppConfig } from '../../config/env.schema.js';
import { queryPrepared } from '../../database/prepared-query.js';
import { UserEntity } from '../users/user.entity.js';
import { toCurrentUser } from '../users/user.mapper.js';
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
  must_change_password: boolean;
}

/** How long a resolved session is trusted before the database is asked again. */
export const SESSION_RECHECK_MS = 5_000;
const SESSION_CACHE_SIZE = 10_000;

@Injectable()
export class AuthService {
  private readonly recent = new Map<string, { resolved: { sessionId: string; user: CurrentUser }; expiresAt: number; recheckAt: number }>();
  /**
   * Moves on every `forgetUser`: a session looked up while it moved is answered but not
   * remembered, so a lookup that read the database just before a deactivation committed cannot
   * put the old answer back into the cache after it was cleared.
   */
  private generation = 0;

  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
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
    // A deactivated account is looked up like an unknown one: the same answer, in the same time.
    const user = await this.users
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .leftJoinAndSelect('user.agency', 'agency')
      .where('user.login = :login', { login: login.trim().toLowerCase() })
      .andWhere('user.active')
      .getOne();
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
    await this.users.update({ id: user.id }, { lastSignInAt: now });
    // Expired rows are dead weight; sign-ins are rare enough to sweep them here.
    await this.sessions.delete({ expiresAt: LessThanOrEqual(now) });
    return { token, expiresAt, user: toCurrentUser(user) };
  }

  /**
   * The user behind a session token, or null when the session is unknown, expired or the user
   * inactive. Every request asks (the autosave several times a second per open editor), so a
   * resolved session is remembered for SESSION_RECHECK_MS: a sign-out or a change made through
   * `forgetUser` here takes effect at once, one seen only by another API instance within that time.
   */
  async resolveSession(token: string): Promise<{ sessionId: string; user: CurrentUser } | null> {
    const hash = hashToken(token);
    const now = this.clock.now().getTime();
    const known = this.recent.get(hash);
    if (known && known.recheckAt > now && known.expiresAt > now) return known.resolved;
    this.recent.delete(hash);

    const generation = this.generation;
    const rows = await queryPrepared<SessionRow>(
      this.sessions.manager,
      `SELECT s.id AS session_id, s.expires_at, u.id, u.login, u.full_name, u.role, u.agency_id, a.name AS agency_name,
              u.must_change_password
         FROM sessions s JOIN users u ON u.id = s.user_id AND u.active
         LEFT JOIN agencies a ON a.id = u.agency_id
        WHERE s.token_hash = $1 AND s.expires_at > $2`,
      [hash, new Date(now)],
    );
    const row = rows[0];
    if (!row) return null;
    const resolved = {
      sessionId: row.session_id,
      user: {
        id: row.id,
        login: row.login,
        fullName: row.full_name,
        role: row.role,
        agencyId: row.agency_id,
        agencyName: row.agency_name,
        mustChangePassword: row.must_change_password,
      },
    };
    if (generation !== this.generation) return resolved;
    if (this.recent.size >= SESSION_CACHE_SIZE) this.recent.delete(this.recent.keys().next().value!);
    this.recent.set(hash, { resolved, expiresAt: row.expires_at.getTime(), recheckAt: now + SESSION_RECHECK_MS });
    return resolved;
  }

  /**
   * Ends every session of `userId` except `keepSessionId` (the caller's own, when a user changes
   * their password), inside the caller's transaction. Call `forgetUser` once it has committed.
   */
  async endSessionsOf(db: EntityManager, userId: string, keepSessionId: string | null = null): Promise<number> {
    const ended: unknown[] = await db.query(
      `DELETE FROM sessions WHERE user_id = $1 AND ($2::uuid IS NULL OR id <> $2::uuid) RETURNING id`,
      [userId, keepSessionId],
    );
    return ended.length;
  }

  /**
   * Drops what this process remembers of the user's sessions, so the next request of any of them
   * reads the database: a deactivation or an ended session answers 401 at once, a changed role or
   * a cleared "must change password" applies at once. Other API instances see it within
   * SESSION_RECHECK_MS.
   */
  forgetUser(userId: string): void {
    this.generation += 1;
    for (const [hash, entry] of this.recent) {
      if (entry.resolved.user.id === userId) this.recent.delete(hash);
    }
  }

  async logout(token: string | undefined): Promise<void> {
    if (!token) return;
    const hash = hashToken(token);
    this.recent.delete(hash);
    await this.sessions.delete({ tokenHash: hash });
  }
}
