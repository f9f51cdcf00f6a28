import { Inject, Injectable } from '@nestjs/common';
import { bulletinIssueLabel, GENERAL_SECTION_TITLES_VI, notificationEmail, taskGroupHeading, type GeneralSectionKey, type NotificationEvent } from '@giao-ban/shared';
import type { EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '../../common/clock/clock.js';
import { APP_CONFIG, type AppConfig } from '../../config/env.schema.js';
import { EmailDeliveryService } from './email-delivery.service.js';
import { NotificationsRepository, type Audience, type BulletinItemFacts, type ReportFacts, type ReturnedSection } from './notifications.repository.js';

export type { Audience } from './notifications.repository.js';

/** One event for one audience; the unit and period it concerns go into the message log. */
export interface Notice {
  event: NotificationEvent;
  audience: Audience;
  periodId: string | null;
  agencyId: string | null;
}

function sectionTitle(section: ReturnedSection): string {
  if (section.taskGroupTitle !== null) return taskGroupHeading(section.ordinal!, section.taskGroupTitle);
  return GENERAL_SECTION_TITLES_VI[section.generalKey as GeneralSectionKey] ?? section.generalKey ?? '';
}

/**
 * Tells people what happened, inside the caller's transaction: a notification in the app for each
 * active account of the audience (always), and an e-mail to those with an address who have not
 * switched e-mail off — sent by a durable job added in the same transaction, or, with no SMTP
 * server configured, kept in the outbox. Every message is written to the message log with the
 * unit and period it concerns. The workflow's events (below) read what they say from the database
 * after the caller's change, so a call site is one line.
 */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly repository: NotificationsRepository,
    private readonly email: EmailDeliveryService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The same service on another clock: the demo data lives through its own dates. */
  withClock(clock: Clock): NotificationsService {
    return new NotificationsService(this.repository, this.email, this.config, clock);
  }

  /** Notifies each notice's audience; returns how many people were notified in the app. */
  async notify(db: EntityManager, notices: Notice[]): Promise<number> {
    const audiences = await this.repository.findRecipients(db, notices.map((n) => n.audience));
    const now = this.clock.now();
    const deliveries = notices.flatMap((notice, index) => audiences[index]!.map((recipient) => ({ notice, recipient })));
    const ids = await this.repository.insertNotifications(
      db,
      deliveries.map(({ notice, recipient }) => ({
        recipientId: recipient.id,
        kind: notice.event.kind,
        params: notice.event.params,
        link: notice.event.link,
        periodId: notice.periodId,
        agencyId: notice.agencyId,
        createdAt: now,
      })),
    );
    const logged = { attempts: 0, lastError: null, createdAt: now, updatedAt: now };
    await this.repository.insertMessages(
      db,
      deliveries.map(({ notice, recipient }, index) => ({
        ...logged,
        notificationId: ids[index]!,
        recipientId: recipient.id,
        kind: notice.event.kind,
        channel: 'in_app' as const,
        address: null,
        subject: null,
        body: null,
        status: 'sent' as const,
        periodId: notice.periodId,
        agencyId: notice.agencyId,
        sentAt: now,
      })),
    );
    const emails = deliveries.flatMap(({ notice, recipient }, index) => {
      if (!recipient.email || !recipient.emailEnabled) return [];
      const { subject, text } = notificationEmail(notice.event, { appUrl: this.config.appUrl, recipientName: recipient.fullName });
      return [
        {
          ...logged,
          notificationId: ids[index]!,
          recipientId: recipient.id,
          kind: notice.event.kind,
          channel: 'email' as const,
          address: recipient.email,
          subject,
          body: text,
          status: this.email.sendsEmail ? ('queued' as const) : ('outbox' as const),
          periodId: notice.periodId,
          agencyId: notice.agencyId,
          sentAt: null,
        },
      ];
    });
    const emailIds = await this.repository.insertMessages(db, emails);
    if (this.email.sendsEmail) await this.email.enqueue(db, emailIds);
    return deliveries.length;
  }

  // ——— the workflow's events ———

  /** A period opened (or, `agencyIds`, units joined it): each unit's people, pointed at their own report. */
  async periodOpened(db: EntityManager, periodId: string, agencyIds?: string[]): Promise<void> {
    const obligations = await this.repository.findPeriodObligations(db, periodId);
    await this.notify(
      db,
      obligations.filter((o) => !agencyIds || agencyIds.includes(o.agencyId)).map((o) => ({
        event: { kind: 'period_opened', params: { periodTitle: o.periodTitle, dueDate: o.effectiveDueDate }, link: { to: 'report', reportId: o.reportId } },
        audience: { unit: o.agencyId },
        periodId,
        agencyId: o.agencyId,
      })),
    );
  }

  /** A unit submitted (or, after a return, resubmitted): the office, pointed at the review page. */
  async reportSubmitted(db: EntityManager, reportId: string): Promise<void> {
    const report = await this.facts(db, reportId);
    const again = report.versionNumber > 1;
    const params = {
      periodTitle: report.periodTitle,
      dueDate: again && report.revisionDueDate ? report.revisionDueDate : report.effectiveDueDate,
      agencyName: report.agencyName,
      version: report.versionNumber,
      onTime: report.lastVersionOnTime ?? true,
    };
    const link = { to: 'review', reportId } as const;
    await this.tell(db, report, { office: true }, again ? { kind: 'report_resubmitted', params, link } : { kind: 'report_submitted', params, link });
  }

  /** The office returned a report: the unit, with the reason, pointed at the (first) returned section. */
  async reportReturned(db: EntityManager, reportId: string): Promise<void> {
    const report = await this.facts(db, reportId);
    const sections = await this.repository.findReturnedSections(db, reportId);
    await this.tell(db, report, { unit: report.agencyId }, {
      kind: 'report_returned',
      params: {
        periodTitle: report.periodTitle,
        dueDate: report.revisionDueDate ?? report.effectiveDueDate,
        reason: report.returnReason ?? '',
        sectionTitles: sections.map(sectionTitle),
      },
      link: { to: 'report', reportId, sectionId: sections[0]?.id ?? null },
    });
  }

  /** The office accepted a report: the unit; and, when it was the period's last, the office, pointed at the summary to finalize. */
  async reportAccepted(db: EntityManager, reportId: string): Promise<void> {
    const report = await this.facts(db, reportId);
    await this.tell(db, report, { unit: report.agencyId }, {
      kind: 'report_accepted',
      params: { periodTitle: report.periodTitle, dueDate: report.effectiveDueDate, version: report.versionNumber },
      link: { to: 'report', reportId },
    });
    const receipt = await this.repository.countPeriodReceiptAfterEarlierAccepts(db, report.periodId);
    if (receipt.reports > 0 && receipt.accepted === receipt.reports) {
      await this.notify(db, [
        {
          event: {
            kind: 'summary_ready',
            params: { periodTitle: receipt.periodTitle, dueDate: receipt.dueDate, acceptedCount: receipt.accepted },
            link: { to: 'summary', periodId: report.periodId },
          },
          audience: { office: true },
          periodId: report.periodId,
          agencyId: null,
        },
      ]);
    }
  }

  async extensionGranted(db: EntityManager, reportId: string): Promise<void> {
    const report = await this.facts(db, reportId);
    await this.tell(db, report, { unit: report.agencyId }, {
      kind: 'extension_granted',
      params: { periodTitle: report.periodTitle, dueDate: report.effectiveDueDate, originalDueDate: report.originalDueDate, reason: report.extensionReason ?? '' },
      link: { to: 'report', reportId },
    });
  }

  // ——— the bulletin's events ———

  /**
   * An issue's window opened (its first day came, or the office opened it by hand): each unit
   * expected to contribute, pointed at the issue. Once per issue, however it opened.
   */
  async bulletinWindowOpened(db: EntityManager, issueId: string, agencyIds: readonly string[]): Promise<void> {
    const issue = await this.repository.claimBulletinWindowAnnouncement(db, issueId, this.clock.now());
    if (!issue) return;
    const params = { issueLabel: bulletinIssueLabel(issue.issueNumber, issue.issueYear), deadline: issue.deadline };
    await this.notify(
      db,
      agencyIds.map((agencyId) => ({
        event: { kind: 'bulletin_window_opened', params, link: { to: 'bulletin_issue', issueId } },
        audience: { unit: agencyId },
        periodId: null,
        agencyId,
      })),
    );
  }

  /** A unit sent an item (again, after a return): the office, pointed at the item to accept or return. */
  async bulletinItemSubmitted(db: EntityManager, itemId: string, resubmitted: boolean): Promise<void> {
    const item = await this.bulletinItem(db, itemId);
    await this.tellAboutItem(db, item, { office: true }, {
      kind: 'bulletin_item_submitted',
      params: { issueLabel: bulletinIssueLabel(item.issueNumber, item.issueYear), deadline: item.deadline, agencyName: item.agencyName, itemTitle: item.title, resubmitted },
      link: { to: 'bulletin_item', itemId },
    });
  }

  /** The office returned an item: the unit's people, with the reason, pointed at the item to edit. */
  async bulletinItemReturned(db: EntityManager, itemId: string): Promise<void> {
    const item = await this.bulletinItem(db, itemId);
    await this.tellAboutItem(db, item, { unit: item.agencyId }, {
      kind: 'bulletin_item_returned',
      params: { issueLabel: bulletinIssueLabel(item.issueNumber, item.issueYear), deadline: item.deadline, itemTitle: item.title, reason: item.returnReason ?? '' },
      link: { to: 'bulletin_item', itemId },
    });
  }

  async bulletinItemAccepted(db: EntityManager, itemId: string): Promise<void> {
    const item = await this.bulletinItem(db, itemId);
    await this.tellAboutItem(db, item, { unit: item.agencyId }, {
      kind: 'bulletin_item_accepted',
      params: { issueLabel: bulletinIssueLabel(item.issueNumber, item.issueYear), itemTitle: item.title, section: item.section ?? '' },
      link: { to: 'bulletin_item', itemId },
    });
  }

  private async tellAboutItem(db: EntityManager, item: BulletinItemFacts, audience: Audience, event: NotificationEvent): Promise<void> {
    await this.notify(db, [{ event, audience, periodId: null, agencyId: item.agencyId }]);
  }

  private async bulletinItem(db: EntityManager, itemId: string): Promise<BulletinItemFacts> {
    const item = await this.repository.findBulletinItemFacts(db, itemId);
    if (!item) throw new Error(`No bulletin item ${itemId} to notify about`);
    return item;
  }

  /** One event about one report, to one audience; the report's unit and period go into the log. */
  private async tell(db: EntityManager, report: ReportFacts, audience: Audience, event: NotificationEvent): Promise<void> {
    await this.notify(db, [{ event, audience, periodId: report.periodId, agencyId: report.agencyId }]);
  }

  private async facts(db: EntityManager, reportId: string): Promise<ReportFacts> {
    const report = await this.repository.findReportFacts(db, reportId);
    if (!report) throw new Error(`No report ${reportId} to notify about`);
    return report;
  }
}
