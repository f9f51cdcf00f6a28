import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  importPlanIsEmpty,
  planDirectoryImport,
  readImportWorkbook,
  toLocalDate,
  type CurrentUser,
  type DirectoryImportPlan,
  type DirectoryImportRefusal,
  type DirectoryImportResult,
  type DirectoryImportReview,
  type ImportProblem,
  type ImportRows,
  type IssuedImportPassword,
} from '@giao-ban/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '../../common/clock/clock.js';
import { AppException } from '../../common/errors/app-exception.js';
import { AgenciesService, isUniqueViolation } from '../agencies/agencies.service.js';
import { AuditService } from '../audit/audit.service.js';
import { AuthService } from '../auth/auth.service.js';
import { PasswordHasher } from '../auth/password-hasher.js';
import { generateTemporaryPassword } from '../users/temporary-password.js';
import { UsersRepository } from '../users/users.repository.js';
import { DirectoryImportRepository } from './directory-import.repository.js';
import { writeImportTemplate } from './import-template.writer.js';
import { readWorkbookGrids } from './import-workbook.reader.js';

/** A file multer has streamed to disk (see DirectoryImportModule). */
export interface UploadedWorkbook {
  originalname: string;
  size: number;
  path: string;
}

const refuse = (problems: ImportProblem[]) =>
  new AppException('IMPORT_INVALID', `The file cannot be imported: ${problems.length} problem(s); nothing was written.`, {
    problems,
  } satisfies DirectoryImportRefusal);

/**
 * The administrator's import of units and accounts from the .xlsx template (issue #11). The rules
 * are libs/shared's (readImportWorkbook, planDirectoryImport); this reads the file, compares it with
 * the database, and applies a valid file in one transaction: every unit and account change audited
 * as the units and users screens audit it, plus one event for the import as a whole. Stateless: the
 * apply request sends the file again and it is checked again, against the data as it then is.
 */
