import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  BULLETIN_LIMITS,
  bulletinIssueLabel,
  decideBulletinIssueState,
  decideBulletinItemAction,
  halfYearOfMonth,
  planBulletinYear,
  settleDueDate,
  tallyBulletinContributions,
  toLocalDate,
  validateBulletinLayout,
  validateBulletinPlan,
  type BulletinContributions,
  type BulletinIssueDetail,
  type BulletinIssueState,
  type BulletinIssueSummary,
  type BulletinItem,
  type BulletinItemAction,
  type BulletinItemCounts,
  type BulletinItemState,
  type BulletinItemSummary,
  type BulletinOwnItemCounts,
  type BulletinPublishedContent,
  type BulletinSearchHit,
  type BulletinStaleItemDetails,
  type BulletinTaskGroupChoice,
  type CurrentUser,
  type Page,
  type Role,
} from '@giao-ban/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '../../common/clock/clock.js';
import { AppException } from '../../common/errors/app-exception.js';
import { ownAgencyOf } from '../../common/scope/scope.js';
import { AuditService } from '../audit/audit.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import type { BulletinIssueEntity } from './bulletin-issue.entity.js';
import { BulletinsRepository, type BulletinItemRow, type ItemListRow } from './bulletins.repository.js';
import type {
  AcceptBulletinItemDto,
  BulletinLayoutDto,
  BulletinSearchQueryDto,
  CreateBulletinItemDto,
  NotUsedBulletinItemDto,
  PlanBulletinYearDto,
  ReturnBulletinItemDto,
  SaveBulletinItemDto,
  UpdateBulletinIssueDto,
} from './dto/bulletin-requests.dto.js';

const NO_COUNTS: BulletinItemCounts = { submitted: 0, accepted: 0, returned: 0, notUsed: 0 };
const NO_OWN_COUNTS: BulletinOwnItemCounts = { draft: 0, ...NO_COUNTS };

const toSummaryRow = (row: ItemListRow): BulletinItemSummary => ({
  ...row,
  submittedAt: row.submittedAt?.toISOString() ?? null,
  decidedAt: row.decidedAt?.toISOString() ?? null,
  updatedAt: row.updatedAt.toISOString(),
});

/**
 * The bulletin: the office plans a year's issues and edits them; units write and send items in an
 * issue's window; the office accepts (with its edits beside the original), returns or sets aside
 * each item, lays out the accepted ones and publishes the issue, which freezes it. The rules are
 * libs/shared's (decideBulletinIssueState, decideBulletinItemAction, planBulletinYear,
 * validateBulletinLayout); this applies them in transactions and scopes every read: an agency user
 * reaches only its own unit's items (another unit's is 404, like a missing one) and published issues.
 */
