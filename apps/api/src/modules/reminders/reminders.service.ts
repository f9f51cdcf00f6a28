import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  bulletinIssueLabel,
  daysBetween,
  decideBulletinIssueState,
  dueReminderRung,
  isOverdueRung,
  manualReminderRefusal,
  normalizeReminderLadder,
  reminderLadderProblems,
  toLocalDate,
  type CurrentUser,
  type FieldError,
  type ManualReminderRefusal,
  type PeriodReminderLadder,
  type ReminderLadder,
  type SendRemindersRequest,
  type SendRemindersResult,
} from '@giao-ban/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '../../common/clock/clock.js';
import { AppException } from '../../common/errors/app-exception.js';
import { jobQueue, type JobQueue } from '../../jobs/job-queue.js';
import { JobsService } from '../../jobs/jobs.service.js';
import { AuditService } from '../audit/audit.service.js';
import { MetricsService } from '../metrics/metrics.service.js';
import { NotificationsService, type Notice } from '../notifications/notifications.service.js';
import { RemindersRepository, type BulletinLadderRung, type LadderRung } from './reminders.repository.js';

/** The hourly sweep: a job of its own, so it runs once an hour however many API processes there are. */
export const REMINDER_SWEEP_QUEUE = jobQueue<Record<string, never>>('reminders.sweep', {
  retryLimit: 2,
  retryDelaySeconds: 60,
  retryBackoff: true,
  expireInSeconds: 15 * 60,
});
/** A period's rungs decided by a sweep, waiting to be delivered. */
export interface RungDelivery {
  periodId: string;
  rungs: LadderRung[];
}

/**
 * The sweep's decisions, one job per period, delivered by `deliver()` right after the sweep (the
 * hourly job runs both; so does the demo clock). A delivery that fails is retried by the next one.
 */
export const REMINDER_DELIVERY_QUEUE = jobQueue<RungDelivery>('reminders.deliver', {
  retryLimit: 5,
  retryDelaySeconds: 60,
  retryBackoff: true,
  expireInSeconds: 15 * 60,
});
/**
 * A bulletin issue's part of a sweep: the units to tell that its window opened (none when they
 * were told before), and the rungs falling due for the units that have sent it nothing yet.
 */
export interface BulletinRungDelivery {
  issueId: string;
  announceTo: string[];
  rungs: BulletinLadderRung[];
}

export const BULLETIN_REMINDER_DELIVERY_QUEUE = jobQueue<BulletinRungDelivery>('reminders.deliver-bulletin', {
  retryLimit: 5,
  retryDelaySeconds: 60,
  retryBackoff: true,
  expireInSeconds: 15 * 60,
});

/** At the top of every hour, Vietnam's time: a rung falls due at midnight and goes out within the hour. */
export const REMINDER_SWEEP_CRON = '0 * * * *';

/** What a sweep did: the units whose rung it sent to delivery. */
export interface SweepOutcome {
  units: number;
}

/** What a delivery did: units reminded and people notified in the app. */
export interface DeliveryOutcome {
  units: number;
  messages: number;
}

const REFUSAL_MESSAGES: Record<ManualReminderRefusal, string> = {
  notObliged: 'The unit does not report in this period.',
  alreadySubmitted: 'The unit has submitted its report.',
};

/**
 * Reminders (issue #12): the period's ladder, the sweep that sends each unit that has not
 * submitted the rung falling due (once per report, due date and rung), and the office's đôn đốc.
 */
