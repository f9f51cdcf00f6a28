import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DOCUMENT_NUMBER_EXAMPLE,
  type CompileSummaryResponse,
  defaultSummarySettings,
  diffSectionInputs,
  inclusionOf,
  normalizeDocumentNumber,
  normalizeSummaryDocument,
  isOfficeWrittenSection,
  openingInput,
  recompileOutcome,
  styleDefaults,
  summarySectionOutline,
  summaryAsOf,
  summarySources,
  toLocalDate,
  unitSectionInputs,
  validateSummaryDocument,
  type CurrentUser,
  type FieldError,
  type SummaryDetail,
  type SummaryFigures,
  type SummaryNewInput,
  type SummarySectionInputs,
  type SummarySectionView,
  type SummarySettings,
  type SummarySources,
  type SummaryUnitInput,
  type SummaryVersionContent,
  type SummaryVersionAction,
} from '@giao-ban/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '../../common/clock/clock.js';
import { AppException } from '../../common/errors/app-exception.js';
import { AuditService } from '../audit/audit.service.js';
import { SettingsService } from '../settings/settings.service.js';
import type { ReportingPeriodEntity } from '../periods/reporting-period.entity.js';
import type {
  CompileSummaryDto,
  FinalizeSummaryDto,
  ReopenSummaryDto,
  ResolveSummaryProposalDto,
  SaveSummarySectionDto,
  SummarySettingsDto,
} from './dto/summary-requests.dto.js';
import { inputDigest } from './input-digest.js';
import { startCompileJob } from './summary-compile.job.js';
import { SummariesRepository, type SectionSnapshot, type StoredSection } from './summaries.repository.js';
import { batchesOfStoredSize } from './stored-size-batches.js';
import type { SummaryEntity } from './summary.entity.js';

/** Stored bytes of section texts an export reads per query: read one per query, the 16 round trips were ~0.04 s of a 150-unit export's 0.55 s. */
const EXPORT_READ_BYTES = 4 * 1024 * 1024;


/** What an export renders: a version of the summary, or the current one; its sections are read as they are written. */
export interface SummarySnapshot {
  period: ReportingPeriodEntity;
  state: SummaryVersionContent['state'];
  version: number;
  settings: SummarySettings;
  /** In print order, read one at a time as the writer asks; `content` is the section's stored JSON. */
  sections: AsyncIterable<Omit<SectionSnapshot, 'content'> & { content: string }>;
  figures: SummaryFigures;
}

/**
 * The standing office's summary report: compiling the period's reports into it, editing it
 * section by section (never losing an edit to a recompile), numbered versions, finalize and
 * reopen. Leaders read; agency users never reach these routes (@Roles on the controller).
 */
