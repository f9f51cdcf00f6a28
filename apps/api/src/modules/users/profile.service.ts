import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { passwordProblems, PASSWORD_MIN_CHARACTER_KINDS, PASSWORD_MIN_LENGTH, type CurrentUser, type FieldError, type PasswordProblem, type Profile } from '@giao-ban/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AppException } from '../../common/errors/app-exception.js';
import { AuditService } from '../audit/audit.service.js';
import { AuthService } from '../auth/auth.service.js';
import { PasswordHasher } from '../auth/password-hasher.js';
import type { ChangePasswordDto, UpdateProfileDto } from './dto/profile-requests.dto.js';
import { toProfile, toUserAccount } from './user.mapper.js';
import { UsersRepository } from './users.repository.js';

/** The developer-facing words of each broken rule; the web app words them from the rule's name. */
const PROBLEM_MESSAGES: Record<PasswordProblem, string> = {
  tooShort: `newPassword must be at least ${PASSWORD_MIN_LENGTH} characters long`,
  tooLong: 'newPassword is too long',
  tooFewKinds: `newPassword must mix at least ${PASSWORD_MIN_CHARACTER_KINDS} of lower case, upper case, digits and other characters`,
  containsLogin: 'newPassword must not contain the login name',
  spaceAtEdge: 'newPassword must not start or end with a space',
};

/** What every signed-in person does with their own account: contact details and password. */
@Injectable()
export class ProfileService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly auth: AuthService,
    private readonly passwords: PasswordHasher,
    private readonly audit: AuditService,
  ) {}

  get(user: CurrentUser): Promise<Profile> {
    return this.profile(this.dataSource.manager, user.id);
  }

  async update(user: CurrentUser, body: UpdateProfileDto): Promise<Profile> {
    return this.dataSource.transaction(async (db) => {
      const before = await this.users.lockAccount(db, user.id);
      if (!before) throw new AppException('NOT_FOUND', 'No such user.');
      const email = body.email !== undefined ? body.email : before.email;
      const phone = body.phone !== undefined ? body.phone : before.phone;
      const changes = Object.fromEntries(
        ([['email', before.email, email], ['phone', before.phone, phone]] as const)
          .filter(([, from, to]) => from !== to)
          .map(([field, from, to]) => [field, { from, to }]),
      );
      if (Object.keys(changes).length > 0) {
        await this.users.updateContact(db, user.id, email, phone);
        await this.audit.record(db, user, { action: 'user.updated', objectType: 'user', objectId: user.id, agencyId: before.agency_id, summary: { changes, own: true } });
      }
      return this.profile(db, user.id);
    });
  }

  /**
   * The current password proves it is the person (a session left open on a shared office PC is
   * not enough); the new one must meet the rule and differ from it. Clears "must change password"
   * and ends every other session of the user: this browser stays signed in.
   */
  async changePassword(user: CurrentUser, sessionId: string | undefined, body: ChangePasswordDto): Promise<void> {
    const hash = await this.users.findPasswordHash(this.dataSource.manager, user.id);
    if (!(await this.passwords.verify(hash, body.currentPassword))) {
      throw new AppException('VALIDATION_FAILED', 'The current password is not right.', [
        { field: 'currentPassword', constraints: { matches: 'currentPassword is not the current password' } },
      ] satisfies FieldError[]);
    }
    const problems = passwordProblems(body.newPassword, { login: user.login });
    const details: FieldError[] = [];
    if (problems.length > 0) {
      details.push({ field: 'newPassword', constraints: Object.fromEntries(problems.map((p) => [p, PROBLEM_MESSAGES[p]])) });
    } else if (await this.passwords.verify(hash, body.newPassword)) {
      details.push({ field: 'newPassword', constraints: { differentFromCurrent: 'newPassword must differ from the current password' } });
    }
    if (details.length > 0) throw new AppException('VALIDATION_FAILED', 'The new password does not meet the password rule.', details);

    const newHash = await this.passwords.hash(body.newPassword);
    await this.dataSource.transaction(async (db) => {
      const before = await this.users.lockAccount(db, user.id);
      if (!before) throw new AppException('NOT_FOUND', 'No such user.');
      await this.users.setPassword(db, user.id, newHash, false);
      const sessionsEnded = await this.auth.endSessionsOf(db, user.id, sessionId ?? null);
      await this.audit.record(db, user, {
        action: 'user.password_changed',
        objectType: 'user',
        objectId: user.id,
        agencyId: before.agency_id,
        summary: { sessionsEnded, wasTemporary: before.must_change_password },
      });
    });
    // This session's remembered "must change password" goes too.
    this.auth.forgetUser(user.id);
  }

  private async profile(db: EntityManager, id: string): Promise<Profile> {
    const row = await this.users.findAccount(db, id);
    if (!row) throw new AppException('NOT_FOUND', 'No such user.');
    return toProfile(toUserAccount(row));
  }
}
