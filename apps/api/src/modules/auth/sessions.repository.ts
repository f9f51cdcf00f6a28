import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@giao-ban/shared';
import { DataSource, LessThanOrEqual, type EntityManager } from 'typeorm';
import { queryPrepared } from '../../database/prepared-query.js';
import { UserEntity } from '../users/user.entity.js';
import { SessionEntity } from './session.entity.js';

/** A live session with the user behind it, as every request resolves it. */
export interface LiveSessionRow {
  session_id: string;
  expires_at: Date;
  last_seen_at: Date;
  id: string;
  login: string;
  full_name: string;
  role: Role;
  agency_id: string | null;
  agency_name: string | null;
  must_change_password: boolean;
}

/** Sessions, and the account lookups sign-in makes. Sessions are looked up by their token's hash. */
@Injectable()
export class SessionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The active account with this login name, with its password hash and agency, or null. */
  findActiveAccountForSignIn(loginName: string): Promise<UserEntity | null> {
    return this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .leftJoinAndSelect('user.agency', 'agency')
      .where('user.login = :login', { login: loginName })
      .andWhere('user.active')
      .getOne();
  }

  async insertSession(session: { tokenHash: string; userId: string; createdAt: Date; expiresAt: Date; lastSeenAt: Date; userAgent: string | null }): Promise<void> {
    await this.dataSource.getRepository(SessionEntity).insert(session);
  }

  async markSignedIn(userId: string, at: Date): Promise<void> {
    await this.dataSource.getRepository(UserEntity).update({ id: userId }, { lastSignInAt: at });
  }

  async deleteExpiredSessions(now: Date): Promise<void> {
    await this.dataSource.getRepository(SessionEntity).delete({ expiresAt: LessThanOrEqual(now) });
  }

  /**
   * The session of this token hash, unexpired and used since `idleSince`, with its active user; asked
   * on every request, so it runs as a prepared statement.
   */
  async findLiveSession(tokenHash: string, now: Date, idleSince: Date): Promise<LiveSessionRow | null> {
    const rows = await queryPrepared<LiveSessionRow>(
      this.dataSource.manager,
      `SELECT s.id AS session_id, s.expires_at, s.last_seen_at, u.id, u.login, u.full_name, u.role, u.agency_id, a.name AS agency_name,
              u.must_change_password
         FROM sessions s JOIN users u ON u.id = s.user_id AND u.active
         LEFT JOIN agencies a ON a.id = u.agency_id
        WHERE s.token_hash = $1 AND s.expires_at > $2 AND s.last_seen_at > $3`,
      [tokenHash, now, idleSince],
    );
    return rows[0] ?? null;
  }

  async markSessionSeen(sessionId: string, at: Date): Promise<void> {
    await this.dataSource.getRepository(SessionEntity).update({ id: sessionId }, { lastSeenAt: at });
  }

  /** Deletes every session of `userId` but `keepSessionId`, in the caller's transaction; answers how many. */
  async deleteSessionsOf(db: EntityManager, userId: string, keepSessionId: string | null): Promise<number> {
    const ended = await db
      .createQueryBuilder()
      .delete()
      .from(SessionEntity)
      .where('user_id = :userId', { userId })
      .andWhere('(CAST(:keep AS uuid) IS NULL OR id <> CAST(:keep AS uuid))', { keep: keepSessionId })
      .execute();
    return ended.affected ?? 0;
  }

  /** Who holds the session of this token hash (any state), or null. */
  async findSessionHolder(tokenHash: string): Promise<{ userId: string; role: Role; agencyId: string | null } | null> {
    const [holder]: { user_id: string; role: Role; agency_id: string | null }[] = await this.dataSource.query(
      `SELECT s.user_id, u.role, u.agency_id FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1`,
      [tokenHash],
    );
    return holder ? { userId: holder.user_id, role: holder.role, agencyId: holder.agency_id } : null;
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.dataSource.getRepository(SessionEntity).delete({ tokenHash });
  }
}
