import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  decideReportAction,
  decideSectionEdit,
  isAgencyRole,
  isEditableReportState,
  isTakingSubmissions,
  isSubmittedOnTime,
  daysLeft,
  toLocalDate,
  type Attachment,
  type AuditEvent,
  type CurrentUser,
  type FieldError,
  type MyReportRow,
  type Page,
  type ReportAction,
  type ReportDetail,
  type ReportPermissions,
  type ReportSectionDetail,
  type PeriodState,
  type ReportState,
  type ReviewBoardRow,
  type ReviewNote,
  type Role,
} from '@giao-ban/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '../../common/clock/clock.js';
import { AppException } from '../../common/errors/app-exception.js';
import { ownAgencyOf, readableAgenciesOf } from '../../common/scope/scope.js';
import { AgenciesRepository } from '../agencies/agencies.repository.js';
import { AuditService } from '../audit/audit.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import type { AgencyReportEntity } from './agency-report.entity.js';
import type { AddNoteDto, SaveSectionDto } from './dto/report-requests.dto.js';
import { reportDueDate, reportStandingOf, timelinessOf, toReviewBoardRow, toSectionDetail, toVersionSection } from './report.mapper.js';
import { ReportsRepository, type SaveFacts } from './reports.repository.js';
import { SectionSaveBatcher } from './section-save.batcher.js';

/** What the state machine looks at; an AgencyReportEntity with its period is one. */
interface ReportFacts {
  state: ReportState;
  reopened: boolean;
  period?: { state: PeriodState; requiresHeadApproval: boolean };
}

function sectionDetailFromFacts(facts: SaveFacts): ReportSectionDetail {
  const values = new Map(facts.values.map((v) => [v.indicatorId, Number(v.value)]));
  const indicators = facts.indicators.map((i) => ({ ...i, target: i.target === null ? null : Number(i.target) }));
  return {
    id: facts.id,
    taskGroupId: facts.taskGroupId,
    generalKey: facts.generalKey,
    applicable: facts.applicable,
    status: facts.status,
    text: facts.text,
    indicatorValues: indicators.map((i) => ({ indicatorId: i.id, value: values.get(i.id) ?? null })),
    version: facts.version,
    returned: facts.returned,
    updatedAt: new Date(facts.updatedAt).toISOString(),
    taskGroup: facts.taskGroupId
      ? { id: facts.taskGroupId, ordinal: facts.ordinal!, title: facts.title!, guidance: facts.guidance, indicators }
      : null,
  };
}

/**
 * A unit's report: reading it (scoped), autosaving its sections, sending it for approval and
 * submitting it as a new immutable version. The office's review actions are in ReviewService.
 */
