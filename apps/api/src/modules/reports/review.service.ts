import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  isEditableReportState,
  toLocalDate,
  type CurrentUser,
  type ReportDetail,
  type ReportSectionDetail,
  type ReportVersionContent,
  type ReportVersionSummary,
  type VersionComparison,
} from '@giao-ban/shared';
import { diffWords } from 'diff';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '../../common/clock/clock.js';
import { AppException } from '../../common/errors/app-exception.js';
import { AuditService } from '../audit/audit.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { DeadlinesService } from '../deadlines/deadlines.service.js';
import type { GrantExtensionDto, ReopenReportDto, ReturnReportDto } from './dto/report-requests.dto.js';
import { toSectionDetail } from './report.mapper.js';
import { ReportsRepository } from './reports.repository.js';
import { ReportsService } from './reports.service.js';

/** The standing office's side of a report: return, accept, reopen, extend; versions and their diff. */
@Injectable()
export class ReviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reports: ReportsService,
    private readonly repository: ReportsRepository,
    private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly deadlines: DeadlinesService,
    private readonly notifications: NotificationsService,
  ) {}

  /** Sends chosen sections (or, with none chosen, the whole report) back with a reason and a date. */
  async returnForRevision(user: CurrentUser, reportId: string, body: ReturnReportDto): Promise<ReportDetail> {
    return this.dataSource.transaction(async (db) => {
      const report = await this.reports.loadVisible(db, user, reportId, true);
      const next = this.reports.decide(report, 'return', user.role);
      if (body.revisionDueDate < toLocalDate(this.clock.now())) {
        throw new AppException('VALIDATION_FAILED', 'The revision due date is in the past.', [
          { field: 'revisionDueDate', constraints: { notPast: 'The revision due date cannot be in the past.' } },
        ]);
      }
      const sections = await this.repository.findSectionsInOrder(db, report.id);
      const known = new Set(sections.map((s) => s.id));
      const unknown = body.sectionIds.filter((id) => !known.has(id));
      if (unknown.length) throw new AppException('NOT_FOUND', 'No such section in this report.', { sectionIds: unknown });
      const chosen = body.sectionIds.length ? body.sectionIds : sections.filter((s) => s.applicable).map((s) => s.id);
      await this.repository.markReturnedSections(db, report.id, chosen);
      await this.repository.markReturned(db, { reportId: report.id, state: next, revisionDueDate: body.revisionDueDate, reason: body.reason });
      await this.repository.insertNote(db, {
        reportId: report.id,
        sectionId: chosen.length === 1 ? chosen[0] : null,
        parentId: null,
        authorId: user.id,
        body: body.reason,
        createdAt: this.clock.now(),
      });
      await this.audit.record(db, user, {
        action: 'report.returned',
        objectType: 'report',
        objectId: report.id,
        periodId: report.periodId,
        agencyId: report.agencyId,
        summary: { from: report.state, to: next, sectionIds: chosen, reason: body.reason, revisionDueDate: body.revisionDueDate },
      });
      await this.notifications.reportReturned(db, report.id);
      return this.reports.detail(user, report.id, db);
    });
  }

  async accept(user: CurrentUser, reportId: string): Promise<ReportDetail> {
    return this.dataSource.transaction(async (db) => {
      const report = await this.reports.loadVisible(db, user, reportId, true);
      const next = this.reports.decide(report, 'accept', user.role);
      await this.repository.markAccepted(db, { reportId: report.id, state: next, at: this.clock.now(), acceptedBy: user.id });
      await this.audit.record(db, user, {
        action: 'report.accepted',
        objectType: 'report',
        objectId: report.id,
        periodId: report.periodId,
        agencyId: report.agencyId,
        summary: { from: report.state, to: next, version: report.versionNumber },
      });
      await this.notifications.reportAccepted(db, report.id);
      return this.reports.detail(user, report.id, db);
    });
  }

  /** Opens one unit's report again — also in a closed period — with a reason. */
  async reopen(user: CurrentUser, reportId: string, body: ReopenReportDto): Promise<ReportDetail> {
    return this.dataSource.transaction(async (db) => {
      const report = await this.reports.loadVisible(db, user, reportId, true);
      const next = this.reports.decide(report, 'reopen', user.role);
      await this.repository.markApplicableSectionsReturned(db, report.id);
      await this.repository.markReopened(db, { reportId: report.id, state: next, reason: body.reason });
      await this.audit.record(db, user, {
        action: 'report.reopened',
        objectType: 'report',
        objectId: report.id,
        periodId: report.periodId,
        agencyId: report.agencyId,
        summary: { from: report.state, to: next, reason: body.reason, periodState: report.period!.state },
      });
      return this.reports.detail(user, report.id, db);
    });
  }

  async grantExtension(user: CurrentUser, reportId: string, body: GrantExtensionDto): Promise<ReportDetail> {
    this.requireOffice(user);
    return this.dataSource.transaction(async (db) => {
      const report = await this.reports.loadVisible(db, user, reportId, true);
      if (report.firstSubmittedAt) throw new AppException('ILLEGAL_TRANSITION', 'The report was already submitted.');
      // A Saturday or a holiday moves to the next working day, as the period's own due date does.
      const extension = await this.deadlines.settleExtension(
        db,
        { periodDueDate: report.period!.dueDate, unitDueDate: report.unitDueDate, rollOver: report.period!.shiftDueDateToWorkingDay },
        body.dueDate,
      );
      await this.repository.setExtension(db, report.id, extension.dueDate, body.reason);
      await this.audit.record(db, user, {
        action: 'report.extension_granted',
        objectType: 'report',
        objectId: report.id,
        periodId: report.periodId,
        agencyId: report.agencyId,
        summary: {
          before: report.extendedDueDate ?? report.unitDueDate ?? report.period!.dueDate,
          after: extension.dueDate,
          ...(extension.rolledOver ? { requested: body.dueDate } : {}),
          reason: body.reason,
        },
      });
      await this.notifications.extensionGranted(db, report.id);
      return this.reports.detail(user, report.id, db);
    });
  }

  /** The office marks a task group "not applicable" to a unit: it leaves every rate's denominator. */
  async setApplicability(user: CurrentUser, reportId: string, sectionId: string, applicable: boolean): Promise<ReportSectionDetail> {
    this.requireOffice(user);
    return this.dataSource.transaction(async (db) => {
      const report = await this.reports.loadVisible(db, user, reportId, true);
      if (!isEditableReportState(report.state)) {
        throw new AppException('ILLEGAL_TRANSITION', `A ${report.state} report is frozen.`);
      }
      const section = await this.repository.findSection(db, report.id, sectionId);
      if (!section || !section.taskGroupId) throw new AppException('NOT_FOUND', 'No such task group section in this report.');
      await this.repository.setSectionApplicability(db, {
        sectionId: section.id,
        applicable,
        at: this.clock.now(),
        actorId: user.id,
      });
      await this.audit.record(db, user, {
        action: 'report.applicability_set',
        objectType: 'report',
        objectId: report.id,
        periodId: report.periodId,
        agencyId: report.agencyId,
        summary: { sectionId: section.id, before: section.applicable, after: applicable },
      });
      return toSectionDetail((await this.repository.findSection(db, report.id, section.id))!);
    });
  }

  async versions(user: CurrentUser, reportId: string): Promise<ReportVersionSummary[]> {
    const report = await this.reports.loadReadable(this.dataSource.manager, user, reportId);
    return this.repository.findVersionSummaries(this.dataSource.manager, report.id);
  }

  async version(user: CurrentUser, reportId: string, number: number): Promise<ReportVersionContent> {
    const report = await this.reports.loadReadable(this.dataSource.manager, user, reportId);
    const version = await this.repository.findVersion(this.dataSource.manager, report.id, number);
    if (!version) throw new AppException('NOT_FOUND', 'No such version.');
    return { number: version.number, submittedAt: version.submittedAt.toISOString(), sections: version.content.sections };
  }

  /** Section by section, a word diff of two versions. */
  async compare(user: CurrentUser, reportId: string, from: number, to: number): Promise<VersionComparison> {
    const [a, b] = await Promise.all([this.version(user, reportId, from), this.version(user, reportId, to)]);
    const keys = [...new Set([...a.sections.map((s) => s.key), ...b.sections.map((s) => s.key)])];
    return {
      from,
      to,
      sections: keys.map((key) => {
        const before = a.sections.find((s) => s.key === key);
        const after = b.sections.find((s) => s.key === key);
        const render = (s: typeof before) =>
          s ? [s.text, ...s.indicatorValues.map((v) => `${v.name}: ${v.value ?? '—'} ${v.unit}`)].join('\n') : '';
        const diff = diffWords(render(before), render(after)).map((part) => ({
          value: part.value,
          ...(part.added ? { added: true } : {}),
          ...(part.removed ? { removed: true } : {}),
        }));
        return {
          key,
          title: (after ?? before)!.title,
          changed: diff.some((p) => p.added || p.removed) || before?.status !== after?.status,
          statusFrom: before?.status ?? null,
          statusTo: after?.status ?? null,
          diff,
        };
      }),
    };
  }

  private requireOffice(user: CurrentUser): void {
    if (user.role !== 'office') throw new AppException('FORBIDDEN', 'Only the standing office does this.');
  }
}
