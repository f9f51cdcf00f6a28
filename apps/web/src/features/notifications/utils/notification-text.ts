import { isBulletinNotification, type BulletinNotificationEvent, type NotificationEvent } from '@giao-ban/shared';
import type { TFunction } from 'i18next';
import { formatDate } from '@/lib/format';

interface NotificationText {
  title: string;
  description: string;
}

function bulletinNotificationText(notification: BulletinNotificationEvent, t: TFunction): NotificationText {
  const issue = notification.params.issueLabel;
  switch (notification.kind) {
    case 'bulletin_window_opened':
      return {
        title: t('notifications.kinds.bulletinWindowOpened.title', { issue }),
        description: t('notifications.kinds.bulletinWindowOpened.description', { issue, due: formatDate(notification.params.deadline) }),
      };
    case 'bulletin_reminder': {
      const { daysLeft } = notification.params;
      return {
        title: daysLeft > 0 ? t('notifications.kinds.bulletinReminder.before', { count: daysLeft }) : t('notifications.kinds.bulletinReminder.today'),
        description: t('notifications.kinds.bulletinWindowOpened.description', { issue, due: formatDate(notification.params.deadline) }),
      };
    }
    case 'bulletin_item_submitted': {
      const { agencyName: agency, itemTitle: title, resubmitted } = notification.params;
      return {
        title: t(resubmitted ? 'notifications.kinds.bulletinItemSubmitted.again' : 'notifications.kinds.bulletinItemSubmitted.title', { agency }),
        description: t('notifications.kinds.bulletinItemSubmitted.description', { issue, title }),
      };
    }
    case 'bulletin_item_returned':
      return {
        title: t('notifications.kinds.bulletinItemReturned.title'),
        description: t('notifications.kinds.bulletinItemReturned.description', {
          title: notification.params.itemTitle,
          reason: notification.params.reason,
          due: formatDate(notification.params.deadline),
        }),
      };
    case 'bulletin_item_accepted':
      return {
        title: t('notifications.kinds.bulletinItemAccepted.title'),
        description: t('notifications.kinds.bulletinItemAccepted.description', { title: notification.params.itemTitle, issue, section: notification.params.section }),
      };
  }
}

/** The title and the line under it of a notification, in the chosen language, from its kind and params. */
export function notificationText(notification: NotificationEvent, t: TFunction): NotificationText {
  if (isBulletinNotification(notification)) return bulletinNotificationText(notification, t);
  const period = notification.params.periodTitle;
  const due = formatDate(notification.params.dueDate);
  switch (notification.kind) {
    case 'period_opened':
      return { title: t('notifications.kinds.periodOpened.title'), description: t('notifications.kinds.periodOpened.description', { period, due }) };
    case 'reminder': {
      const { daysLeft, message } = notification.params;
      if (message) return { title: t('notifications.kinds.reminder.manual'), description: t('notifications.kinds.reminder.manualDescription', { period, message }) };
      const title =
        daysLeft > 0
          ? t('notifications.kinds.reminder.before', { count: daysLeft })
          : daysLeft === 0
            ? t('notifications.kinds.reminder.today')
            : t('notifications.kinds.reminder.overdue', { due });
      return { title, description: t('notifications.kinds.reminder.description', { period, due }) };
    }
    case 'overdue_digest': {
      const units = notification.params.agencyNames;
      return {
        title: t('notifications.kinds.overdueDigest.title', { count: units.length }),
        description: t('notifications.kinds.overdueDigest.description', { period, units: units.join(', ') }),
      };
    }
    case 'summary_ready':
      return {
        title: t('notifications.kinds.summaryReady.title'),
        description: t('notifications.kinds.summaryReady.description', { period, count: notification.params.acceptedCount }),
      };
    case 'report_returned':
      return {
        title: t('notifications.kinds.reportReturned.title'),
        description: t('notifications.kinds.reportReturned.description', { period, due, reason: notification.params.reason }),
      };
    case 'report_accepted':
      return {
        title: t('notifications.kinds.reportAccepted.title'),
        description: t('notifications.kinds.reportAccepted.description', { period, version: notification.params.version }),
      };
    case 'report_submitted':
    case 'report_resubmitted': {
      const { agencyName: agency, version, onTime } = notification.params;
      const key = notification.kind === 'report_submitted' ? 'reportSubmitted' : 'reportResubmitted';
      return {
        title: t(`notifications.kinds.${key}.title`, { agency }),
        description: t('notifications.kinds.reportSubmitted.description', {
          period,
          version,
          timeliness: onTime ? t('notifications.onTime') : t('notifications.late'),
        }),
      };
    }
    case 'extension_granted':
      return {
        title: t('notifications.kinds.extensionGranted.title', { due }),
        description: t('notifications.kinds.extensionGranted.description', { period, reason: notification.params.reason }),
      };
  }
}
