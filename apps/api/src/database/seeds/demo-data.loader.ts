import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AgencyEntity } from '../../modules/agencies/agency.entity.js';
import { PasswordHasher } from '../../modules/auth/password-hasher.js';
import { IndicatorEntity } from '../../modules/periods/indicator.entity.js';
import { ReportingPeriodEntity } from '../../modules/periods/reporting-period.entity.js';
import { TaskGroupEntity } from '../../modules/periods/task-group.entity.js';
import { UserEntity } from '../../modules/users/user.entity.js';
import { DEMO_AGENCIES, DEMO_PASSWORD, DEMO_PERIOD, DEMO_USERS } from './demo-data.js';

/**
 * Loads the demo data. Every insert is keyed on a natural key and skips rows that exist, so loading
 * twice changes nothing — not even rows a demo user has edited since.
 */
@Injectable()
export class DemoDataLoader {
  private readonly logger = new Logger(DemoDataLoader.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordHasher,
  ) {}

  async isDatabaseEmpty(): Promise<boolean> {
    return (await this.dataSource.getRepository(AgencyEntity).count()) === 0;
  }

  async load(): Promise<void> {
    // All demo users share one password: hash it once (argon2id is deliberately slow).
    const passwordHash = await this.passwords.hash(DEMO_PASSWORD);
    await this.dataSource.transaction(async (db) => {
      const agencyIds = await this.loadAgencies(db);
      await this.loadUsers(db, agencyIds, passwordHash);
      await this.loadPeriod(db);
    });
    this.logger.log('Demo data loaded');
  }

  private async loadAgencies(db: EntityManager): Promise<Map<string, string>> {
    await db
      .createQueryBuilder()
      .insert()
      .into(AgencyEntity)
      .values(
        DEMO_AGENCIES.map((a) => ({
          code: a.code,
          name: a.name,
          shortName: a.shortName,
          kind: a.kind,
          displayOrder: a.displayOrder,
          isStandingOffice: a.isStandingOffice ?? false,
        })),
      )
      .orIgnore()
      .execute();
    const rows = await db.getRepository(AgencyEntity).find();
    return new Map(rows.map((r) => [r.code, r.id]));
  }

  private async loadUsers(db: EntityManager, agencyIds: Map<string, string>, passwordHash: string): Promise<void> {
    await db
      .createQueryBuilder()
      .insert()
      .into(UserEntity)
      .values(
        DEMO_USERS.map((u) => ({
          login: u.login,
          fullName: u.fullName,
          role: u.role,
          agencyId: u.agencyCode ? agencyIds.get(u.agencyCode)! : null,
          passwordHash,
        })),
      )
      .orIgnore()
      .execute();
  }

  private async loadPeriod(db: EntityManager): Promise<void> {
    const { taskGroups, ...period } = DEMO_PERIOD;
    const periods = db.getRepository(ReportingPeriodEntity);
    const existing = await periods.findOneBy({ kind: period.kind, year: period.year, sequence: period.sequence });
    if (existing) return;
    const saved = await periods.save(periods.create({ ...period, state: 'open', requiresHeadApproval: false }));
    for (const [index, group] of taskGroups.entries()) {
      const taskGroup = await db.getRepository(TaskGroupEntity).save({
        periodId: saved.id,
        ordinal: index + 1,
        title: group.title,
        guidance: group.guidance,
      });
      await db.getRepository(IndicatorEntity).insert(
        group.indicators.map((indicator, i) => ({
          taskGroupId: taskGroup.id,
          ordinal: i + 1,
          name: indicator.name,
          unit: indicator.unit,
          aggregation: indicator.aggregation,
          integerOnly: true,
          target: indicator.target === null ? null : String(indicator.target),
        })),
      );
    }
  }

  /** The first administrator of a production install (ADMIN_LOGIN / ADMIN_PASSWORD). */
  async ensureAdmin(login: string, password: string): Promise<boolean> {
    const result = await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(UserEntity)
      .values({
        login: login.trim().toLowerCase(),
        fullName: 'Quản trị hệ thống',
        role: 'admin',
        agencyId: null,
        passwordHash: await this.passwords.hash(password),
      })
      .orIgnore()
      .execute();
    return (result.identifiers?.filter(Boolean).length ?? 0) > 0;
  }
}
