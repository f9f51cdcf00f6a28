import { formatLocalDateVi } from '../deadlines/local-date.js';
import { isBulletinNotification, type BulletinNotificationEvent, type NotificationEvent, type NotificationLink, type ReportNotificationEvent } from './notification.types.js';

/**
 * The app's path of a notification's target: the same URLs the web app's route registry builds
 * (apps/web/src/config/paths.ts; a web test keeps the two equal).
 */
export function notificationPath(link: NotificationLink): string {
  switch (link.to) {
    case 'report':
      return `/reports/${encodeURIComponent(link.reportId)}${link.sectionId ? `#section-${encodeURIComponent(link.sectionId)}` : ''}`;
    case 'review':
      return `/reports/${encodeURIComponent(link.reportId)}/review`;
    case 'summary':
      return `/periods/${encodeURIComponent(link.periodId)}/summary`;
    case 'period':
      return `/periods/${encodeURIComponent(link.periodId)}`;
    case 'bulletin_issue':
      return `/bulletin/issues/${encodeURIComponent(link.issueId)}`;
    case 'bulletin_item':
      return `/bulletin/items/${encodeURIComponent(link.itemId)}`;
  }
}

/** The absolute address of a notification's target under the app's public URL (which may have a path). */
export function notificationUrl(appUrl: string, link: NotificationLink): string {
  return `${appUrl.replace(/\/+$/, '')}${notificationPath(link)}`;
}

export interface NotificationEmail {
  subject: string;
  text: string;
}

const SUBJECT_PREFIX = '[Giao Ban]';

function reminderSubject(daysLeft: number, periodTitle: string, due: string): string {
  if (daysLeft > 0) return `Nhắc hạn: còn ${daysLeft} ngày để gửi ${periodTitle} (hạn ${due})`;
  if (daysLeft === 0) return `Nhắc hạn: hôm nay (${due}) là hạn gửi ${periodTitle}`;
  return `Đôn đốc: ${periodTitle} quá hạn từ ${due}`;
}

/** Subject, opening sentence, what it is about and the lines under it, per kind. */
interface EmailContent {
  subject: string;
  lead: string;
  /** "Kỳ báo cáo: …" or "Bản tin: Số 14/2021". */
  about: string;
  lines: string[];
}

function content(event: NotificationEvent): EmailContent {
  if (isBulletinNotification(event)) return { ...bulletinContent(event), about: `Bản tin: ${event.params.issueLabel}` };
  return { ...reportContent(event), about: `Kỳ báo cáo: ${event.params.periodTitle}` };
}

function bulletinContent(event: BulletinNotificationEvent): Omit<EmailContent, 'about'> {
  const { issueLabel } = event.params;
  switch (event.kind) {
    case 'bulletin_window_opened': {
      const due = formatLocalDateVi(event.params.deadline);
      return {
        subject: `Bản tin ${issueLabel} nhận tin, bài đến ${due}`,
        lead: `Cơ quan thường trực đề nghị đơn vị gửi tin, bài cho Bản tin thông tin đối ngoại ${issueLabel}.`,
        lines: [`Hạn gửi tin, bài: ${due}`],
      };
    }
    case 'bulletin_reminder': {
      const due = formatLocalDateVi(event.params.deadline);
      const { daysLeft } = event.params;
      return {
        subject: daysLeft > 0 ? `Nhắc hạn: còn ${daysLeft} ngày để gửi tin, bài cho Bản tin ${issueLabel} (hạn ${due})` : `Nhắc hạn: hôm nay (${due}) là hạn gửi tin, bài cho Bản tin ${issueLabel}`,
        lead: `Đơn vị chưa gửi tin, bài nào cho Bản tin ${issueLabel}. Đề nghị gửi trước khi hết hạn.`,
        lines: [`Hạn gửi tin, bài: ${due}`],
      };
    }
    case 'bulletin_item_submitted': {
      const { agencyName, itemTitle, resubmitted } = event.params;
      const sent = resubmitted ? 'gửi lại' : 'gửi';
      return {
        subject: `${agencyName} đã ${sent} tin, bài cho Bản tin ${issueLabel} — chờ biên tập`,
        lead: `${agencyName} đã ${sent} tin, bài "${itemTitle}" cho Bản tin ${issueLabel}.`,
        lines: [`Hạn gửi tin, bài: ${formatLocalDateVi(event.params.deadline)}`],
      };
    }
    case 'bulletin_item_returned':
      return {
        subject: `Tin, bài được trả lại để chỉnh sửa: ${event.params.itemTitle}`,
        lead: `Cơ quan thường trực đã trả lại tin, bài "${event.params.itemTitle}" của đơn vị và đề nghị chỉnh sửa, gửi lại.`,
        lines: [`Lý do: ${event.params.reason}`, `Hạn gửi lại: ${formatLocalDateVi(event.params.deadline)}`],
      };
    case 'bulletin_item_accepted':
      return {
        subject: `Tin, bài đã được nhận đăng: ${event.params.itemTitle}`,
        lead: `Cơ quan thường trực đã nhận đăng tin, bài "${event.params.itemTitle}" của đơn vị trong Bản tin ${issueLabel}.`,
        lines: [`Mục: ${event.params.section}`],
      };
  }
}

