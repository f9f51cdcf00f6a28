import type { LocalDate } from '../periods/period.types.js';
import type { Role } from '../auth/roles.js';

/**
 * What a person is told about. Each kind names the event; its params carry what the title, the
 * body and the e-mail say, frozen when it happened (a period renamed later keeps old messages as
 * they were read).
 */
export const NOTIFICATION_KINDS = [
  'period_opened',
  'reminder',
  'report_returned',
  'report_accepted',
  'report_submitted',
  'report_resubmitted',
  'extension_granted',
  'overdue_digest',
  'summary_ready',
  'bulletin_window_opened',
  'bulletin_reminder',
  'bulletin_item_submitted',
  'bulletin_item_returned',
  'bulletin_item_accepted',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Where a notification leads: the exact place in the app (see notificationPath). */
export type NotificationLink =
  /** The unit's own report; a returned section is scrolled to. */
  | { to: 'report'; reportId: string; sectionId?: string | null }
  /** The office's review page of a report. */
  | { to: 'review'; reportId: string }
  /** A period's summary report (to compile or finalize). */
  | { to: 'summary'; periodId: string }
  | { to: 'period'; periodId: string }
  /** A bulletin issue: a unit's open issue to send items to, the office's inbox and editor. */
  | { to: 'bulletin_issue'; issueId: string }
  /** A unit's own bulletin item (returned: to edit and send again). */
  | { to: 'bulletin_item'; itemId: string };

export interface NotificationParamsByKind {
  period_opened: { periodTitle: string; dueDate: LocalDate };
  /**
   * `daysLeft` counts to the effective due date: 0 on the day, negative once overdue. `message` is
   * the office's own words in a đôn đốc (absent or null for a reminder of the period's ladder).
   */
  reminder: { periodTitle: string; dueDate: LocalDate; daysLeft: number; message?: string | null };
  /** `dueDate` is the revision due date; the section titles are those sent back. */
  report_returned: { periodTitle: string; dueDate: LocalDate; reason: string; sectionTitles: string[] };
  report_accepted: { periodTitle: string; dueDate: LocalDate; version: number };
  report_submitted: { periodTitle: string; dueDate: LocalDate; agencyName: string; version: number; onTime: boolean };
  report_resubmitted: { periodTitle: string; dueDate: LocalDate; agencyName: string; version: number; onTime: boolean };
  /** `dueDate` is the new one; `originalDueDate` the unit's own (or the period's) before any extension. */
  extension_granted: { periodTitle: string; dueDate: LocalDate; originalDueDate: LocalDate; reason: string };
  /** To the office, once per sweep and period: the units overdue that were reminded (`dueDate` is the period's). */
  overdue_digest: { periodTitle: string; dueDate: LocalDate; agencyNames: string[] };
  /** To the office, when the last report of a period is accepted: the summary can be compiled and finalized (`dueDate` is the period's). */
  summary_ready: { periodTitle: string; dueDate: LocalDate; acceptedCount: number };
  /** An issue's window opened (by its date or by the office's hand): to each unit expected to contribute. */
  bulletin_window_opened: { issueLabel: string; deadline: LocalDate };
  /** A rung of the ladder before the issue's deadline, to a unit that has sent it nothing yet (`daysLeft` ≥ 0). */
  bulletin_reminder: { issueLabel: string; deadline: LocalDate; daysLeft: number };
  /** To the office: a unit sent an item (again, after a return, when `resubmitted`). */
  bulletin_item_submitted: { issueLabel: string; deadline: LocalDate; agencyName: string; itemTitle: string; resubmitted: boolean };
  /** To the unit: its item came back with the office's reason; it may send it again until the deadline. */
  bulletin_item_returned: { issueLabel: string; deadline: LocalDate; itemTitle: string; reason: string };
  /** To the unit: its item was accepted into a section of the issue. */
  bulletin_item_accepted: { issueLabel: string; itemTitle: string; section: string };
}

export type BulletinNotificationKind = Extract<NotificationKind, `bulletin_${string}`>;
export type ReportNotificationKind = Exclude<NotificationKind, BulletinNotificationKind>;
export type BulletinNotificationEvent = Extract<NotificationEvent, { kind: BulletinNotificationKind }>;
export type ReportNotificationEvent = Extract<NotificationEvent, { kind: ReportNotificationKind }>;

/** Whether a notification is about the bulletin (its params name an issue, not a reporting period). */
export function isBulletinNotification(event: NotificationEvent): event is BulletinNotificationEvent {
  return event.kind.startsWith('bulletin_');
}

/** One event as `NotificationsService.notify` takes it and a notification carries it. */
export type NotificationEvent = {
  [K in NotificationKind]: { kind: K; params: NotificationParamsByKind[K]; link: NotificationLink };
}[NotificationKind];

/** One in-app notification of the signed-in user. */
export type NotificationItem = NotificationEvent & {
  id: string;
  periodId: string | null;
  agencyId: string | null;
  createdAt: string;
  readAt: string | null;
};

/** `GET /api/notifications`: the user's own, newest first, with the unread count. */
export interface NotificationPage {
  items: NotificationItem[];
  total: number;
  page: number;
  pageSize: number;
  unread: number;
}

/**
 * `GET /api/notifications/unread-count`, polled by the bell. `awaitingReceipt` is the office's
 * "chờ tiếp nhận" count (reports submitted and not yet accepted or returned); null for others.
 */
export interface NotificationCounts {
  unread: number;
  awaitingReceipt: number | null;
}

/** `GET/PATCH /api/notifications/preferences`: in-app is always on; e-mail is the user's choice. */
export interface NotificationPreferences {
  emailEnabled: boolean;
  /** The address e-mail goes to (the profile's); null when the user has none. */
  email: string | null;
}

export interface UpdateNotificationPreferencesRequest {
  emailEnabled: boolean;
}

export const MESSAGE_CHANNELS = ['in_app', 'email'] as const;
export type MessageChannel = (typeof MESSAGE_CHANNELS)[number];

/**
 * A message's state in the log: `queued` (an e-mail job waits or retries), `sent` (delivered to
 * the app or accepted by the SMTP server), `failed` (retries used up; the error says why), `outbox`
 * (no SMTP server configured: kept for the administrator to read).
 */
export const MESSAGE_STATUSES = ['queued', 'sent', 'failed', 'outbox'] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

/** One line of the message log as the administrator reads it (`GET /api/outbox`). */
export interface MessageLogEntry {
  id: string;
  kind: NotificationKind;
  channel: MessageChannel;
  status: MessageStatus;
  recipientId: string;
  recipientName: string;
  recipientLogin: string;
  recipientRole: Role;
  address: string | null;
  subject: string | null;
  body: string | null;
  attempts: number;
  lastError: string | null;
  agencyId: string | null;
  agencyName: string | null;
  periodId: string | null;
  periodTitle: string | null;
  createdAt: string;
  updatedAt: string;
  sentAt: string | null;
}

export interface MessageLogQuery {
  status?: MessageStatus;
  page?: number;
  pageSize?: number;
}

/** A report waiting for the office to accept or return it ("chờ tiếp nhận"). */
export interface ReviewQueueItem {
  reportId: string;
  periodId: string;
  periodTitle: string;
  agencyId: string;
  agencyName: string;
  versionNumber: number;
  /** A resubmission after a return. */
  resubmitted: boolean;
  lastSubmittedAt: string;
}
