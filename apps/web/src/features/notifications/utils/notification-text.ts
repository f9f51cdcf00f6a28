import type { NotificationEvent } from '@giao-ban/shared';
import type { TFunction } from 'i18next';
import { formatDate } from '@/lib/format';

/** The title and the line under it of a notification, in the chosen language, from its kind and params. */
export function notificationText(notification: NotificationEvent, t: TFunction): { title: string; description: string } {
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
