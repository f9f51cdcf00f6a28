import type { ReminderLadder } from './reminder-ladder.js';

/** `GET/PUT /api/periods/:id/reminder-ladder` (office sets; office, leader, admin read). */
export interface PeriodReminderLadder {
  ladder: ReminderLadder;
}

/** A reminder to a unit is either a rung of the period's ladder or the office's đôn đốc. */
export const REMINDER_KINDS = ['ladder', 'manual'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** Đôn đốc: `POST /api/periods/:id/reminders` (office), to units that have not submitted. */
export interface SendRemindersRequest {
  agencyIds: string[];
  /** The office's own words, sent with the reminder (1–1,000 characters). */
  message: string;
}

export interface SendRemindersResult {
  /** Units reminded. */
  units: number;
  /** People notified in the app (each unit's reporters and heads). */
  recipients: number;
}

/** The limits of a đôn đốc message. */
export const REMINDER_MESSAGE_MAX_LENGTH = 1000;

/**
 * `GET/PUT /api/demo-clock` (admin; only when the app runs in demo mode, 404 otherwise): the
 * demo's clock, moved forward to see reminders fall due. `now` is what the app takes as the
 * current instant; `offsetMinutes` how far it is from the real time.
 */
export interface DemoClockState {
  now: string;
  offsetMinutes: number;
}

/** Moves the demo clock to an instant (ISO 8601), or back to the real time with `now: null`. */
export interface SetDemoClockRequest {
  now: string | null;
}
