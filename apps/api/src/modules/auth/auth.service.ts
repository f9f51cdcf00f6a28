import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CurrentUser } from '@giao-ban/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '../../common/clock/clock.js';
import { AppException } from '../../common/errors/app-exception.js';
import { APP_CONFIG, type AppConfig } from '../../config/env.schema.js';
import { AuditService } from '../audit/audit.service.js';
import { toCurrentUser } from '../users/user.mapper.js';
import { PasswordHasher } from './password-hasher.js';
import { SessionEvents } from './session-events.js';
import { SessionsRepository } from './sessions.repository.js';
import { SignInThrottleRepository, type ThrottleKey } from './sign-in-throttle.repository.js';

export const SESSION_COOKIE = 'gb_session';

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The audit trail's object for a sign-in whose login name matches no account. */
const UNKNOWN_ACCOUNT = '00000000-0000-0000-0000-000000000000';

/** A session's last use is written at most this often: enough for an idle limit in minutes. */
const LAST_SEEN_RESOLUTION_MS = 60_000;

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
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsRepository,
    private readonly passwords: PasswordHasher,
    private readonly throttle: SignInThrottleRepository,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly events: SessionEvents,
  ) {
    // Changes made through any API instance on the database, this one included.
    events.subscribe({
      event: (event) => ('userId' in event ? this.forgetUserHere(event.userId) : this.forgetSessionHere(event.tokenHash)),
      reset: () => {
        this.generation += 1;
        this.recent.clear();
      },
    });
  }

  /**
   * Checks the credentials and opens a session; the caller puts the token in the cookie. An account
   * or address locked by earlier failures is refused before the password is even hashed; each
   * failure counts against both (SIGN_IN_THROTTLE), a success clears the account's count. Sign-ins,
   * failures and lockouts go to the audit trail.
   */
  async login(
    login: string,
    password: string,
    userAgent: string | undefined,
    address = 'unknown',
  ): Promise<{ token: string; expiresAt: Date; user: CurrentUser }> {
    const loginName = login.trim().toLowerCase();
    const keys: ThrottleKey[] = [
      { kind: 'account', value: loginName },
      { kind: 'address', value: address },
    ];
    const now = this.clock.now();
    const lockedUntil = await this.throttle.lockedUntil(keys, now);
    if (lockedUntil) throw tooManyFailures(lockedUntil, now);

    // A deactivated account is looked up like an unknown one: the same answer, in the same time.
    const user = await this.sessions.findActiveAccountForSignIn(loginName);
    const valid = await this.passwords.verify(user?.passwordHash ?? null, password);
    if (!user || !valid) {
      const locks = await Promise.all(keys.map((key) => this.throttle.recordFailure(key, now)));
      const audited = { objectType: 'user', objectId: user?.id ?? UNKNOWN_ACCOUNT, agencyId: user?.agencyId ?? null };
      await this.audit.record(this.dataSource.manager, null, { ...audited, action: 'auth.sign_in_failed', summary: { login: loginName, address } });
      for (const [index, until] of locks.entries()) {
        if (!until) continue;
        await this.audit.record(this.dataSource.manager, null, {
          ...audited,
          action: 'auth.locked_out',
          summary: { login: loginName, address, lockedBy: keys[index]!.kind, until: until.toISOString() },
        });
      }
      throw new AppException('INVALID_CREDENTIALS', 'Wrong login name or password.');
    }
    await this.throttle.forget(keys[0]!);
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + this.config.sessionTtlHours * 3_600_000);
    await this.sessions.insertSession({
      tokenHash: hashToken(token),
      userId: user.id,
      createdAt: now,
      expiresAt,
      lastSeenAt: now,
      userAgent: userAgent?.slice(0, 300) ?? null,
    });
    await this.sessions.markSignedIn(user.id, now);
    const signedIn = toCurrentUser(user);
    await this.audit.record(this.dataSource.manager, signedIn, {
      action: 'auth.signed_in',
      objectType: 'user',
      objectId: user.id,
      agencyId: user.agencyId,
      summary: { address, userAgent: userAgent?.slice(0, 120) ?? null },
    });
    // Expired rows are dead weight; sign-ins are rare enough to sweep them here.
    await this.sessions.deleteExpiredSessions(now);
    return { token, expiresAt, user: signedIn };
  }

  /**
   * The user behind a session token, or null when the session is unknown, expired or the user
   * inactive. Every request asks (the autosave several times a second per open editor), so a
   * resolved session is remembered for SESSION_RECHECK_MS: a sign-out or a change made through
   * `forgetUser`, on any API instance, takes effect at once (SessionEvents); anything else within that time.
   */
  async resolveSession(token: string): Promise<{ sessionId: string; user: CurrentUser } | null> {
    const hash = hashToken(token);
    const now = this.clock.now().getTime();
    const known = this.recent.get(hash);
    if (known && known.recheckAt > now && known.expiresAt > now) return known.resolved;
    this.recent.delete(hash);

    const generation = this.generation;
    const row = await this.sessions.findLiveSession(hash, new Date(now), new Date(now - this.config.sessionIdleMinutes * 60_000));
    if (!row) return null;
    if (now - row.last_seen_at.getTime() >= LAST_SEEN_RESOLUTION_MS) {
      await this.sessions.markSessionSeen(row.session_id, new Date(now));
    }
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
    return this.sessions.deleteSessionsOf(db, userId, keepSessionId);
  }

  /**
   * Drops what every API instance remembers of the user's sessions, so the next request of any of
   * them reads the database: a deactivation or an ended session answers 401 at once, a changed role
   * or a cleared "must change password" applies at once. This instance forgets before returning;
   * the others as soon as PostgreSQL passes the notice on (SessionEvents).
   */
  forgetUser(userId: string): void {
    this.forgetUserHere(userId);
    void this.events.publish({ userId });
  }

  private forgetUserHere(userId: string): void {
    this.generation += 1;
    for (const [hash, entry] of this.recent) {
      if (entry.resolved.user.id === userId) this.recent.delete(hash);
    }
  }

  private forgetSessionHere(tokenHash: string): void {
    this.generation += 1;
    this.recent.delete(tokenHash);
  }

  async logout(token: string | undefined): Promise<void> {
    if (!token) return;
    const hash = hashToken(token);
    this.forgetSessionHere(hash);
    const holder = await this.sessions.findSessionHolder(hash);
    if (!holder) return;
    await this.sessions.deleteSession(hash);
    await this.events.publish({ tokenHash: hash });
    await this.audit.record(this.dataSource.manager, { id: holder.userId, role: holder.role }, {
      action: 'auth.signed_out',
      objectType: 'user',
      objectId: holder.userId,
      agencyId: holder.agencyId,
    });
  }
}

function tooManyFailures(lockedUntil: Date, now: Date): AppException {
  const retryAfterSeconds = Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 1000));
  return new AppException('TOO_MANY_REQUESTS', 'Too many failed sign-ins for this account or address; try again later.', {
    retryAfterSeconds,
    lockedUntil: lockedUntil.toISOString(),
  });
}
