import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  foldVietnamese,
  isAgencyRole,
  type CurrentUser,
  type FieldError,
  type Page,
  type Role,
  type TemporaryPasswordIssued,
  type UserAccount,
} from '@giao-ban/shared';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import { AppException } from '../../common/errors/app-exception.js';
import { AgenciesService } from '../agencies/agencies.service.js';
import { AuditService } from '../audit/audit.service.js';
import { AuthService } from '../auth/auth.service.js';
import { PasswordHasher } from '../auth/password-hasher.js';
import type { CreateUserDto, UpdateUserDto, UserListQueryDto } from './dto/user-requests.dto.js';
import { generateTemporaryPassword } from './temporary-password.js';
import { toUserAccount, type UserAccountRow } from './user.mapper.js';
import { UsersRepository, type AccountFields } from './users.repository.js';

const invalid = (field: string, rule: string, message: string) =>
  new AppException('VALIDATION_FAILED', message, [{ field, constraints: { [rule]: message } }] satisfies FieldError[]);

const isUniqueViolation = (error: unknown) =>
  error instanceof QueryFailedError && (error as QueryFailedError & { code?: string }).code === '23505';

/**
 * The administrator's management of accounts: list, create, edit, deactivate and activate, reset
 * a password. Accounts are never deleted — reports, versions and the audit trail keep pointing
 * at the person who made them. Every change is audited in its own transaction; a change that
 * ends or alters a person's access reaches their open sessions at once (AuthService.forgetUser).
 */
