import { AgencyEntity } from '../modules/agencies/agency.entity.js';
import { SessionEntity } from '../modules/auth/session.entity.js';
import { IndicatorEntity } from '../modules/periods/indicator.entity.js';
import { ReportingPeriodEntity } from '../modules/periods/reporting-period.entity.js';
import { TaskGroupEntity } from '../modules/periods/task-group.entity.js';
import { UserEntity } from '../modules/users/user.entity.js';
import { Foundation1764430000000 } from './migrations/1764430000000-foundation.js';
import { ReportingWorkflow1764440000000 } from './migrations/1764440000000-reporting-workflow.js';
import { Attachments1764450000000 } from './migrations/1764450000000-attachments.js';
import { DashboardIndexes1764455000000 } from './migrations/1764455000000-dashboard-indexes.js';
import { AttachmentEntity } from '../modules/reports/attachment.entity.js';
import { AuditEventEntity } from '../modules/audit/audit-event.entity.js';
import { PeriodAgencyEntity } from '../modules/periods/period-agency.entity.js';
import { PublicHolidayEntity } from '../modules/periods/public-holiday.entity.js';
import { AgencyReportEntity } from '../modules/reports/agency-report.entity.js';
import { IndicatorValueEntity } from '../modules/reports/indicator-value.entity.js';
import { ReportSectionEntity } from '../modules/reports/report-section.entity.js';
import { ReportVersionEntity } from '../modules/reports/report-version.entity.js';
import { ReviewNoteEntity } from '../modules/reports/review-note.entity.js';
import { SummaryEntity } from '../modules/summaries/summary.entity.js';
import { SummarySectionEntity } from '../modules/summaries/summary-section.entity.js';
import { SummarySectionRevisionEntity, SummaryVersionEntity } from '../modules/summaries/summary-version.entity.js';
import { Summaries1764460000000 } from './migrations/1764460000000-summaries.js';
import { DashboardTallies1764470000000 } from './migrations/1764470000000-dashboard-tallies.js';
import { SummaryTextStorage1764480000000 } from './migrations/1764480000000-summary-text-storage.js';
import { SummaryTextJson1764490000000 } from './migrations/1764490000000-summary-text-json.js';
import { SubmittedFigures1764510000000 } from './migrations/1764510000000-submitted-figures.js';
import { UserAdministration1764520000000 } from './migrations/1764520000000-user-administration.js';
import { SignInThrottle1764540000000 } from './migrations/1764540000000-sign-in-throttle.js';
import { UnitAdministration1764550000000 } from './migrations/1764550000000-unit-administration.js';
import { AgencyNameEntity } from '../modules/agencies/agency-name.entity.js';
import { AgencySuccessionEntity } from '../modules/agencies/agency-succession.entity.js';
import { NotificationEntity } from '../modules/notifications/notification.entity.js';
import { NotificationMessageEntity } from '../modules/notifications/notification-message.entity.js';
import { NotificationPreferenceEntity } from '../modules/notifications/notification-preference.entity.js';
import { UnitDueDates1764585000000 } from './migrations/1764585000000-unit-due-dates.js';
import { Reminders1764590000000 } from './migrations/1764590000000-reminders.js';
import { Notifications1764580000000 } from './migrations/1764580000000-notifications.js';
import { CommitteeSettingsEntity } from '../modules/settings/committee-settings.entity.js';
import { CommitteeSettings1764560000000 } from './migrations/1764560000000-committee-settings.js';
import { DemoClock1764595000000 } from './migrations/1764595000000-demo-clock.js';
import { ReminderDelivery1764596000000 } from './migrations/1764596000000-reminder-delivery.js';
import { RemindersByReport1764600000000 } from './migrations/1764600000000-reminders-by-report.js';
import { RemindersRecordedWhenDelivered1764605000000 } from './migrations/1764605000000-reminders-recorded-when-delivered.js';
import { TaskGroupShortNames1764610000000 } from './migrations/1764610000000-task-group-short-names.js';
import { Bulletins1764620000000 } from './migrations/1764620000000-bulletins.js';
import { BulletinReminders1764630000000 } from './migrations/1764630000000-bulletin-reminders.js';
import { BulletinIssueEntity } from '../modules/bulletins/bulletin-issue.entity.js';
import { BulletinItemEntity } from '../modules/bulletins/bulletin-item.entity.js';
import { BulletinPhotoEntity } from '../modules/bulletins/bulletin-photo.entity.js';

/** Listed explicitly (no globs): the same list works for tsc output, jest's ESM mode and the CLI. */
export const ENTITIES = [
  AgencyEntity,
  UserEntity,
  SessionEntity,
  ReportingPeriodEntity,
  TaskGroupEntity,
  IndicatorEntity,
  PeriodAgencyEntity,
  PublicHolidayEntity,
  AgencyReportEntity,
  ReportSectionEntity,
  IndicatorValueEntity,
  ReportVersionEntity,
  ReviewNoteEntity,
  AuditEventEntity,
  AttachmentEntity,
  SummaryEntity,
  SummarySectionEntity,
  SummaryVersionEntity,
  SummarySectionRevisionEntity,
  AgencyNameEntity,
  AgencySuccessionEntity,
  NotificationEntity,
  NotificationMessageEntity,
  NotificationPreferenceEntity,
  CommitteeSettingsEntity,
  BulletinIssueEntity,
  BulletinItemEntity,
  BulletinPhotoEntity,
];

export const MIGRATIONS = [Foundation1764430000000, ReportingWorkflow1764440000000, Attachments1764450000000, DashboardIndexes1764455000000, Summaries1764460000000, DashboardTallies1764470000000, SummaryTextStorage1764480000000, SummaryTextJson1764490000000, SubmittedFigures1764510000000, UserAdministration1764520000000, SignInThrottle1764540000000, UnitAdministration1764550000000, CommitteeSettings1764560000000, Notifications1764580000000, UnitDueDates1764585000000, Reminders1764590000000, DemoClock1764595000000, ReminderDelivery1764596000000, RemindersByReport1764600000000, RemindersRecordedWhenDelivered1764605000000, TaskGroupShortNames1764610000000, Bulletins1764620000000, BulletinReminders1764630000000];