@Injectable()
export class RemindersService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: RemindersRepository,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly jobs: JobsService,
    private readonly metrics: MetricsService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.jobs.work(REMINDER_SWEEP_QUEUE, async () => {
      await this.sweep();
      await this.deliver();
      await this.sweepBulletins();
      await this.deliverBulletins();
    });
    this.jobs.schedule(REMINDER_SWEEP_QUEUE, REMINDER_SWEEP_CRON, {});
    this.jobs.register(REMINDER_DELIVERY_QUEUE);
    this.jobs.register(BULLETIN_REMINDER_DELIVERY_QUEUE);
  }

  async ladder(periodId: string): Promise<PeriodReminderLadder> {
    const period = await this.repository.findPeriod(this.dataSource.manager, periodId);
    if (!period) throw new AppException('NOT_FOUND', 'No such reporting period.');
    return { ladder: period.ladder };
  }

  /** The office changes a period's ladder while the period is not closed; the next sweep follows it. */
  async setLadder(user: CurrentUser, periodId: string, ladder: ReminderLadder): Promise<PeriodReminderLadder> {
    const problems = reminderLadderProblems(ladder, 'ladder');
    if (problems.length > 0) throw new AppException('VALIDATION_FAILED', 'The reminder ladder has invalid fields.', problems);
    const { daysBefore, onDueDay, repeatEveryDays } = ladder;
    const stored = normalizeReminderLadder({ daysBefore, onDueDay, repeatEveryDays });
    await this.dataSource.transaction(async (db) => {
      const period = await this.repository.findPeriod(db, periodId, true);
      if (!period) throw new AppException('NOT_FOUND', 'No such reporting period.');
      if (period.state !== 'draft' && period.state !== 'open') {
        throw new AppException('ILLEGAL_TRANSITION', `The reminders of a ${period.state} period no longer change.`);
      }
      await this.repository.saveLadder(db, periodId, stored, this.clock.now());
      await this.audit.record(db, user, {
        action: 'period.reminder_ladder_set',
        objectType: 'period',
        objectId: periodId,
        periodId,
        summary: { before: period.ladder, after: stored },
      });
    });
    return { ladder: stored };
  }

  /**
   * Decides for every unit that has not submitted the rung of its period's ladder due today (the
   * injected clock's day in Vietnam) and not sent yet, and queues them for delivery, one job per
   * period, in one transaction. Delivering them is `deliver()`'s part: the hourly job does both,
   * one after the other.
   */
  async sweep(): Promise<SweepOutcome> {
    const today = toLocalDate(this.clock.now());
    return this.dataSource.transaction(async (db) => {
      const deliveries = new Map<string, Map<string, LadderRung>>();
      let units = 0;
      for (const report of await this.repository.findUnsubmittedReportsOfOpenPeriods(db)) {
        const rung = dueReminderRung(report.ladder, { today, effectiveDue: report.effectiveDueDate, openedOn: report.obligedOn, lastSent: report.lastSentRung });
        if (rung === null) continue;
        const ofPeriod = deliveries.get(report.periodId) ?? new Map<string, LadderRung>();
        deliveries.set(report.periodId, ofPeriod);
        const key = `${report.effectiveDueDate} ${rung}`;
        const ladderRung = ofPeriod.get(key) ?? { dueDate: report.effectiveDueDate, rung, reportIds: [] };
        ofPeriod.set(key, ladderRung);
        ladderRung.reportIds.push(report.reportId);
        units += 1;
      }
      for (const [periodId, rungs] of deliveries) await this.jobs.send(db, REMINDER_DELIVERY_QUEUE, { periodId, rungs: [...rungs.values()] });
      return { units };
    });
  }

  /**
   * Delivers the rungs the sweeps queued, one period per transaction, each rung once (see
   * `recordSentRungs`): rungs up to the due date to the unit's reporters; overdue ones to its head
   * too, and the office gets one digest per period listing the overdue units reminded. Returns
   * the units reminded and the people notified.
   */
  async deliver(): Promise<DeliveryOutcome> {
    return this.deliverQueued(REMINDER_DELIVERY_QUEUE, async (db, { periodId, rungs: queued }) => {
      const now = this.clock.now();
      const rungs = await this.repository.recordSentRungs(db, queued, now);
      const notices: Notice[] = rungs.map((r) => ({
        event: {
          kind: 'reminder',
          params: { periodTitle: r.periodTitle, dueDate: r.dueDate, daysLeft: daysBetween(toLocalDate(now), r.dueDate), message: null },
          link: { to: 'report', reportId: r.reportId },
        },
        audience: isOverdueRung(r.rung) ? { unit: r.agencyId } : { unit: r.agencyId, roles: ['agency_reporter'] },
        periodId,
        agencyId: r.agencyId,
      }));
      const overdue = rungs.filter((r) => isOverdueRung(r.rung));
      if (overdue.length > 0) {
        notices.push({
          event: {
            kind: 'overdue_digest',
            params: { periodTitle: overdue[0]!.periodTitle, dueDate: overdue[0]!.periodDueDate, agencyNames: overdue.map((r) => r.agencyName) },
            link: { to: 'period', periodId },
          },
          audience: { office: true },
          periodId,
          agencyId: null,
        });
      }
      return { units: rungs.length, messages: await this.notifications.notify(db, notices) };
    });
  }

  /**
   * Runs the deliveries a queue holds, each in a transaction of its own (`deliverOne` records its
   * rungs and notifies, answering the units reminded and the people notified), and adds them up.
   */
  private async deliverQueued<T extends object>(queue: JobQueue<T>, deliverOne: (db: EntityManager, data: T) => Promise<DeliveryOutcome>): Promise<DeliveryOutcome> {
    const outcome: DeliveryOutcome = { units: 0, messages: 0 };
    await this.jobs.take(queue, async ({ data }) => {
      const delivered = await this.dataSource.transaction((db) => deliverOne(db, data)).catch((error: unknown) => {
        this.metrics.reminderFailed('ladder');
        throw error;
      });
      // Counted once committed: a rolled-back delivery reminded nobody.
      outcome.units += delivered.units;
      outcome.messages += delivered.messages;
      this.metrics.reminderSent('ladder', delivered.units);
    });
    return outcome;
  }

  /**
   * The bulletin on the same ladder (the committee's): for each issue open today (the injected
   * clock's day in Vietnam), its window announced to the units expected to contribute if it was
   * not yet, and each of those units that has sent it nothing the rung due today, up to the
   * deadline (after it the issue is edited and takes no more items, so no overdue rungs). One job
   * per issue, queued in one transaction; `deliverBulletins()` sends them.
   */
  async sweepBulletins(): Promise<SweepOutcome> {
    const today = toLocalDate(this.clock.now());
    return this.dataSource.transaction(async (db) => {
      const open = (await this.repository.findBulletinIssuesToSweep(db, today)).filter((issue) => decideBulletinIssueState({ ...issue, publishedAt: null }, today) === 'open');
      if (open.length === 0) return { units: 0 };
      const ladder = await this.repository.findCommitteeLadder(db);
      const units = await this.repository.findBulletinUnits(db, open.map((i) => i.issueId));
      let reminded = 0;
      for (const issue of open) {
        const ofIssue = units.filter((u) => u.issueId === issue.issueId);
        const rungs = new Map<number, BulletinLadderRung>();
        for (const unit of ofIssue.filter((u) => !u.contributed)) {
          const rung = dueReminderRung(ladder, { today, effectiveDue: issue.deadline, openedOn: issue.windowStart, lastSent: unit.lastSentRung });
          if (rung === null || isOverdueRung(rung)) continue;
          const ladderRung = rungs.get(rung) ?? { dueDate: issue.deadline, rung, agencyIds: [] };
          rungs.set(rung, ladderRung);
          ladderRung.agencyIds.push(unit.agencyId);
          reminded += 1;
        }
        const announceTo = issue.announced ? [] : ofIssue.map((u) => u.agencyId);
        if (announceTo.length > 0 || rungs.size > 0) {
          await this.jobs.send(db, BULLETIN_REMINDER_DELIVERY_QUEUE, { issueId: issue.issueId, announceTo, rungs: [...rungs.values()] });
        }
      }
      return { units: reminded };
    });
  }

  /**
   * Delivers what the bulletin sweeps queued, one issue per transaction: the window's announcement
   * (once per issue, see NotificationsService.bulletinWindowOpened) and each rung once, to the
   * unit's reporters, as a report's rungs before its due date go.
   */
  async deliverBulletins(): Promise<DeliveryOutcome> {
    return this.deliverQueued(BULLETIN_REMINDER_DELIVERY_QUEUE, async (db, { issueId, announceTo, rungs: queued }) => {
      if (announceTo.length > 0) await this.notifications.bulletinWindowOpened(db, issueId, announceTo);
      const now = this.clock.now();
      const rungs = await this.repository.recordSentBulletinRungs(db, issueId, queued, now);
      const notices: Notice[] = rungs.map((r) => ({
        event: {
          kind: 'bulletin_reminder',
          params: { issueLabel: bulletinIssueLabel(r.issueNumber, r.issueYear), deadline: r.dueDate, daysLeft: daysBetween(toLocalDate(now), r.dueDate) },
          link: { to: 'bulletin_issue', issueId },
        },
        audience: { unit: r.agencyId, roles: ['agency_reporter'] },
        periodId: null,
        agencyId: r.agencyId,
      }));
      return { units: rungs.length, messages: await this.notifications.notify(db, notices) };
    });
  }

  /**
   * Đôn đốc: the office's own words to units of an open period that still owe their report (a
   * returned one included), to each unit's reporters and head. All the units asked for or none: a
   * refusal names each unit that cannot be reminded, and why.
   */
  async send(user: CurrentUser, periodId: string, body: SendRemindersRequest): Promise<SendRemindersResult> {
    const now = this.clock.now();
    const today = toLocalDate(now);
    const result = await this.dataSource.transaction(async (db) => {
      const period = await this.repository.findPeriod(db, periodId);
      if (!period) throw new AppException('NOT_FOUND', 'No such reporting period.');
      if (period.state !== 'open') throw new AppException('PERIOD_NOT_OPEN', `Units of a ${period.state} period are not reminded.`);
      const reports = await this.repository.findObligedReports(db, periodId, body.agencyIds);
      const refusals: FieldError[] = [];
      reports.forEach((report, index) => {
        const refusal = manualReminderRefusal(report?.state ?? null);
        if (refusal) refusals.push({ field: `agencyIds.${index}`, constraints: { [refusal]: REFUSAL_MESSAGES[refusal] } });
      });
      if (refusals.length > 0) throw new AppException('VALIDATION_FAILED', 'Only units that still owe their report in this open period can be reminded.', refusals);
      const chased = reports.filter((r) => r !== null);
      await this.repository.insertManualReminders(db, chased, { message: body.message, sentBy: user.id, at: now });
      const recipients = await this.notifications.notify(
        db,
        chased.map((r) => ({
          event: {
            kind: 'reminder',
            params: { periodTitle: period.title, dueDate: r.effectiveDueDate, daysLeft: daysBetween(today, r.effectiveDueDate), message: body.message },
            link: { to: 'report', reportId: r.reportId },
          },
          audience: { unit: r.agencyId },
          periodId,
          agencyId: r.agencyId,
        })),
      );
      for (const r of chased) {
        await this.audit.record(db, user, {
          action: 'report.reminded',
          objectType: 'report',
          objectId: r.reportId,
          periodId,
          agencyId: r.agencyId,
          summary: { message: body.message },
        });
      }
      return { units: chased.length, recipients };
    });
    this.metrics.reminderSent('manual', result.units);
    return result;
  }
}