@Injectable()
export class SummariesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: SummariesRepository,
    private readonly audit: AuditService,
    private readonly settings: SettingsService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  // ——— reading ———

  async detail(user: CurrentUser, periodId: string, db: EntityManager = this.dataSource.manager): Promise<SummaryDetail> {
    const period = await this.periodOrFail(db, periodId);
    const summary = await this.summaryOrFail(db, period.id);
    const sections = await this.repository.sections(db, summary.id);
    const newInputs = await this.newInputs(db, period, summary, sections);
    const office = user.role === 'office';
    const writable = office && summary.state === 'draft' && this.periodWritable(period);
    return {
      id: summary.id,
      period: { id: period.id, title: period.title, kind: period.kind, year: period.year, sequence: period.sequence, state: period.state },
      state: summary.state,
      version: summary.version,
      includeSubmitted: summary.includeSubmitted,
      compiledAt: summary.compiledAt.toISOString(),
      settings: summary.settings,
      sections: sections.map((s) => this.toView(s, newInputs.get(s.key) ?? [])),
      figures: summary.figures,
      hasNewInputs: [...newInputs.values()].some((list) => list.length > 0),
      finalVersion: summary.finalVersion,
      finalizedAt: summary.finalizedAt?.toISOString() ?? null,
      versions: await this.repository.versions(db, summary.id),
      permissions: {
        canEdit: writable,
        canCompile: writable,
        canFinalize: writable,
        canReopen: office && summary.state === 'final' && this.periodWritable(period),
      },
    };
  }

  /**
   * What the units included wrote for parts II–IV, beside the office's editor: sources to quote,
   * proposals to the committee among them (an internal list: the report itself never carries them).
   */
  async sources(periodId: string): Promise<SummarySources> {
    const db = this.dataSource.manager;
    const period = await this.periodOrFail(db, periodId);
    const summary = await this.summaryOrFail(db, period.id);
    const units = await this.repository.units(db, period);
    const included = units.filter((u) => u.versionNumber > 0 && inclusionOf(u.state, summary.includeSubmitted));
    const contents = await this.repository.latestVersionContents(db, period.id, included.map((u) => u.agencyId));
    return { sections: summarySources(included.map((u) => ({ ...u, content: contents.get(u.agencyId) ?? [] })), summary.includeSubmitted) };
  }

  async version(user: CurrentUser, periodId: string, number: number): Promise<SummaryVersionContent> {
    const db = this.dataSource.manager;
    const period = await this.periodOrFail(db, periodId);
    const summary = await this.summaryOrFail(db, period.id);
    const row = await this.repository.version(db, summary.id, number);
    if (!row) throw new AppException('NOT_FOUND', 'No such version of the summary.');
    return {
      number: row.number,
      action: row.action,
      createdAt: row.created_at.toISOString(),
      createdByName: row.full_name,
      note: row.note,
      state: row.state,
      settings: row.settings,
      sections: await this.repository.sectionsAt(db, summary.id, number),
      figures: (await this.repository.figuresAt(db, summary.id, number))!,
    };
  }

  /**
   * What an export renders: version n when asked, else the current state. The sections' texts are
   * read as the writer asks for them, a few megabytes per query (a huge period's summary is tens of
   * megabytes; a province's is one query).
   */
  async exportSource(user: CurrentUser, periodId: string, number?: number): Promise<SummarySnapshot> {
    const db = this.dataSource.manager;
    const period = await this.periodOrFail(db, periodId);
    const summary = await this.summaryOrFail(db, period.id);
    let head: Pick<SummarySnapshot, 'state' | 'version' | 'settings' | 'figures'> = summary;
    if (number !== undefined) {
      const row = await this.repository.version(db, summary.id, number);
      if (!row) throw new AppException('NOT_FOUND', 'No such version of the summary.');
      head = { state: row.state, version: row.number, settings: row.settings, figures: (await this.repository.figuresAt(db, summary.id, number))! };
    }
    const outline = await this.repository.sectionOutline(db, summary.id, number);
    const repository = this.repository;
    async function* sections(): AsyncGenerator<Omit<SectionSnapshot, 'content'> & { content: string }> {
      for (const batch of batchesOfStoredSize(outline, EXPORT_READ_BYTES)) {
        const contents = await repository.revisionContentsJson(db, summary.id, batch);
        for (const s of batch) yield { key: s.key, part: s.part, title: s.title, content: contents.get(s.key)! };
      }
    }
    return {
      period,
      state: head.state,
      version: head.version,
      settings: head.settings,
      figures: head.figures,
      sections: sections(),
    };
  }

  // ——— compiling ———

  /**
   * Compiles the period's reports (their latest submitted versions) into the summary. Sections
   * the office has not edited take the fresh text; edited ones keep the office's text and get the
   * fresh one as `proposed`, unless `force`. The annexes' figures are refreshed every time.
   */
  async compile(user: CurrentUser, periodId: string, body: CompileSummaryDto): Promise<CompileSummaryResponse> {
    return this.dataSource.transaction(async (db) => {
      const period = await this.periodOrFail(db, periodId);
      this.requireWritablePeriod(period);
      const now = this.clock.now();
      // A first compile creates the summary with the committee's settings as they are now.
      const { summary, created } = await this.repository.createOrLock(db, period.id, defaultSummarySettings(period, await this.settings.committee(db)), now);
      this.requireDraft(summary);

      const taskGroups = await this.repository.taskGroups(db, period.id);
      const outline = summarySectionOutline(taskGroups);
      const requested = body.sections?.length ? [...new Set(body.sections)] : outline.map((o) => o.key);
      const unknown = requested.filter((key) => !outline.some((o) => o.key === key));
      if (unknown.length) {
        throw new AppException('VALIDATION_FAILED', 'No such section in this summary.', [
          { field: 'sections', constraints: { isIn: `Unknown sections: ${unknown.join(', ')}. Sections are ${outline.map((o) => o.key).join(', ')}.` } },
        ]);
      }

      // The contents are read, parsed and compiled off this thread (summary-compile.job.ts); this one
      // writes each compiled section as it comes.
      const units = await this.repository.units(db, period);
      const wanted = units
        .filter((u) => u.versionNumber > 0 && inclusionOf(u.state, body.includeSubmitted))
        .map((u) => ({ agencyId: u.agencyId, versionNumber: u.versionNumber }));
      const job = startCompileJob(
        {
          period: { id: period.id, title: period.title, kind: period.kind, year: period.year, sequence: period.sequence, cutOffFrom: period.cutOffFrom, cutOffTo: period.cutOffTo, dueDate: period.dueDate },
          taskGroups,
          units,
          includeSubmitted: body.includeSubmitted,
          now,
          // Stated as of the document's date once the office has set it, else as of today.
          asOf: summary.settings.date ?? toLocalDate(now),
          bulletin: await this.repository.bulletinCounts(db, period),
        },
        {
          databaseUrl: this.databaseUrl(),
          wanted,
          read: (batch) => this.repository.versionContentsJson(db, period.id, batch),
        },
      );

      try {
        const number = summary.version + 1;
        const existing = created ? new Map<string, { edited: boolean }>() : await this.repository.sectionStates(db, summary.id);
        // Requested sections, and any the summary lacks so far (a first compile: all of them).
        const planned = outline
          .filter((o) => requested.includes(o.key) || !existing.has(o.key))
          .map((o) => {
            const state = existing.get(o.key);
            return { key: o.key, outcome: recompileOutcome(state ? { ...state, officeWritten: isOfficeWrittenSection(o.key) } : null, null, !!body.force).kind };
          });
        const outcomeOf = new Map(planned.map((p) => [p.key, p.outcome]));
        const replaced = planned.filter((p) => p.outcome === 'replaced').map((p) => p.key);
        const proposed = planned.filter((p) => p.outcome === 'proposed').map((p) => p.key);
        const figures = await job.figures;
        await this.repository.insertVersion(db, {
          summaryId: summary.id,
          number,
          action: 'compiled',
          createdAt: now,
          createdBy: user.id,
          state: 'draft',
          settings: summary.settings,
          figures,
          sectionKeys: replaced,
          note: proposed.length ? `Đề xuất nội dung mới cho phần đã chỉnh sửa: ${proposed.join(', ')}` : null,
        });
        for await (const section of job.sections) {
          const outcome = outcomeOf.get(section.key);
          if (outcome === 'replaced') {
            await this.repository.insertRevision(db, summary.id, number, section);
            await this.repository.upsertCompiledSection(db, summary.id, {
              key: section.key,
              position: outline.findIndex((o) => o.key === section.key),
              part: section.part,
              title: section.title,
              number,
              inputs: section.inputs,
              at: now,
              by: user.id,
            });
          } else if (outcome === 'proposed') {
            await this.repository.setProposal(db, summary.id, section.key, section.content, section.inputs, now);
          }
        }
        await this.repository.markCompiled(db, summary.id, number, body.includeSubmitted, figures, now);
        await this.audit.record(db, user, {
          action: 'summary.compiled',
          objectType: 'summary',
          objectId: summary.id,
          periodId: period.id,
          summary: {
            version: number,
            includeSubmitted: body.includeSubmitted,
            force: !!body.force,
            replaced,
            proposed,
            reports: figures.units.filter((u) => u.inclusion).map((u) => ({ agencyId: u.agencyId, version: u.versionNumber, inclusion: u.inclusion })),
          },
        });
        // What changed, not the summary: the client reads that with GET (tens of megabytes for a large province).
        return { version: number, compiledAt: now.toISOString(), replaced, proposed };
      } finally {
        await job.stop();
      }
    });
  }

  // ——— editing ———

  /** The office's edit of one section. A stale version gets 409 STALE_VERSION with the server's copy. */
  async saveSection(user: CurrentUser, periodId: string, key: string, body: SaveSummarySectionDto): Promise<SummarySectionView> {
    const errors = validateSummaryDocument(body.content);
    if (errors.length) throw new AppException('VALIDATION_FAILED', 'The section is not a valid document.', errors);
    const content = normalizeSummaryDocument(body.content);
    return this.dataSource.transaction(async (db) => {
      const { period, summary, section } = await this.lockSection(db, periodId, key);
      const now = this.clock.now();
      const number = summary.version + 1;
      if (section.version !== body.version) await this.stale(db, period, summary, key);
      await this.repository.insertVersion(db, this.versionRow(summary, user, number, 'section_saved', [key], now));
      await this.repository.insertRevision(db, summary.id, number, { key, part: section.part, title: section.title, content });
      if (!(await this.repository.saveEditedIfVersion(db, summary.id, key, body.version, number, now, user.id))) {
        await this.stale(db, period, summary, key);
      }
      await this.repository.setVersion(db, summary.id, number, now);
      await this.audit.record(db, user, {
        action: 'summary.section_saved',
        objectType: 'summary',
        objectId: summary.id,
        periodId: period.id,
        summary: { key, version: number, sectionVersion: body.version + 1, blocks: content.blocks.length },
      });
      return this.sectionView(db, period, key);
    });
  }

  /** Takes a recompile's proposed text (`accept`), or keeps the office's edit and marks the inputs seen (`keep`). */
  async resolveProposal(user: CurrentUser, periodId: string, key: string, body: ResolveSummaryProposalDto): Promise<SummarySectionView> {
    return this.dataSource.transaction(async (db) => {
      const { period, summary, section } = await this.lockSection(db, periodId, key);
      if (section.version !== body.version) await this.stale(db, period, summary, key);
      if (!section.proposed) throw new AppException('CONFLICT', 'This section has no proposed text to accept or decline.');
      const now = this.clock.now();
      const number = summary.version + 1;
      const accept = body.decision === 'accept';
      await this.repository.insertVersion(db, this.versionRow(summary, user, number, accept ? 'proposal_accepted' : 'proposal_kept', accept ? [key] : [], now));
      if (accept) await this.repository.insertRevision(db, summary.id, number, { key, part: section.part, title: section.title, content: section.proposed });
      await this.repository.resolveProposal(db, summary.id, key, body.decision, number, now, user.id);
      await this.repository.setVersion(db, summary.id, number, now);
      await this.audit.record(db, user, {
        action: accept ? 'summary.proposal_accepted' : 'summary.proposal_kept',
        objectType: 'summary',
        objectId: summary.id,
        periodId: period.id,
        summary: { key, version: number },
      });
      return this.sectionView(db, period, key);
    });
  }

  /**
   * Style, number, date, bodies, signer and recipients of the export. Switching the style re-words
   * the header and signing line still at the committee's wording for the old style into its
   * wording for the new one; what the office wrote itself stays.
   */
  async updateSettings(user: CurrentUser, periodId: string, body: SummarySettingsDto): Promise<SummaryDetail> {
    return this.dataSource.transaction(async (db) => {
      const { period, summary } = await this.lockDraft(db, periodId);
      const before = summary.settings;
      const committee = await this.settings.committee(db);
      const oldDefaults = styleDefaults(before.style, committee);
      const newDefaults = styleDefaults(body.style, committee);
      const keepOrDefault = <K extends keyof typeof oldDefaults>(k: K) => body[k] ?? (before[k] === oldDefaults[k] ? newDefaults[k] : before[k]);
      const rawNumber = body.number === undefined ? before.number : body.number;
      const number = rawNumber ? normalizeDocumentNumber(body.style, rawNumber) : null;
      if (rawNumber && !number) {
        throw new AppException('VALIDATION_FAILED', 'The document number does not fit the style.', [
          { field: 'number', constraints: { documentNumber: `Write it like ${DOCUMENT_NUMBER_EXAMPLE[body.style]}.` } },
        ]);
      }
      const settings: SummarySettings = {
        style: body.style,
        number,
        date: body.date === undefined ? before.date : body.date,
        place: body.place ?? before.place,
        subject: body.subject ?? before.subject,
        parentBody: keepOrDefault('parentBody'),
        issuingBody: keepOrDefault('issuingBody'),
        signerAuthority: keepOrDefault('signerAuthority'),
        signerTitle: keepOrDefault('signerTitle'),
        signerName: body.signerName === undefined ? before.signerName : body.signerName || null,
        recipients: body.recipients ?? before.recipients,
      };
      const now = this.clock.now();
      const n = summary.version + 1;
      await this.repository.insertVersion(db, { ...this.versionRow(summary, user, n, 'settings_changed', [], now), settings });
      await this.repository.setSettings(db, summary.id, settings, n, now);
      await this.audit.record(db, user, {
        action: 'summary.settings_changed',
        objectType: 'summary',
        objectId: summary.id,
        periodId: period.id,
        summary: { version: n, before, after: settings },
      });
      return this.detail(user, period.id, db);
    });
  }

  /** Numbers and dates the summary and freezes it: the text and the figures it was built from. */
  async finalize(user: CurrentUser, periodId: string, body: FinalizeSummaryDto): Promise<SummaryDetail> {
    return this.dataSource.transaction(async (db) => {
      const { period, summary } = await this.lockDraft(db, periodId);
      const number = this.finalNumberOrRefuse(summary, period, body);
      const unsettled = await this.repository.sectionKeysWithProposals(db, summary.id);
      if (unsettled.length) {
        throw new AppException('CONFLICT', 'Some sections have a proposed text the office has not accepted or declined.', { sections: unsettled });
      }
      const now = this.clock.now();
      const n = summary.version + 1;
      const settings: SummarySettings = { ...summary.settings, number, date: body.date };
      await this.repository.insertVersion(db, {
        ...this.versionRow(summary, user, n, 'finalized', [], now),
        state: 'final',
        settings,
        figures: summary.figures,
      });
      await this.repository.markFinal(db, summary.id, settings, n, now, user.id);
      await this.audit.record(db, user, {
        action: 'summary.finalized',
        objectType: 'summary',
        objectId: summary.id,
        periodId: period.id,
        summary: { version: n, number, date: body.date, style: settings.style },
      });
      return this.detail(user, period.id, db);
    });
  }

  /**
   * The number the summary is finalized under, once nothing stands in the way: a number written in
   * the style's form, a date not before the data's end and equal to the figures' "as of" day, a
   * signer's name. Otherwise every refusal at once, each on its field.
   */
  private finalNumberOrRefuse(summary: SummaryEntity, period: ReportingPeriodEntity, body: FinalizeSummaryDto): string {
    const number = normalizeDocumentNumber(summary.settings.style, body.number);
    const refusals: FieldError[] = [];
    if (number === null) refusals.push({ field: 'number', constraints: { documentNumber: `Write it like ${DOCUMENT_NUMBER_EXAMPLE[summary.settings.style]}.` } });
    if (body.date < period.cutOffTo) {
      refusals.push({ field: 'date', constraints: { notBeforeCutOff: `The report cannot be dated before the end of its data, ${period.cutOffTo}.` } });
    }
    // One "as of" day: the opening and the annexes were compiled as of it, so the report bears that date.
    const asOf = summaryAsOf(summary.figures);
    if (body.date >= period.cutOffTo && body.date !== asOf) {
      refusals.push({
        field: 'date',
        constraints: { asOfDate: `The figures are stated as of ${asOf}: date the report that day, or set the date in the summary settings and compile again.` },
      });
    }
    if (!summary.settings.signerName?.trim()) {
      refusals.push({ field: 'signerName', constraints: { isNotEmpty: 'Write the signer\'s name in the summary settings before finalizing.' } });
    }
    if (number === null || refusals.length > 0) throw new AppException('VALIDATION_FAILED', 'The summary cannot be finalized as it is.', refusals);
    return number;
  }

  /** Opens a final summary again, with a reason; the final version stays readable as it was. */
  async reopen(user: CurrentUser, periodId: string, body: ReopenSummaryDto): Promise<SummaryDetail> {
    return this.dataSource.transaction(async (db) => {
      const period = await this.periodOrFail(db, periodId);
      this.requireWritablePeriod(period);
      const summary = await this.summaryOrFail(db, period.id, true);
      if (summary.state !== 'final') throw new AppException('ILLEGAL_TRANSITION', 'Only a final summary is reopened.');
      const now = this.clock.now();
      const n = summary.version + 1;
      await this.repository.insertVersion(db, { ...this.versionRow(summary, user, n, 'reopened', [], now), state: 'draft', note: body.reason });
      await this.repository.markReopened(db, summary.id, n, now);
      await this.audit.record(db, user, {
        action: 'summary.reopened',
        objectType: 'summary',
        objectId: summary.id,
        periodId: period.id,
        summary: { version: n, finalVersion: summary.finalVersion, reason: body.reason },
      });
      return this.detail(user, period.id, db);
    });
  }

  // ——— new inputs ———

  /**
   * Per section, the units whose reports would change it since it was compiled. Units whose
   * report version and acceptance are as the section recorded them are not reread (their version
   * content is immutable); only the others' latest versions are loaded and fingerprinted.
   */
  private async newInputs(db: EntityManager, period: ReportingPeriodEntity, summary: SummaryEntity, sections: StoredSection[]): Promise<Map<string, SummaryNewInput[]>> {
    const units = await this.repository.units(db, period);
    const taskGroups = await this.repository.taskGroups(db, period.id);
    const tagOf = (u: SummaryUnitInput) => {
      const inclusion = inclusionOf(u.state, summary.includeSubmitted);
      return u.versionNumber > 0 && inclusion ? inclusion : null;
    };
    const contentSections = sections.filter((s) => s.part !== 'opening' && s.part !== 'closing');
    const stale = units.filter((u) => {
      const inclusion = tagOf(u);
      if (!inclusion) return false;
      return contentSections.some((s) => {
        const entry = s.inputs[u.agencyId];
        return !entry || entry[0] !== u.versionNumber || entry[1] !== (inclusion === 'accepted' ? 'a' : 's');
      });
    });
    const contents = await this.repository.latestVersionContents(db, period.id, stale.map((u) => u.agencyId));
    const fresh = new Map(stale.map((u) => [u.agencyId, unitSectionInputs({ ...u, content: contents.get(u.agencyId) ?? [] }, tagOf(u)!, taskGroups, inputDigest)]));

    const result = new Map<string, SummaryNewInput[]>();
    for (const section of sections) {
      const current: SummarySectionInputs = {};
      if (section.part === 'opening') {
        for (const u of units) current[u.agencyId] = openingInput(u, tagOf(u), inputDigest);
      } else if (section.part !== 'closing') {
        for (const u of units) {
          if (!tagOf(u)) continue;
          const entry = fresh.get(u.agencyId)?.[section.key] ?? section.inputs[u.agencyId];
          if (entry) current[u.agencyId] = entry;
        }
      }
      result.set(section.key, diffSectionInputs(section.inputs, current, units));
    }
    return result;
  }

  // ——— helpers ———

  private toView(s: StoredSection, newInputs: SummaryNewInput[]): SummarySectionView {
    return {
      key: s.key,
      part: s.part,
      title: s.title,
      content: s.content,
      edited: s.edited,
      version: s.version,
      compiledAt: new Date(s.compiledAt).toISOString(),
      proposed: s.proposed,
      proposedAt: s.proposedAt ? new Date(s.proposedAt).toISOString() : null,
      newInputs,
    };
  }

  private async sectionView(db: EntityManager, period: ReportingPeriodEntity, key: string): Promise<SummarySectionView> {
    const summary = (await this.repository.findByPeriod(db, period.id))!;
    const sections = await this.repository.sections(db, summary.id);
    const newInputs = await this.newInputs(db, period, summary, sections);
    const section = sections.find((s) => s.key === key)!;
    return this.toView(section, newInputs.get(key) ?? []);
  }

  private async stale(db: EntityManager, period: ReportingPeriodEntity, summary: SummaryEntity, key: string): Promise<never> {
    const server = await this.sectionView(db, period, key);
    throw new AppException('STALE_VERSION', 'Someone saved this section in the meantime.', { server });
  }

  private versionRow(summary: SummaryEntity, user: CurrentUser, number: number, action: SummaryVersionAction, sectionKeys: string[], now: Date) {
    return { summaryId: summary.id, number, action, createdAt: now, createdBy: user.id, state: summary.state, settings: summary.settings, figures: null, sectionKeys };
  }

  /** The database's URL, for the worker threads that read immutable rows over their own connection. */
  private databaseUrl(): string {
    return (this.dataSource.options as { url: string }).url;
  }

  private async periodOrFail(db: EntityManager, periodId: string): Promise<ReportingPeriodEntity> {
    const period = await this.repository.findPeriod(db, periodId);
    if (!period) throw new AppException('NOT_FOUND', 'No such reporting period.');
    return period;
  }

  private async summaryOrFail(db: EntityManager, periodId: string, forUpdate = false): Promise<SummaryEntity> {
    const summary = await this.repository.findByPeriod(db, periodId, forUpdate);
    if (!summary) throw new AppException('NOT_FOUND', 'The summary of this period has not been compiled yet.');
    return summary;
  }

  private periodWritable(period: ReportingPeriodEntity): boolean {
    return period.state === 'open' || period.state === 'closed';
  }

  private requireWritablePeriod(period: ReportingPeriodEntity): void {
    if (period.state === 'draft') throw new AppException('PERIOD_NOT_OPEN', 'The period is not open yet: there is nothing to compile.');
    if (period.state === 'archived') throw new AppException('ILLEGAL_TRANSITION', 'An archived period is read-only.');
  }

  private requireDraft(summary: SummaryEntity): void {
    if (summary.state !== 'draft') throw new AppException('ILLEGAL_TRANSITION', 'The summary is final: reopen it to change it.');
  }

  private async lockDraft(db: EntityManager, periodId: string): Promise<{ period: ReportingPeriodEntity; summary: SummaryEntity }> {
    const period = await this.periodOrFail(db, periodId);
    this.requireWritablePeriod(period);
    const summary = await this.summaryOrFail(db, period.id, true);
    this.requireDraft(summary);
    return { period, summary };
  }

  private async lockSection(db: EntityManager, periodId: string, key: string) {
    const { period, summary } = await this.lockDraft(db, periodId);
    const section = await this.repository.findSectionHead(db, summary.id, key);
    if (!section) throw new AppException('NOT_FOUND', 'No such section in this summary.');
    return { period, summary, section };
  }
}
