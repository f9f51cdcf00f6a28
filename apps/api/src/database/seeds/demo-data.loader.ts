import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AgenciesRepository } from '../../modules/agencies/agencies.repository.js';
import { AgencyEntity } from '../../modules/agencies/agency.entity.js';
import { PasswordHasher } from '../../modules/auth/password-hasher.js';
import { GENERAL_SECTION_KEYS, type CurrentUser } from '@giao-ban/shared';
import type { Clock } from '../../common/clock/clock.js';
import { FILE_STORAGE, type FileStorage } from '../../common/storage/file-storage.js';
import { AuditEventsRepository } from '../../modules/audit/audit-events.repository.js';
import { AuditService } from '../../modules/audit/audit.service.js';
import { NotificationsService } from '../../modules/notifications/notifications.service.js';
import { DeadlinesRepository } from '../../modules/deadlines/deadlines.repository.js';
import { DeadlinesService } from '../../modules/deadlines/deadlines.service.js';
import { PeriodLifecycleService } from '../../modules/periods/period-lifecycle.service.js';
import { PeriodsRepository } from '../../modules/periods/periods.repository.js';
import { PeriodsService } from '../../modules/periods/periods.service.js';
import { ReportingPeriodEntity } from '../../modules/periods/reporting-period.entity.js';
import { TaskGroupEntity } from '../../modules/periods/task-group.entity.js';
import { TaskGroupsRepository } from '../../modules/periods/task-groups.repository.js';
import { TaskGroupsService } from '../../modules/periods/task-groups.service.js';
import { ReportsRepository } from '../../modules/reports/reports.repository.js';
import { ReportsService } from '../../modules/reports/reports.service.js';
import { SectionSaveBatcher } from '../../modules/reports/section-save.batcher.js';
import { ReviewService } from '../../modules/reports/review.service.js';
import { UserEntity } from '../../modules/users/user.entity.js';
import { toCurrentUser } from '../../modules/users/user.mapper.js';
import { DEMO_AGENCIES, DEMO_PASSWORD, DEMO_PERIOD, DEMO_USERS, demoEmail } from './demo-data.js';
import { DEMO_OFFICE_OPENED_AT, DEMO_REPORTS } from './demo-reports.js';
import { loadDemoBulletins } from './demo-bulletins.js';