@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly agencies: AgenciesService,
    private readonly auth: AuthService,
    private readonly passwords: PasswordHasher,
    private readonly audit: AuditService,
  ) {}

  async list(query: UserListQueryDto): Promise<Page<UserAccount>> {
    const search = query.search ? foldVietnamese(query.search) : undefined;
    const [rows, total] = await this.users.findPage(
      this.dataSource.manager,
      { search, role: query.role, agencyId: query.agencyId, active: query.active },
      query.skip,
      query.pageSize,
    );
    return { items: rows.map(toUserAccount), total, page: query.page, pageSize: query.pageSize };
  }

  async create(actor: CurrentUser, body: CreateUserDto): Promise<TemporaryPasswordIssued> {
    const fields: AccountFields = {
      fullName: body.fullName,
      email: body.email ?? null,
      phone: body.phone ?? null,
      role: body.role,
      agencyId: body.agencyId ?? null,
    };
    await this.checkUnit(actor, fields.role, fields.agencyId, null);
    const temporaryPassword = generateTemporaryPassword();
    const passwordHash = await this.passwords.hash(temporaryPassword);
    const taken = () => invalid('login', 'unique', `The login "${body.login}" is already taken.`);
    const user = await this.dataSource
      .transaction(async (db) => {
        if (await this.users.loginExists(db, body.login)) throw taken();
        const id = await this.users.insertAccount(db, body.login, fields, passwordHash);
        await this.audit.record(db, actor, {
          action: 'user.created',
          objectType: 'user',
          objectId: id,
          agencyId: fields.agencyId,
          summary: { login: body.login, fullName: fields.fullName, role: fields.role, agencyId: fields.agencyId },
        });
        return this.account(db, id);
      })
      .catch((error: unknown) => {
        // Two administrators creating the same login at once: the unique index decides.
        throw isUniqueViolation(error) ? taken() : error;
      });
    return { user, temporaryPassword };
  }

  async update(actor: CurrentUser, id: string, body: UpdateUserDto): Promise<UserAccount> {
    const account = await this.dataSource.transaction(async (db) => {
      const before = await this.locked(db, id);
      const role = body.role ?? before.role;
      // Moving someone to a committee-wide role takes them out of their unit without saying so.
      const agencyId = body.agencyId !== undefined ? body.agencyId : isAgencyRole(role) ? before.agency_id : null;
      if (actor.id === id && role !== before.role) {
        throw new AppException('OWN_ACCOUNT_LOCKOUT', 'You cannot change your own role.');
      }
      await this.checkUnit(actor, role, agencyId, before.agency_id);
      const next: AccountFields = {
        fullName: body.fullName ?? before.full_name,
        email: body.email !== undefined ? body.email : before.email,
        phone: body.phone !== undefined ? body.phone : before.phone,
        role,
        agencyId,
      };
      const changes = changesBetween(before, next);
      if (Object.keys(changes).length === 0) return toUserAccount(before);
      await this.users.updateAccount(db, id, next);
      await this.audit.record(db, actor, { action: 'user.updated', objectType: 'user', objectId: id, agencyId: next.agencyId, summary: { changes } });
      return this.account(db, id);
    });
    // A new role or unit applies to the person's open sessions from their next request.
    this.auth.forgetUser(id);
    return account;
  }

  /** Refuses every sign-in of the account and ends its open sessions at once. */
  async deactivate(actor: CurrentUser, id: string): Promise<UserAccount> {
    if (actor.id === id) throw new AppException('OWN_ACCOUNT_LOCKOUT', 'You cannot deactivate your own account.');
    const account = await this.dataSource.transaction(async (db) => {
      const before = await this.locked(db, id);
      if (!before.active) return toUserAccount(before);
      await this.users.setActive(db, id, false);
      const sessionsEnded = await this.auth.endSessionsOf(db, id);
      await this.audit.record(db, actor, { action: 'user.deactivated', objectType: 'user', objectId: id, agencyId: before.agency_id, summary: { sessionsEnded } });
      return this.account(db, id);
    });
    this.auth.forgetUser(id);
    return account;
  }

  async activate(actor: CurrentUser, id: string): Promise<UserAccount> {
    return this.dataSource.transaction(async (db) => {
      const before = await this.locked(db, id);
      if (before.active) return toUserAccount(before);
      await this.users.setActive(db, id, true);
      await this.audit.record(db, actor, { action: 'user.activated', objectType: 'user', objectId: id, agencyId: before.agency_id, summary: {} });
      return this.account(db, id);
    });
  }

  /**
   * A new temporary password, shown once: the user signs in with it and must choose their own
   * before anything else. Every other session of the user ends (the administrator's own, when
   * they reset themselves, stays).
   */
  async resetPassword(actor: CurrentUser, actorSessionId: string | undefined, id: string): Promise<TemporaryPasswordIssued> {
    const temporaryPassword = generateTemporaryPassword();
    const passwordHash = await this.passwords.hash(temporaryPassword);
    const user = await this.dataSource.transaction(async (db) => {
      const before = await this.locked(db, id);
      await this.users.setPassword(db, id, passwordHash, true);
      const keep = actor.id === id ? (actorSessionId ?? null) : null;
      const sessionsEnded = await this.auth.endSessionsOf(db, id, keep);
      await this.audit.record(db, actor, { action: 'user.password_reset', objectType: 'user', objectId: id, agencyId: before.agency_id, summary: { sessionsEnded } });
      return this.account(db, id);
    });
    this.auth.forgetUser(id);
    return { user, temporaryPassword };
  }

  /**
   * An agency role belongs to exactly one active member unit (the database checks the "exactly";
   * the unit must exist, be active and not be the standing office, which does not report); the
   * committee-wide roles to none. A unit the account already has may since have been deactivated:
   * keeping it is allowed, choosing it is not.
   */
  private async checkUnit(actor: CurrentUser, role: Role, agencyId: string | null, currentAgencyId: string | null): Promise<void> {
    if (!isAgencyRole(role)) {
      if (agencyId !== null) throw invalid('agencyId', 'emptyForRole', `A ${role} account belongs to no unit.`);
      return;
    }
    if (agencyId === null) throw invalid('agencyId', 'requiredForRole', `A ${role} account needs its unit.`);
    if (agencyId === currentAgencyId) return;
    const agency = await this.agencies.getVisibleTo(actor, agencyId).catch((error: unknown) => {
      if (error instanceof AppException && error.code === 'NOT_FOUND') throw invalid('agencyId', 'exists', 'No such unit.');
      throw error;
    });
    if (!agency.active) throw invalid('agencyId', 'active', 'The unit is no longer active.');
    if (agency.isStandingOffice) throw invalid('agencyId', 'memberUnit', 'The standing office is not a reporting unit: use the office role.');
  }

  private async account(db: EntityManager, id: string): Promise<UserAccount> {
    const row = await this.users.findAccount(db, id);
    if (!row) throw new AppException('NOT_FOUND', 'No such user.');
    return toUserAccount(row);
  }

  private async locked(db: EntityManager, id: string): Promise<UserAccountRow> {
    const row = await this.users.lockAccount(db, id);
    if (!row) throw new AppException('NOT_FOUND', 'No such user.');
    return row;
  }
}

/** What an edit changes, field by field, for the audit trail. */
function changesBetween(before: UserAccountRow, next: AccountFields): Record<string, { from: unknown; to: unknown }> {
  const pairs: [string, unknown, unknown][] = [
    ['fullName', before.full_name, next.fullName],
    ['email', before.email, next.email],
    ['phone', before.phone, next.phone],
    ['role', before.role, next.role],
    ['agencyId', before.agency_id, next.agencyId],
  ];
  return Object.fromEntries(pairs.filter(([, from, to]) => from !== to).map(([field, from, to]) => [field, { from, to }]));
}