@Injectable()
export class BulletinsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: BulletinsRepository,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  // ——— states ———

  today(): string {
    return toLocalDate(this.clock.now());
  }

  stateOf(issue: BulletinIssueEntity): BulletinIssueState {
    return decideBulletinIssueState(issue, this.today());
  }

  decide(state: BulletinItemState, role: Role, action: BulletinItemAction, issue: BulletinIssueEntity): BulletinItemState {
    const decision = decideBulletinItemAction(state, role, action, this.stateOf(issue));
    if (!decision.allowed) throw new AppException(decision.code, decision.reason);
    return decision.next;
  }

  private summaryOf(issue: BulletinIssueEntity, counts: BulletinItemCounts, ownCounts: BulletinOwnItemCounts | null): BulletinIssueSummary {
    return {
      id: issue.id,
      number: issue.number,
      year: issue.year,
      month: issue.month,
      label: bulletinIssueLabel(issue.number, issue.year),
      windowStart: issue.windowStart,
      deadline: issue.deadline,
      state: this.stateOf(issue),
      windowOverride: issue.windowOverride,
      counts,
      publishedAt: issue.publishedAt?.toISOString() ?? null,
      ownCounts,
    };
  }

  // ——— issues ———

  async listIssues(user: CurrentUser, year: number): Promise<BulletinIssueSummary[]> {
    const db = this.dataSource.manager;
    const rows = await this.repository.findIssuesOfYear(db, year);
    const own = ownAgencyOf(user);
    const ownCounts = own ? await this.repository.ownCountsOf(db, own, rows.map((r) => r.issue.id)) : null;
    return rows.map(({ issue, counts }) => this.summaryOf(issue, counts, ownCounts ? (ownCounts.get(issue.id) ?? NO_OWN_COUNTS) : null));
  }

  async plan(user: CurrentUser, request: PlanBulletinYearDto): Promise<BulletinIssueSummary[]> {
    const problems = validateBulletinPlan(request);
    if (problems.length) throw new AppException('VALIDATION_FAILED', 'The plan has invalid fields.', problems);
    await this.dataSource.transaction(async (db) => {
      const holidays = new Set(await this.repository.findHolidayDates(db));
      const issues = planBulletinYear(request, { holidays, rollOver: true });
      const taken = await this.repository.findTakenNumbers(db, request.year, issues.map((i) => i.number));
      if (taken.length || (await this.repository.countIssuesOfYear(db, request.year)) > 0) {
        throw new AppException('BULLETIN_ISSUE_EXISTS', `The issues of ${request.year} are already planned.`, { year: request.year, takenNumbers: taken });
      }
      const governingBody = await this.repository.findIssuingBody(db);
      const ids = await this.repository.insertIssues(db, issues, { governingBody, editorialBoard: '' }, this.clock.now());
      // One event for the year's plan, on its first issue.
      await this.audit.record(db, user, {
        action: 'bulletin.year_planned',
        objectType: 'bulletin_issue',
        objectId: ids[0]!,
        summary: { ...request, issues: issues.length },
      });
    });
    return this.listIssues(user, request.year);
  }

  private async loadIssue(db: EntityManager, issueId: string, forUpdate = false): Promise<BulletinIssueEntity> {
    const issue = await this.repository.findIssue(db, issueId, forUpdate);
    if (!issue) throw new AppException('NOT_FOUND', 'No such bulletin issue.');
    return issue;
  }

  private assertNotPublished(issue: BulletinIssueEntity): void {
    if (issue.publishedAt) throw new AppException('BULLETIN_ISSUE_PUBLISHED', `${bulletinIssueLabel(issue.number, issue.year)} is published; nothing about it changes.`);
  }

  /** Tells the units expected to contribute that the issue takes items (once per issue; see NotificationsService). */
  private async announceWindow(db: EntityManager, issueId: string): Promise<void> {
    const units = await this.repository.findContributingUnits(db);
    await this.notifications.bulletinWindowOpened(db, issueId, units.map((u) => u.agencyId));
  }

  async issueDetail(user: CurrentUser, issueId: string, db: EntityManager = this.dataSource.manager): Promise<BulletinIssueDetail> {
    const issue = await this.loadIssue(db, issueId);
    const own = ownAgencyOf(user);
    const counts = (await this.repository.countsOf(db, [issue.id])).get(issue.id) ?? NO_COUNTS;
    const ownCounts = own ? ((await this.repository.ownCountsOf(db, own, [issue.id])).get(issue.id) ?? NO_OWN_COUNTS) : null;
    const items = await this.repository.findItemsOfIssue(db, issue.id, own ? { agencyId: own } : { sentOnly: true });
    return {
      ...this.summaryOf(issue, counts, ownCounts),
      editorial: { governingBody: issue.governingBody, editorialBoard: issue.editorialBoard, releaseDate: issue.releaseDate },
      sections: issue.sections,
      twoColumns: issue.twoColumns,
      items: items.map(toSummaryRow),
      published: issue.publishedContent,
    };
  }

  async updateIssue(user: CurrentUser, issueId: string, change: UpdateBulletinIssueDto): Promise<BulletinIssueDetail> {
    return this.dataSource.transaction(async (db) => {
      const issue = await this.loadIssue(db, issueId, true);
      this.assertNotPublished(issue);
      const windowStart = change.windowStart ?? issue.windowStart;
      // A deadline the office moves settles on the working calendar like a planned one.
      const deadline =
        change.deadline !== undefined
          ? settleDueDate(change.deadline, { holidays: new Set(await this.repository.findHolidayDates(db)), rollOver: true }).dueDate
          : issue.deadline;
      if (windowStart > deadline) {
        throw new AppException('VALIDATION_FAILED', 'The window opens on or before the deadline.', [
          { field: 'deadline', constraints: { afterWindowStart: 'deadline must not be before windowStart' } },
        ]);
      }
      if (change.number !== undefined && change.number !== issue.number && (await this.repository.findTakenNumbers(db, issue.year, [change.number])).length) {
        throw new AppException('BULLETIN_ISSUE_EXISTS', `${bulletinIssueLabel(change.number, issue.year)} already exists.`, { year: issue.year, takenNumbers: [change.number] });
      }
      if (change.sections) {
        const sections = change.sections.map((s) => s.trim());
        const inUse = await this.repository.findSectionsInUse(db, issue.id);
        const missing = inUse.filter((s) => !sections.includes(s));
        const duplicate = sections.find((s, i) => !s || sections.indexOf(s) !== i);
        if (missing.length || duplicate !== undefined || !sections.length) {
          throw new AppException('VALIDATION_FAILED', 'The sections are not valid.', [
            { field: 'sections', constraints: { sections: missing.length ? `sections holding accepted items stay: ${missing.join(', ')}` : 'one or more distinct, non-empty titles' } },
          ]);
        }
        change.sections = sections;
      }
      await this.repository.updateIssue(
        db,
        issue.id,
        {
          ...(change.number !== undefined ? { number: change.number } : {}),
          ...(change.windowStart !== undefined ? { windowStart } : {}),
          ...(change.deadline !== undefined ? { deadline } : {}),
          ...(change.windowOverride !== undefined ? { windowOverride: change.windowOverride } : {}),
          ...(change.editorial?.governingBody !== undefined ? { governingBody: change.editorial.governingBody } : {}),
          ...(change.editorial?.editorialBoard !== undefined ? { editorialBoard: change.editorial.editorialBoard } : {}),
          ...(change.editorial?.releaseDate !== undefined ? { releaseDate: change.editorial.releaseDate } : {}),
          ...(change.sections ? { sections: change.sections } : {}),
        },
        this.clock.now(),
      );
      await this.audit.record(db, user, { action: 'bulletin.issue_updated', objectType: 'bulletin_issue', objectId: issue.id, summary: { ...change } });
      // Opened by hand (or its window moved to begin now): the units hear of it now, not at the next sweep.
      if (this.stateOf(await this.loadIssue(db, issue.id)) === 'open') await this.announceWindow(db, issue.id);
      return this.issueDetail(user, issue.id, db);
    });
  }

  async setLayout(user: CurrentUser, issueId: string, layout: BulletinLayoutDto): Promise<BulletinIssueDetail> {
    return this.dataSource.transaction(async (db) => {
      const issue = await this.loadIssue(db, issueId, true);
      this.assertNotPublished(issue);
      const accepted = await this.repository.findAcceptedItemIds(db, issue.id);
      const problems = validateBulletinLayout(layout, accepted);
      if (problems.length) throw new AppException('VALIDATION_FAILED', 'The layout is not valid.', problems);
      const now = this.clock.now();
      const sections = layout.sections.map((s) => s.title.trim());
      await this.repository.placeItems(
        db,
        issue.id,
        layout.sections.flatMap((s, i) => s.itemIds.map((itemId, position) => ({ itemId, section: sections[i]!, position }))),
        now,
      );
      await this.repository.updateIssue(db, issue.id, { sections, twoColumns: layout.twoColumns }, now);
      await this.audit.record(db, user, { action: 'bulletin.layout_saved', objectType: 'bulletin_issue', objectId: issue.id, summary: { sections, twoColumns: layout.twoColumns } });
      return this.issueDetail(user, issue.id, db);
    });
  }

  /** The issue as it would print now: the accepted items laid out, with their photos. */
  async contentOf(db: EntityManager, issue: BulletinIssueEntity): Promise<BulletinPublishedContent> {
    if (issue.publishedContent) return issue.publishedContent;
    const items = await this.repository.findAcceptedForPrint(db, issue.id);
    const photos = await this.repository.findPhotosOf(db, items.map((i) => i.id));
    const titles = [...issue.sections, ...items.map((i) => i.section!).filter((s) => !issue.sections.includes(s))];
    return {
      publishedAt: '',
      twoColumns: issue.twoColumns,
      editorial: { governingBody: issue.governingBody, editorialBoard: issue.editorialBoard, releaseDate: issue.releaseDate },
      sections: [...new Set(titles)]
        .map((title) => ({
          title,
          items: items
            .filter((i) => i.section === title)
            .map((i) => ({
              itemId: i.id,
              agencyId: i.agencyId,
              agencyName: i.agencyName,
              kind: i.kind,
              title: i.printTitle,
              sapo: i.printSapo,
              body: i.printBody,
              eventDate: i.eventDate,
              eventPlace: i.eventPlace,
              taskGroupId: i.taskGroupId,
              photos: photos.get(i.id) ?? [],
            })),
        }))
        .filter((s) => s.items.length > 0),
    };
  }

  async publish(user: CurrentUser, issueId: string): Promise<BulletinIssueDetail> {
    return this.dataSource.transaction(async (db) => {
      const issue = await this.loadIssue(db, issueId, true);
      this.assertNotPublished(issue);
      const label = bulletinIssueLabel(issue.number, issue.year);
      if (this.stateOf(issue) !== 'editing') throw new AppException('ILLEGAL_TRANSITION', `${label} still takes items: close its window first.`);
      const waiting = await this.repository.countItemsInState(db, issue.id, 'submitted');
      if (waiting > 0) throw new AppException('ILLEGAL_TRANSITION', `${waiting} item(s) of ${label} wait for a decision.`, { waiting });
      const now = this.clock.now();
      const content = await this.contentOf(db, issue);
      if (!content.sections.length) throw new AppException('ILLEGAL_TRANSITION', `${label} has no accepted item to publish.`);
      const releaseDate = issue.releaseDate ?? toLocalDate(now);
      await this.repository.markPublished(db, issue.id, {
        at: now,
        by: user.id,
        releaseDate,
        content: { ...content, publishedAt: now.toISOString(), editorial: { ...content.editorial, releaseDate } },
      });
      await this.audit.record(db, user, {
        action: 'bulletin.published',
        objectType: 'bulletin_issue',
        objectId: issue.id,
        summary: { label, items: content.sections.reduce((n, s) => n + s.items.length, 0), releaseDate },
      });
      return this.issueDetail(user, issue.id, db);
    });
  }

  // ——— items ———

  /**
   * The item if this user may see it: an agency user only its own unit's; the office and leaders
   * anything sent (a draft is its unit's own business). Otherwise 404, like a missing one.
   */
  private async loadItem(db: EntityManager, user: CurrentUser, itemId: string, forUpdate = false): Promise<BulletinItemRow> {
    const item = await this.repository.findItem(db, itemId, forUpdate);
    const own = ownAgencyOf(user);
    if (!item || (own !== null ? item.agencyId !== own : item.state === 'draft')) throw new AppException('NOT_FOUND', 'No such bulletin item.');
    return item;
  }

  /** For the photo routes: may this user change this item's photos now (asked before the upload is read)? */
  async assertMayEditItem(user: CurrentUser, itemId: string, db: EntityManager = this.dataSource.manager): Promise<BulletinItemRow> {
    const item = await this.loadItem(db, user, itemId, db !== this.dataSource.manager);
    this.decide(item.state, user.role, 'edit', item.issue);
    return item;
  }

  /** For reading a photo: the item as loadItem sees it, or any accepted item of a published issue. */
  async loadReadableItem(db: EntityManager, user: CurrentUser, itemId: string): Promise<BulletinItemRow> {
    const item = await this.repository.findItem(db, itemId);
    if (item && item.issue.publishedAt && item.state === 'accepted') return item;
    return this.loadItem(db, user, itemId);
  }

  async listItems(user: CurrentUser, issueId: string, state?: BulletinItemState): Promise<BulletinItemSummary[]> {
    const db = this.dataSource.manager;
    const issue = await this.loadIssue(db, issueId);
    const own = ownAgencyOf(user);
    const rows = await this.repository.findItemsOfIssue(db, issue.id, own ? { agencyId: own, state } : { sentOnly: true, state });
    return rows.map(toSummaryRow);
  }

  async itemDetail(user: CurrentUser, itemId: string, db: EntityManager = this.dataSource.manager): Promise<BulletinItem> {
    const item = await this.loadItem(db, user, itemId);
    const photos = (await this.repository.findPhotosOf(db, [item.id])).get(item.id) ?? [];
    const label = bulletinIssueLabel(item.issue.number, item.issue.year);
    const edited =
      item.editedTitle !== null || item.editedSapo !== null || item.editedBody !== null
        ? { title: item.editedTitle ?? item.title, sapo: item.editedSapo ?? item.sapo, body: item.editedBody ?? item.body }
        : null;
    return {
      id: item.id,
      issueId: item.issueId,
      issueLabel: label,
      issueState: this.stateOf(item.issue),
      agencyId: item.agencyId,
      agencyName: item.agencyName,
      kind: item.kind,
      state: item.state,
      title: item.title,
      sapo: item.sapo,
      body: item.body,
      eventDate: item.eventDate,
      eventPlace: item.eventPlace,
      taskGroupId: item.taskGroupId,
      taskGroupTitle: item.taskGroupTitle,
      links: item.links,
      photos,
      revision: item.revision,
      edited,
      section: item.section,
      position: item.position,
      returnReason: item.returnReason,
      notUsedReason: item.notUsedReason,
      submittedAt: item.submittedAt?.toISOString() ?? null,
      decidedAt: item.decidedAt?.toISOString() ?? null,
      updatedAt: item.updatedAt.toISOString(),
      publishedIn: item.issue.publishedAt && item.state === 'accepted' ? { issueId: item.issueId, label } : null,
    };
  }

  async createItem(user: CurrentUser, issueId: string, request: CreateBulletinItemDto): Promise<BulletinItem> {
    const own = ownAgencyOf(user);
    if (!own) throw new AppException('FORBIDDEN', 'Only a unit’s own staff write its items.');
    return this.dataSource.transaction(async (db) => {
      const issue = await this.loadIssue(db, issueId);
      this.decide('draft', user.role, 'create', issue);
      const now = this.clock.now();
      const id = await this.repository.insertItem(db, { issueId: issue.id, agencyId: own, kind: request.kind, title: request.title ?? '', createdBy: user.id, at: now });
      return this.itemDetail(user, id, db);
    });
  }

  /** The autosave: the unit's own draft or returned item, from the revision it edited (409 STALE_VERSION otherwise). */
  async saveItem(user: CurrentUser, itemId: string, request: SaveBulletinItemDto): Promise<BulletinItem> {
    return this.dataSource.transaction(async (db) => {
      const item = await this.loadItem(db, user, itemId, true);
      this.decide(item.state, user.role, 'edit', item.issue);
      if (item.revision !== request.expectedRevision) {
        // The server's copy goes with the refusal, as a report section's does: the editor shows it beside the unit's text.
        const details = { server: await this.itemDetail(user, item.id, db) } satisfies BulletinStaleItemDetails;
        throw new AppException('STALE_VERSION', 'The item was changed elsewhere since this edit began.', details);
      }
      const taskGroupId = request.taskGroupId ?? null;
      if (taskGroupId && !(await this.repository.isTaskGroupOfHalfYear(db, taskGroupId, item.issue.year, halfYearOfMonth(item.issue.month)))) {
        throw new AppException('VALIDATION_FAILED', "The task group is not one of the issue's six-month period.", [
          { field: 'taskGroupId', constraints: { halfYear: "taskGroupId names no task group of the issue's six-month period" } },
        ]);
      }
      await this.repository.saveItem(
        db,
        item.id,
        {
          kind: request.kind,
          title: request.title.trim(),
          sapo: request.sapo,
          body: request.body,
          eventDate: request.eventDate ?? null,
          eventPlace: request.eventPlace.trim(),
          taskGroupId,
          links: request.links,
        },
        this.clock.now(),
      );
      return this.itemDetail(user, item.id, db);
    });
  }

  async deleteItem(user: CurrentUser, itemId: string): Promise<string[]> {
    return this.dataSource.transaction(async (db) => {
      const item = await this.loadItem(db, user, itemId, true);
      this.decide(item.state, user.role, 'delete', item.issue);
      const keys = await this.repository.findStorageKeysOfItem(db, item.id);
      await this.repository.deleteItem(db, item.id);
      return keys;
    });
  }

  async submit(user: CurrentUser, itemId: string): Promise<BulletinItem> {
    return this.dataSource.transaction(async (db) => {
      const item = await this.loadItem(db, user, itemId, true);
      this.decide(item.state, user.role, 'submit', item.issue);
      if (!item.title.trim() || !(item.sapo.trim() || item.body.trim())) {
        throw new AppException('VALIDATION_FAILED', 'An item is sent with a title and its text.', [
          ...(!item.title.trim() ? [{ field: 'title', constraints: { required: 'title is required to send the item' } }] : []),
          ...(!(item.sapo.trim() || item.body.trim()) ? [{ field: 'body', constraints: { required: 'a sapo or a body is required to send the item' } }] : []),
        ]);
      }
      const now = this.clock.now();
      await this.repository.markSubmitted(db, item.id, now);
      await this.audit.record(db, user, {
        action: item.state === 'returned' ? 'bulletin.item_resubmitted' : 'bulletin.item_submitted',
        objectType: 'bulletin_item',
        objectId: item.id,
        agencyId: item.agencyId,
        summary: { issueId: item.issueId, title: item.title },
      });
      await this.notifications.bulletinItemSubmitted(db, item.id, item.state === 'returned');
      return this.itemDetail(user, item.id, db);
    });
  }

  async accept(user: CurrentUser, itemId: string, request: AcceptBulletinItemDto): Promise<BulletinItem> {
    return this.dataSource.transaction(async (db) => {
      const item = await this.loadItem(db, user, itemId, true);
      this.decide(item.state, user.role, 'accept', item.issue);
      const section = request.section.trim();
      if (!item.issue.sections.includes(section)) {
        throw new AppException('VALIDATION_FAILED', 'Choose one of the issue’s sections.', [{ field: 'section', constraints: { isIn: `section must be one of: ${item.issue.sections.join(', ')}` } }]);
      }
      // An edit equal to the unit's text is no edit; a field not sent keeps the office's earlier edit.
      const edit = (given: string | undefined, original: string, earlier: string | null) => {
        const value = given === undefined ? earlier : given;
        return value === null || value === original ? null : value;
      };
      const position = item.state === 'accepted' && item.section === section ? item.position! : await this.repository.nextPosition(db, item.issueId, section);
      const now = this.clock.now();
      const edited = {
        title: edit(request.title, item.title, item.editedTitle),
        sapo: edit(request.sapo, item.sapo, item.editedSapo),
        body: edit(request.body, item.body, item.editedBody),
      };
      await this.repository.markAccepted(db, item.id, { edited, section, position, at: now, by: user.id });
      await this.audit.record(db, user, {
        action: 'bulletin.item_accepted',
        objectType: 'bulletin_item',
        objectId: item.id,
        agencyId: item.agencyId,
        summary: { issueId: item.issueId, section, edited: Object.entries(edited).filter(([, v]) => v !== null).map(([k]) => k) },
      });
      // The unit hears once that its item is in; the office moving it between sections later is the office's own business.
      if (item.state !== 'accepted') await this.notifications.bulletinItemAccepted(db, item.id);
      return this.itemDetail(user, item.id, db);
    });
  }

  async returnItem(user: CurrentUser, itemId: string, request: ReturnBulletinItemDto): Promise<BulletinItem> {
    return this.decideOut(user, itemId, 'return', request.reason);
  }

  async setAside(user: CurrentUser, itemId: string, request: NotUsedBulletinItemDto): Promise<BulletinItem> {
    return this.decideOut(user, itemId, 'not_used', request.reason?.trim() || null);
  }

  private async decideOut(user: CurrentUser, itemId: string, action: 'return' | 'not_used', reason: string | null): Promise<BulletinItem> {
    return this.dataSource.transaction(async (db) => {
      const item = await this.loadItem(db, user, itemId, true);
      const next = this.decide(item.state, user.role, action, item.issue) as 'returned' | 'not_used';
      await this.repository.markDecidedOut(db, item.id, { state: next, reason, at: this.clock.now(), by: user.id });
      await this.audit.record(db, user, {
        action: action === 'return' ? 'bulletin.item_returned' : 'bulletin.item_not_used',
        objectType: 'bulletin_item',
        objectId: item.id,
        agencyId: item.agencyId,
        summary: { issueId: item.issueId, reason },
      });
      if (next === 'returned') await this.notifications.bulletinItemReturned(db, item.id);
      return this.itemDetail(user, item.id, db);
    });
  }

  // ——— search and counts ———

  async search(query: BulletinSearchQueryDto): Promise<Page<BulletinSearchHit>> {
    const pageSize = BULLETIN_LIMITS.searchPageSize;
    const page = query.page ?? 1;
    const [items, total] = await this.repository.searchPublished(this.dataSource.manager, query, (page - 1) * pageSize, pageSize);
    return { items, total, page, pageSize };
  }

  taskGroupChoices(): Promise<BulletinTaskGroupChoice[]> {
    return this.repository.findTaskGroupChoices(this.dataSource.manager);
  }

  async contributions(year: number): Promise<BulletinContributions> {
    const db = this.dataSource.manager;
    const [units, items] = await Promise.all([this.repository.findContributingUnits(db), this.repository.findContributedItems(db, year)]);
    return tallyBulletinContributions(year, units, items);
  }
}