/** The demo's own clock: December 2021, moved step by step as the story goes. */
class DemoClock implements Clock {
  private current = new Date();
  set(instant: string): void {
    this.current = new Date(instant);
  }
  now(): Date {
    return new Date(this.current);
  }
}

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
    private readonly notifications: NotificationsService,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
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
    });
    await this.loadPeriod();
    // The July 2021 issues of the bulletin, on their own dates.
    await loadDemoBulletins(this.dataSource, this.storage, new DemoClock(), await this.actors(), this.notifications);
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
          email: demoEmail(u.login),
          passwordHash,
        })),
      )
      .orIgnore()
      .execute();
  }

  /**
   * The demo period is created, opened and lived through by the application's own services, on a
   * clock set to the dates of December 2021, so its reports, versions and audit trail are real.
   * Skipped when the period exists (that is what makes loading twice change nothing).
   */
  private async loadPeriod(): Promise<void> {
    const { taskGroups, ...period } = DEMO_PERIOD;
    const exists = await this.dataSource
      .getRepository(ReportingPeriodEntity)
      .existsBy({ kind: period.kind, year: period.year, sequence: period.sequence });
    if (exists) return;

    const clock = new DemoClock();
    const audit = new AuditService(clock, new AuditEventsRepository());
    // The demo's people find in their bell what the story told them, on the story's dates.
    const demoNotifications = this.notifications.withClock(clock);
    const deadlines = new DeadlinesService(this.dataSource, new DeadlinesRepository(), audit, clock);
    const periodsRepository = new PeriodsRepository(this.dataSource.getRepository(ReportingPeriodEntity), this.dataSource.getRepository(TaskGroupEntity));
    const periods = new PeriodsService(periodsRepository);
    const taskGroupsService = new TaskGroupsService(this.dataSource, periods, periodsRepository, new TaskGroupsRepository(), audit);
    const lifecycle = new PeriodLifecycleService(this.dataSource, periods, periodsRepository, audit, deadlines, demoNotifications, clock, taskGroupsService);
    const repository = new ReportsRepository();
    const reports = new ReportsService(this.dataSource, repository, new SectionSaveBatcher(this.dataSource, repository), audit, clock, new AgenciesRepository(), demoNotifications);
    const review = new ReviewService(this.dataSource, reports, repository, audit, clock, deadlines, demoNotifications);
    const actor = await this.actors();
    const office = actor('vanphong');

    clock.set(DEMO_OFFICE_OPENED_AT);
    const created = await lifecycle.create(office, { ...period, requiresHeadApproval: false, shiftDueDateToWorkingDay: true });
    for (const group of taskGroups) {
      await taskGroupsService.add(office, created.id, {
        title: group.title,
        shortName: group.shortName,
        guidance: group.guidance,
        indicators: group.indicators.map((i) => ({ ...i, integerOnly: true })),
      });
    }
    const agencies = await this.dataSource.getRepository(AgencyEntity).find({ where: { isStandingOffice: false }, order: { displayOrder: 'ASC' } });
    await lifecycle.setAgencies(office, created.id, agencies.map((a) => a.id));
    await lifecycle.open(office, created.id);

    const board = await reports.reviewBoard(office, created.id);
    for (const demo of DEMO_REPORTS) {
      const agency = agencies.find((a) => a.code === demo.agencyCode)!;
      const reportId = board.items.find((r) => r.agencyId === agency.id)!.reportId;
      const reporter = actor(DEMO_AGENCIES.find((a) => a.code === demo.agencyCode)!.reporterLogin!);
      const report = await reports.detail(office, reportId);
      const groupSection = (ordinal: number) => report.sections.find((s) => s.taskGroup?.ordinal === ordinal)!;

      clock.set('2021-11-22T08:30:00+07:00');
      for (const [ordinal, content] of Object.entries(demo.groups)) {
        if (content.status === 'not_applicable') {
          await review.setApplicability(office, reportId, groupSection(Number(ordinal)).id, false);
        }
      }
      clock.set('2021-12-10T09:00:00+07:00');
      for (const [ordinal, content] of Object.entries(demo.groups)) {
        if (content.status === 'not_applicable') continue;
        // Nobody has touched these sections yet: the versions read once above are still current.
        const section = groupSection(Number(ordinal));
        await reports.saveSection(reporter, reportId, section.id, {
          version: section.version,
          text: content.text,
          status: content.status,
          indicatorValues: section.indicatorValues.map((v, i) => ({ indicatorId: v.indicatorId, value: content.values?.[i] ?? null })),
        });
      }
      for (const key of GENERAL_SECTION_KEYS) {
        const text = demo.general[key];
        const section = report.sections.find((s) => s.generalKey === key)!;
        if (text) await reports.saveSection(reporter, reportId, section.id, { version: section.version, text });
      }

      const outcome = demo.outcome;
      if (outcome.kind === 'missing') continue;
      clock.set(outcome.submittedAt);
      await reports.submit(reporter, reportId);
      if (outcome.kind === 'accepted') {
        clock.set(outcome.acceptedAt);
        await review.accept(office, reportId);
      } else if (outcome.kind === 'returned') {
        clock.set(outcome.returnedAt);
        await review.returnForRevision(office, reportId, {
          sectionIds: [groupSection(outcome.returnedGroup).id],
          reason: outcome.reason,
          revisionDueDate: outcome.revisionDueDate,
        });
      }
    }
  }

  private async actors(): Promise<(login: string) => CurrentUser> {
    const users = await this.dataSource.getRepository(UserEntity).find({ relations: { agency: true } });
    return (login) => toCurrentUser(users.find((u) => u.login === login)!);
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