@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reports: ReportsRepository,
    private readonly saves: SectionSaveBatcher,
    private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly agencies: AgenciesRepository,
    private readonly notifications: NotificationsService,
  ) {}

  // ——— scoping and the state machine, shared with ReviewService ———

  /**
   * The report if this user may act on it: an agency user only on its own unit's. A report of a
   * unit this one succeeded is 403 (its users read it, see loadReadable); any other unit's is 404,
   * like a missing one.
   */
  async loadVisible(db: EntityManager, user: CurrentUser, reportId: string, forUpdate = false): Promise<AgencyReportEntity> {
    const report = await this.reports.findWithPeriod(db, reportId, forUpdate);
    const own = ownAgencyOf(user);
    if (!report) throw new AppException('NOT_FOUND', 'No such report.');
    if (own !== null && report.agencyId !== own) throw await this.notOwn(db, own, report.agencyId);
    return report;
  }

  /**
   * The report if this user may read it: an agency user reads its own unit's and, as history, those
   * of the units its unit succeeded (merge, split). Another unit's report is 404, like a missing one.
   */
  async loadReadable(db: EntityManager, user: CurrentUser, reportId: string): Promise<AgencyReportEntity> {
    const report = await this.reports.findWithPeriod(db, reportId);
    const own = ownAgencyOf(user);
    if (!report || (own !== null && report.agencyId !== own && !(await this.agencies.predecessorsOf(db, own)).includes(report.agencyId))) {
      throw new AppException('NOT_FOUND', 'No such report.');
    }
    return report;
  }

  /** Why an agency user may not act on another unit's report: read-only history (403), or none of theirs (404). */
  private async notOwn(db: EntityManager, own: string, agencyId: string): Promise<AppException> {
    return (await this.agencies.predecessorsOf(db, own)).includes(agencyId)
      ? new AppException('FORBIDDEN', 'This report was filed by a unit yours succeeded: it is read-only history.')
      : new AppException('NOT_FOUND', 'No such report.');
  }

  decide(report: ReportFacts, action: ReportAction, role: Role): ReportState {
    const decision = decideReportAction(report.state, action, {
      role,
      requiresHeadApproval: report.period!.requiresHeadApproval,
      acceptingSubmissions: isTakingSubmissions(report.period!.state, report.reopened),
    });
    if (!decision.allowed) throw new AppException(decision.code, decision.reason);
    return decision.next;
  }

  private can(report: AgencyReportEntity, action: ReportAction, role: Role): boolean {
    try {
      this.decide(report, action, role);
      return true;
    } catch {
      return false;
    }
  }

  // ——— reading ———

  /** The unit's reports and, read-only, those of the units it succeeded (their names as filed). */
  async listMine(user: CurrentUser): Promise<Page<MyReportRow>> {
    const agencyId = ownAgencyOf(user);
    if (!agencyId) throw new AppException('FORBIDDEN', 'Only member units have reports of their own.');
    const now = this.clock.now();
    const readable = (await this.readableAgencies(user))!;
    const rows = await this.reports.findByAgenciesNewestFirst(this.dataSource.manager, readable);
    const returned = await this.reports.countReturnedSections(this.dataSource.manager, rows.map((r) => r.id));
    const items = rows.map((report): MyReportRow => {
      const timeliness = timelinessOf(report, now);
      const submitted = report.firstSubmittedAt !== null;
      return {
        reportId: report.id,
        agencyId: report.agencyId,
        agencyName: report.agencyName,
        fromPredecessor: report.agencyId !== agencyId,
        periodId: report.periodId,
        periodTitle: report.period!.title,
        periodKind: report.period!.kind,
        periodState: report.period!.state,
        effectiveDueDate: timeliness.effectiveDueDate,
        state: report.state,
        daysLeft: submitted ? null : daysLeft(timeliness.effectiveDueDate, now),
        daysLate: timeliness.daysLate,
        submissionStatus: timeliness.submissionStatus,
        deadline: timeliness.deadline,
        lastSubmittedAt: report.lastSubmittedAt?.toISOString() ?? null,
        versionNumber: report.versionNumber,
        revisionDueDate: report.revisionDueDate,
        returnedSectionCount: returned.get(report.id) ?? 0,
      };
    });
    return { items, total: items.length, page: 1, pageSize: Math.max(items.length, 1) };
  }

  async reviewBoard(user: CurrentUser, periodId: string): Promise<Page<ReviewBoardRow>> {
    const period = await this.reports.findPeriod(this.dataSource.manager, periodId);
    if (!period || (isAgencyRole(user.role) && period.state === 'draft')) {
      throw new AppException('NOT_FOUND', 'No such reporting period.');
    }
    const rows = await this.reports.findByPeriodInAgencyOrder(this.dataSource.manager, periodId, await this.readableAgencies(user));
    const now = this.clock.now();
    const reminded = await this.reports.findLastReminderTimes(this.dataSource.manager, rows.map((r) => r.id));
    const items = rows.map((r) => toReviewBoardRow(r, now, reminded.get(r.id) ?? null));
    return { items, total: items.length, page: 1, pageSize: Math.max(items.length, 1) };
  }

  private readableAgencies(user: CurrentUser): Promise<string[] | null> {
    return readableAgenciesOf(user, (own) => this.agencies.predecessorsOf(this.dataSource.manager, own));
  }

  async detail(user: CurrentUser, reportId: string, db: EntityManager = this.dataSource.manager): Promise<ReportDetail> {
    const report = await this.loadReadable(db, user, reportId);
    const sections = await this.reports.findSectionsInOrder(db, report.id);
    const period = report.period!;
    return {
      id: report.id,
      period: {
        id: period.id,
        title: period.title,
        state: period.state,
        dueDate: period.dueDate,
        cutOffFrom: period.cutOffFrom,
        cutOffTo: period.cutOffTo,
        requiresHeadApproval: period.requiresHeadApproval,
      },
      agency: { id: report.agencyId, name: report.agencyName },
      ...reportStandingOf(report, this.clock.now()),
      extensionReason: report.extensionReason,
      revisionDueDate: report.revisionDueDate,
      returnReason: report.returnReason,
      reopened: report.reopened,
      sections: sections.map(toSectionDetail),
      notes: await this.notesOf(db, report.id),
      attachments: await this.attachmentsOf(db, report.id),
      permissions: this.permissionsOf(report, user),
    };
  }

  private permissionsOf(report: AgencyReportEntity, user: CurrentUser): ReportPermissions {
    const role = user.role;
    const office = role === 'office';
    const unit = isAgencyRole(role);
    // A predecessor's report is read-only history for the successor's users.
    if (unit && report.agencyId !== ownAgencyOf(user)) return READ_ONLY;
    return {
      canEdit: this.can(report, 'edit', role),
      canRequestApproval: this.can(report, 'request_approval', role),
      canSendBack: this.can(report, 'send_back_to_draft', role),
      canSubmit: this.can(report, 'submit', role),
      canReview: this.can(report, 'accept', role),
      canReopen: this.can(report, 'reopen', role),
      canExtend: office && report.firstSubmittedAt === null,
      canSetApplicability: office && isEditableReportState(report.state),
      canComment: office || unit,
      canReadAudit: office || role === 'admin',
    };
  }

  attachmentsOf(db: EntityManager, reportId: string): Promise<Attachment[]> {
    return this.reports.findAttachmentsInUploadOrder(db, reportId);
  }

  private notesOf(db: EntityManager, reportId: string): Promise<ReviewNote[]> {
    return this.reports.findNotesInOrder(db, reportId);
  }

  // ——— the unit's work ———

  /**
   * The autosave — the hottest path of the product: the session (remembered for a few seconds),
   * the facts the decision needs (remembered from the section's previous save, else one read) and
   * one guarded write statement; reads and writes are shared with the other saves in flight
   * (SectionSaveBatcher). A stale version gets 409 STALE_VERSION with the server's copy in
   * `details.server`.
   */
  async saveSection(user: CurrentUser, reportId: string, sectionId: string, body: SaveSectionDto, fresh = false): Promise<ReportSectionDetail> {
    const own = ownAgencyOf(user);
    // Facts remembered before the report moved to another unit (a merge) are no hint for this user.
    const recalled = fresh ? null : this.saves.rememberedFacts(reportId, sectionId, body.version);
    const remembered = recalled && (own === null || recalled.agencyId === own) ? recalled : null;
    const found = remembered ?? (await this.saves.factsOf(reportId, sectionId));
    if (found && found.reportId === reportId && own !== null && found.agencyId !== own) throw await this.notOwn(this.dataSource.manager, own, found.agencyId);
    const facts = this.assertEditable(user, found, body);
    if (!remembered && facts.version !== body.version) throw staleSection(facts);
    const status = facts.taskGroupId ? (body.status ?? null) : null;
    const indicatorValues = facts.taskGroupId && body.indicatorValues ? body.indicatorValues.map((v) => ({ indicatorId: v.indicatorId, value: v.value ?? null })) : null;
    const written = await this.saves.write({
      sectionId: facts.id,
      expectedVersion: body.version,
      expectedState: facts.reportState,
      text: body.text,
      status,
      indicatorValues,
      at: this.clock.now(),
      actor: user,
      periodId: facts.periodId,
      agencyId: facts.agencyId,
      auditSummary: { sectionId: facts.id, version: body.version + 1, characters: body.text.length, status },
    });
    if (!written) {
      this.saves.forget(sectionId);
      // The guard failed on something the decision stood on: the section (someone saved first),
      // or the report or period moving on — the office returned it, the period closed, or another
      // section's first save made it a draft. Decide once more on what the database says now: only
      // a change of the section itself is a conflict, anything else answers with its own error.
      if (!fresh) return this.saveSection(user, reportId, sectionId, body, true);
      throw staleSection(this.assertEditable(user, await this.saves.factsOf(reportId, sectionId), body));
    }
    const values = indicatorValues ? indicatorValues.filter((v): v is { indicatorId: string; value: number } => v.value !== null) : facts.values;
    const saved = { ...facts, text: body.text, status, version: written.version, updatedAt: written.updatedAt, values };
    this.saves.remember(saved);
    return sectionDetailFromFacts(saved);
  }

  /** The section's facts when this user may save this body on them; the reason why not otherwise. */
  private assertEditable(user: CurrentUser, facts: SaveFacts | null, body: SaveSectionDto): SaveFacts {
    const own = ownAgencyOf(user);
    if (!facts || (own !== null && facts.agencyId !== own)) throw new AppException('NOT_FOUND', 'No such report or section.');
    const decision = decideSectionEdit(
      {
        reportState: facts.reportState,
        periodState: facts.periodState,
        reopened: facts.reopened,
        requiresHeadApproval: facts.requiresHeadApproval,
        applicable: facts.applicable,
        sectionReturned: facts.returned,
      },
      user.role,
    );
    if (!decision.allowed) throw new AppException(decision.code, decision.reason);
    this.validateSectionValues(facts, body);
    return facts;
  }

  private validateSectionValues(section: SaveFacts, body: SaveSectionDto): void {
    const errors: FieldError[] = [];
    if (!section.taskGroupId && body.status) {
      errors.push({ field: 'status', constraints: { generalSection: 'A general section has no task status.' } });
    }
    const indicators = new Map(section.indicators.map((i) => [i.id, i]));
    const seen = new Set<string>();
    (body.indicatorValues ?? []).forEach((v, index) => {
      const indicator = indicators.get(v.indicatorId);
      if (seen.has(v.indicatorId)) {
        errors.push({ field: `indicatorValues.${index}.indicatorId`, constraints: { unique: 'This indicator is given twice.' } });
      } else if (!indicator) {
        errors.push({ field: `indicatorValues.${index}.indicatorId`, constraints: { unknown: 'Not an indicator of this task group.' } });
      } else if (indicator.integerOnly && v.value !== null && v.value !== undefined && !Number.isInteger(v.value)) {
        errors.push({ field: `indicatorValues.${index}.value`, constraints: { isInt: `${indicator.name} is counted in whole ${indicator.unit}.` } });
      }
      seen.add(v.indicatorId);
    });
    if (errors.length) throw new AppException('VALIDATION_FAILED', 'The section has invalid fields.', errors);
  }

  async requestApproval(user: CurrentUser, reportId: string): Promise<ReportDetail> {
    return this.transition(user, reportId, 'request_approval', 'report.approval_requested');
  }

  async sendBackToDraft(user: CurrentUser, reportId: string): Promise<ReportDetail> {
    return this.transition(user, reportId, 'send_back_to_draft', 'report.sent_back_to_draft');
  }

  private async transition(user: CurrentUser, reportId: string, action: ReportAction, auditAction: string): Promise<ReportDetail> {
    return this.dataSource.transaction(async (db) => {
      const report = await this.loadVisible(db, user, reportId, true);
      const next = this.decide(report, action, user.role);
      await this.reports.setState(db, report.id, next);
      await this.audit.record(db, user, {
        action: auditAction,
        objectType: 'report',
        objectId: report.id,
        periodId: report.periodId,
        agencyId: report.agencyId,
        summary: { from: report.state, to: next },
      });
      return this.detail(user, report.id, db);
    });
  }

  /**
   * Freezes the report as a new numbered version. Timeliness of the first submission is judged
   * against the effective due date; a resubmission against the revision due date.
   */
  async submit(user: CurrentUser, reportId: string): Promise<ReportDetail> {
    return this.dataSource.transaction(async (db) => {
      const report = await this.loadVisible(db, user, reportId, true);
      const next = this.decide(report, 'submit', user.role);
      const sections = await this.reports.findSectionsInOrder(db, report.id);
      const missing = sections.filter((s) => s.taskGroupId && s.applicable && !s.status);
      if (missing.length) {
        throw new AppException(
          'VALIDATION_FAILED',
          'Every applicable task group needs its status before submission.',
          missing.map((s) => ({ field: `sections.${s.id}.status`, constraints: { required: 'Choose the task status.' } })),
        );
      }
      const now = this.clock.now();
      const due = reportDueDate(report);
      const resubmission = report.firstSubmittedAt !== null;
      const onTime = isSubmittedOnTime(now, resubmission && report.revisionDueDate ? report.revisionDueDate : due);
      const number = report.versionNumber + 1;
      await this.reports.insertVersion(db, {
        reportId: report.id,
        number,
        submittedAt: now,
        submittedBy: user.id,
        onTime,
        content: { sections: sections.map(toVersionSection) },
      });
      const approvedByHead = report.period!.requiresHeadApproval && user.role === 'agency_head';
      await this.reports.markSubmitted(db, { reportId: report.id, state: next, at: now, versionNumber: number, approvedBy: approvedByHead ? user.id : null });
      await this.reports.clearReturnedSections(db, report.id);
      await this.reports.freezeSubmittedFigures(db, report.id);
      await this.audit.record(db, user, {
        action: approvedByHead ? 'report.approved_and_submitted' : 'report.submitted',
        objectType: 'report',
        objectId: report.id,
        periodId: report.periodId,
        agencyId: report.agencyId,
        summary: { from: report.state, to: next, version: number, onTime, localDate: toLocalDate(now) },
      });
      await this.notifications.reportSubmitted(db, report.id);
      return this.detail(user, report.id, db);
    });
  }

  async addNote(user: CurrentUser, reportId: string, body: AddNoteDto): Promise<ReviewNote> {
    if (user.role !== 'office' && !isAgencyRole(user.role)) {
      throw new AppException('FORBIDDEN', 'Only the office and the unit write notes on a report.');
    }
    return this.dataSource.transaction(async (db) => {
      const report = await this.loadVisible(db, user, reportId);
      if (body.sectionId && !(await this.reports.findSection(db, report.id, body.sectionId))) {
        throw new AppException('NOT_FOUND', 'No such section in this report.');
      }
      if (body.parentId) {
        const parent = await this.reports.findNote(db, report.id, body.parentId);
        if (!parent) throw new AppException('NOT_FOUND', 'No such note in this report.');
      }
      const note = await this.reports.insertNote(db, {
        reportId: report.id,
        sectionId: body.sectionId ?? null,
        parentId: body.parentId ?? null,
        authorId: user.id,
        body: body.body,
        createdAt: this.clock.now(),
      });
      await this.audit.record(db, user, {
        action: 'report.note_added',
        objectType: 'report',
        objectId: report.id,
        periodId: report.periodId,
        agencyId: report.agencyId,
        summary: { noteId: note.id, sectionId: note.sectionId, parentId: note.parentId },
      });
      return (await this.notesOf(db, report.id)).find((n) => n.id === note.id)!;
    });
  }

  async history(user: CurrentUser, reportId: string): Promise<AuditEvent[]> {
    if (user.role !== 'office' && user.role !== 'admin') {
      throw new AppException('FORBIDDEN', 'Only the office and the administrator read the history.');
    }
    const report = await this.loadReadable(this.dataSource.manager, user, reportId);
    return this.audit.historyOf(this.dataSource.manager, [report.id]);
  }
}

const READ_ONLY: ReportPermissions = {
  canEdit: false,
  canRequestApproval: false,
  canSendBack: false,
  canSubmit: false,
  canReview: false,
  canReopen: false,
  canExtend: false,
  canSetApplicability: false,
  canComment: false,
  canReadAudit: false,
};

function staleSection(current: SaveFacts): AppException {
  return new AppException('STALE_VERSION', 'Someone saved this section in the meantime.', { server: sectionDetailFromFacts(current) });
}