@Injectable()
export class DirectoryImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: DirectoryImportRepository,
    private readonly agencies: AgenciesService,
    private readonly users: UsersRepository,
    private readonly auth: AuthService,
    private readonly passwords: PasswordHasher,
    private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async template(): Promise<{ buffer: Buffer; fileName: string }> {
    const db = this.dataSource.manager;
    const buffer = await writeImportTemplate(await this.repository.activeUnits(db), await this.repository.templateAccounts(db));
    return { buffer, fileName: `nhap-don-vi-nguoi-dung-${toLocalDate(this.clock.now()).replaceAll('-', '')}.xlsx` };
  }

  async dryRun(actor: CurrentUser, file: UploadedWorkbook | undefined): Promise<DirectoryImportReview> {
    const { rows, problems: fileProblems } = await this.readUpload(file);
    const { plan, problems } = await this.plan(this.dataSource.manager, actor, rows, false);
    const all = [...fileProblems, ...problems];
    return { valid: all.length === 0, plan, problems: all };
  }

  async apply(actor: CurrentUser, file: UploadedWorkbook | undefined): Promise<DirectoryImportResult> {
    const { rows, problems: fileProblems } = await this.readUpload(file);
    if (fileProblems.length) throw refuse(fileProblems);
    // Hashing is slow on purpose: the new accounts' passwords are made before the transaction opens.
    const expected = await this.plan(this.dataSource.manager, actor, rows, false);
    if (expected.problems.length) throw refuse(expected.problems);
    const issued = new Map<string, { password: string; hash: string }>();
    for (const { login } of expected.plan.users.create) issued.set(login, await this.issue());

    const importId = randomUUID();
    const touchedUsers: string[] = [];
    const result = await this.dataSource
      .transaction(async (db) => {
        await this.repository.takeImportLock(db);
        // Planned again on the rows as they now are, locked: what is applied is what was checked.
        const { plan, problems } = await this.plan(db, actor, rows, true);
        if (problems.length) throw refuse(problems);
        if (importPlanIsEmpty(plan)) return { plan, temporaryPasswords: [] };
        const temporaryPasswords = await this.write(db, actor, plan, importId, issued, touchedUsers);
        await this.audit.record(db, actor, {
          action: 'directory.imported',
          objectType: 'directory_import',
          objectId: importId,
          summary: {
            fileName: file!.originalname,
            unitsCreated: plan.units.create.length,
            unitsChanged: plan.units.change.length,
            usersCreated: plan.users.create.length,
            usersChanged: plan.users.change.length,
          },
        });
        return { plan, temporaryPasswords };
      })
      .catch((error: unknown) => {
        // An administrator created the same code or login between the check and the write.
        if (isUniqueViolation(error)) throw new AppException('CONFLICT', 'A unit or an account of the file was created meanwhile; check the file again.');
        throw error;
      });
    // New roles, units and locks reach the people's open sessions from their next request.
    for (const id of touchedUsers) this.auth.forgetUser(id);
    return result;
  }

  private async plan(db: EntityManager, actor: CurrentUser, rows: ImportRows, lock: boolean) {
    const units = await this.repository.allUnits(db, lock);
    const accounts = await this.repository.allAccounts(db, lock);
    return planDirectoryImport(rows, { units, accounts, actorId: actor.id });
  }

  /** The rows of the uploaded workbook; the upload is removed from the disk whatever happens. */
  private async readUpload(file: UploadedWorkbook | undefined): Promise<ReturnType<typeof readImportWorkbook>> {
    if (!file) {
      throw new AppException('VALIDATION_FAILED', 'Choose the .xlsx file to import.', [{ field: 'file', constraints: { required: 'A file is required.' } }]);
    }
    try {
      return readImportWorkbook(await readWorkbookGrids(file.path, file.size));
    } finally {
      await rm(file.path, { force: true });
    }
  }

  /** Units first (accounts may name the new ones), then accounts; each change audited with the import's id. */
  private async write(
    db: EntityManager,
    actor: CurrentUser,
    plan: DirectoryImportPlan,
    importId: string,
    issued: Map<string, { password: string; hash: string }>,
    touchedUsers: string[],
  ): Promise<IssuedImportPassword[]> {
    const context = { importId };
    for (const { code, fields } of plan.units.create) await this.agencies.createIn(db, actor, { code, ...fields }, 'code', context);
    for (const { id, changes } of plan.units.change) {
      await this.agencies.updateIn(db, actor, id, Object.fromEntries(Object.entries(changes).map(([field, change]) => [field, change.to])), context);
    }
    const unitIds = new Map((await this.repository.allUnits(db, false)).map((u) => [u.code.toUpperCase(), u.id]));
    const unitId = (code: string | null) => (code === null ? null : unitIds.get(code)!);

    const temporaryPasswords: IssuedImportPassword[] = [];
    for (const { login, fields } of plan.users.create) {
      const password = issued.get(login) ?? (await this.issue());
      const account = { fullName: fields.fullName, email: fields.email, phone: fields.phone, role: fields.role, agencyId: unitId(fields.unitCode) };
      const id = await this.users.insertAccount(db, login, account, password.hash);
      await this.audit.record(db, actor, {
        action: 'user.created',
        objectType: 'user',
        objectId: id,
        agencyId: account.agencyId,
        summary: { login, fullName: account.fullName, role: account.role, agencyId: account.agencyId, ...context },
      });
      temporaryPasswords.push({ login, fullName: fields.fullName, unitName: fields.unitCode ? plan.unitNames[fields.unitCode]! : null, temporaryPassword: password.password });
    }

    for (const { id, changes } of plan.users.change) {
      const before = (await this.users.lockAccount(db, id))!;
      const { active, unitCode, ...rest } = changes;
      const next = {
        fullName: rest.fullName?.to ?? before.full_name,
        email: rest.email ? rest.email.to : before.email,
        phone: rest.phone ? rest.phone.to : before.phone,
        role: rest.role?.to ?? before.role,
        agencyId: unitCode ? unitId(unitCode.to) : before.agency_id,
      };
      if (Object.keys(rest).length || unitCode) {
        await this.users.updateAccount(db, id, next);
        const audited: Record<string, { from: unknown; to: unknown }> = { ...rest };
        if (unitCode) audited.agencyId = { from: before.agency_id, to: next.agencyId };
        await this.audit.record(db, actor, { action: 'user.updated', objectType: 'user', objectId: id, agencyId: next.agencyId, summary: { changes: audited, ...context } });
      }
      if (active) {
        await this.users.setActive(db, id, active.to);
        const sessionsEnded = active.to ? 0 : await this.auth.endSessionsOf(db, id);
        await this.audit.record(db, actor, {
          action: active.to ? 'user.activated' : 'user.deactivated',
          objectType: 'user',
          objectId: id,
          agencyId: next.agencyId,
          summary: active.to ? context : { sessionsEnded, ...context },
        });
      }
      touchedUsers.push(id);
    }
    return temporaryPasswords;
  }

  private async issue(): Promise<{ password: string; hash: string }> {
    const password = generateTemporaryPassword();
    return { password, hash: await this.passwords.hash(password) };
  }
}