function reportContent(event: ReportNotificationEvent): Omit<EmailContent, 'about'> {
  const { periodTitle } = event.params;
  const due = formatLocalDateVi(event.params.dueDate);
  switch (event.kind) {
    case 'period_opened':
      return {
        subject: `Kỳ báo cáo đã mở: ${periodTitle} (hạn gửi ${due})`,
        lead: `Cơ quan thường trực đã mở kỳ báo cáo "${periodTitle}". Đề nghị đơn vị xây dựng và gửi báo cáo đúng thời hạn.`,
        lines: [`Thời hạn gửi báo cáo: ${due}`],
      };
    case 'reminder':
      return {
        subject: reminderSubject(event.params.daysLeft, periodTitle, due),
        lead:
          event.params.daysLeft >= 0
            ? `Đơn vị chưa gửi báo cáo "${periodTitle}". Đề nghị hoàn thành và gửi báo cáo trước khi hết hạn.`
            : `Báo cáo "${periodTitle}" của đơn vị quá hạn từ ${due}. Đề nghị khẩn trương hoàn thành và gửi báo cáo.`,
        lines: [...(event.params.message ? [`Ý kiến của cơ quan thường trực: ${event.params.message}`] : []), `Thời hạn gửi báo cáo: ${due}`],
      };
    case 'overdue_digest': {
      const count = event.params.agencyNames.length;
      return {
        subject: `${count} đơn vị quá hạn gửi ${periodTitle} đã được nhắc`,
        lead: `Các đơn vị sau chưa gửi báo cáo "${periodTitle}" đã quá hạn và đã được hệ thống nhắc:`,
        lines: [...event.params.agencyNames.map((name) => `- ${name}`), `Thời hạn gửi báo cáo của kỳ: ${due}`],
      };
    }
    case 'summary_ready':
      return {
        subject: `Đã tiếp nhận đủ báo cáo: ${periodTitle} — sẵn sàng ban hành báo cáo tổng hợp`,
        lead: `Cơ quan thường trực đã tiếp nhận báo cáo của cả ${event.params.acceptedCount} đơn vị trong kỳ "${periodTitle}". Báo cáo tổng hợp có thể được tổng hợp lại, rà soát và ban hành.`,
        lines: [`Thời hạn gửi báo cáo của kỳ: ${due}`],
      };
    case 'report_returned':
      return {
        subject: `Báo cáo được trả lại để bổ sung: ${periodTitle} (hạn bổ sung ${due})`,
        lead: `Cơ quan thường trực đã trả lại báo cáo "${periodTitle}" của đơn vị và đề nghị bổ sung, chỉnh sửa.`,
        lines: [
          `Lý do: ${event.params.reason}`,
          ...(event.params.sectionTitles.length ? [`Phần cần bổ sung: ${event.params.sectionTitles.join('; ')}`] : []),
          `Hạn gửi lại: ${due}`,
        ],
      };
    case 'report_accepted':
      return {
        subject: `Báo cáo đã được tiếp nhận: ${periodTitle}`,
        lead: `Cơ quan thường trực đã tiếp nhận báo cáo "${periodTitle}" (phiên bản ${event.params.version}) của đơn vị.`,
        lines: [`Thời hạn gửi báo cáo: ${due}`],
      };
    case 'report_submitted':
    case 'report_resubmitted': {
      const again = event.kind === 'report_resubmitted';
      return {
        subject: `${event.params.agencyName} đã ${again ? 'gửi lại' : 'gửi'} báo cáo: ${periodTitle} — chờ tiếp nhận`,
        lead: `${event.params.agencyName} đã ${again ? 'gửi lại' : 'gửi'} báo cáo "${periodTitle}" (phiên bản ${event.params.version}, ${event.params.onTime ? 'đúng hạn' : 'quá hạn'}). Báo cáo đang chờ tiếp nhận.`,
        lines: [`${again ? 'Hạn gửi lại' : 'Thời hạn gửi báo cáo'}: ${due}`],
      };
    }
    case 'extension_granted':
      return {
        subject: `Gia hạn gửi báo cáo đến ${due}: ${periodTitle}`,
        lead: `Cơ quan thường trực đã gia hạn gửi báo cáo "${periodTitle}" cho đơn vị.`,
        lines: [`Thời hạn mới: ${due} (thời hạn ban đầu: ${formatLocalDateVi(event.params.originalDueDate)})`, `Lý do: ${event.params.reason}`],
      };
  }
}

/**
 * The Vietnamese e-mail of a notification: subject and plain-text body with the period (or the
 * bulletin's issue), the due date (dd/MM/yyyy) and the absolute link to the place in the app.
 */
export function notificationEmail(event: NotificationEvent, options: { appUrl: string; recipientName: string }): NotificationEmail {
  const { subject, lead, about, lines } = content(event);
  const text = [
    `Kính gửi ${options.recipientName},`,
    '',
    lead,
    '',
    about,
    ...lines,
    `Xem chi tiết: ${notificationUrl(options.appUrl, event.link)}`,
    '',
    '--',
    'Thư được gửi tự động từ hệ thống Giao Ban — Ban Chỉ đạo Công tác thông tin đối ngoại.',
    'Để ngừng nhận thông báo qua thư điện tử, vào "Tài khoản của tôi" trong ứng dụng.',
  ].join('\n');
  return { subject: `${SUBJECT_PREFIX} ${subject}`, text };
}
