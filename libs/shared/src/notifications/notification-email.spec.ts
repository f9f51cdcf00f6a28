import { notificationEmail, notificationPath, notificationUrl } from './notification-email.js';
import type { NotificationEvent, NotificationLink } from './notification.types.js';

const PERIOD = 'Báo cáo 6 tháng đầu năm 2022';
const REPORT = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const SECTION = '16fd2706-8baf-433b-82eb-8c7fada847da';
const APP = 'https://giaoban.quangninh.gov.vn';

describe('notificationPath / notificationUrl', () => {
  it.each<[NotificationLink, string]>([
    [{ to: 'report', reportId: REPORT }, `/reports/${REPORT}`],
    [{ to: 'report', reportId: REPORT, sectionId: null }, `/reports/${REPORT}`],
    [{ to: 'report', reportId: REPORT, sectionId: SECTION }, `/reports/${REPORT}#section-${SECTION}`],
    [{ to: 'review', reportId: REPORT }, `/reports/${REPORT}/review`],
    [{ to: 'summary', periodId: REPORT }, `/periods/${REPORT}/summary`],
    [{ to: 'period', periodId: REPORT }, `/periods/${REPORT}`],
    [{ to: 'bulletin_issue', issueId: REPORT }, `/bulletin/issues/${REPORT}`],
    [{ to: 'bulletin_item', itemId: SECTION }, `/bulletin/items/${SECTION}`],
  ])('%j → %s', (link, path) => {
    expect(notificationPath(link)).toBe(path);
  });

  it.each([
    ['https://giaoban.quangninh.gov.vn', `https://giaoban.quangninh.gov.vn/reports/${REPORT}/review`],
    ['https://giaoban.quangninh.gov.vn/', `https://giaoban.quangninh.gov.vn/reports/${REPORT}/review`],
    ['https://portal.quangninh.gov.vn/giaoban//', `https://portal.quangninh.gov.vn/giaoban/reports/${REPORT}/review`],
    ['http://localhost:3000', `http://localhost:3000/reports/${REPORT}/review`],
  ])('under %s', (appUrl, url) => {
    expect(notificationUrl(appUrl, { to: 'review', reportId: REPORT })).toBe(url);
  });
});

describe('notificationEmail', () => {
  const report: NotificationLink = { to: 'report', reportId: REPORT };
  it.each<[string, NotificationEvent, string, string[]]>([
    [
      'period opened',
      { kind: 'period_opened', params: { periodTitle: PERIOD, dueDate: '2022-06-17' }, link: report },
      `[Giao Ban] Kỳ báo cáo đã mở: ${PERIOD} (hạn gửi 17/06/2022)`,
      ['Cơ quan thường trực đã mở kỳ báo cáo', 'Thời hạn gửi báo cáo: 17/06/2022'],
    ],
    [
      'reminder, three days before',
      { kind: 'reminder', params: { periodTitle: PERIOD, dueDate: '2022-06-17', daysLeft: 3 }, link: report },
      `[Giao Ban] Nhắc hạn: còn 3 ngày để gửi ${PERIOD} (hạn 17/06/2022)`,
      ['chưa gửi báo cáo', 'Thời hạn gửi báo cáo: 17/06/2022'],
    ],
    [
      'reminder, on the day',
      { kind: 'reminder', params: { periodTitle: PERIOD, dueDate: '2022-06-17', daysLeft: 0 }, link: report },
      `[Giao Ban] Nhắc hạn: hôm nay (17/06/2022) là hạn gửi ${PERIOD}`,
      ['trước khi hết hạn'],
    ],
    [
      'reminder, overdue',
      { kind: 'reminder', params: { periodTitle: PERIOD, dueDate: '2022-06-17', daysLeft: -2 }, link: report },
      `[Giao Ban] Đôn đốc: ${PERIOD} quá hạn từ 17/06/2022`,
      ['quá hạn từ 17/06/2022', 'khẩn trương'],
    ],
    [
      'đôn đốc with the office\'s own words',
      { kind: 'reminder', params: { periodTitle: PERIOD, dueDate: '2022-06-17', daysLeft: -4, message: 'Đề nghị gửi trước 10 giờ sáng mai.' }, link: report },
      `[Giao Ban] Đôn đốc: ${PERIOD} quá hạn từ 17/06/2022`,
      ['Ý kiến của cơ quan thường trực: Đề nghị gửi trước 10 giờ sáng mai.', 'khẩn trương'],
    ],
    [
      'overdue digest to the office',
      { kind: 'overdue_digest', params: { periodTitle: PERIOD, dueDate: '2022-06-17', agencyNames: ['Công an tỉnh', 'Huyện Bình Liêu'] }, link: { to: 'period', periodId: REPORT } },
      `[Giao Ban] 2 đơn vị quá hạn gửi ${PERIOD} đã được nhắc`,
      ['- Công an tỉnh', '- Huyện Bình Liêu', `/periods/${REPORT}`],
    ],
    [
      'every report accepted: the summary to finalize, to the office',
      { kind: 'summary_ready', params: { periodTitle: PERIOD, dueDate: '2022-06-17', acceptedCount: 14 }, link: { to: 'summary', periodId: REPORT } },
      `[Giao Ban] Đã tiếp nhận đủ báo cáo: ${PERIOD} — sẵn sàng ban hành báo cáo tổng hợp`,
      ['báo cáo của cả 14 đơn vị', 'ban hành', `${APP}/periods/${REPORT}/summary`],
    ],
    [
      'report returned, with the reason and the sections',
      {
        kind: 'report_returned',
        params: { periodTitle: PERIOD, dueDate: '2022-06-24', reason: 'Bổ sung số liệu tin, bài', sectionTitles: ['1. Tuyên truyền', 'Đề xuất, kiến nghị'] },
        link: { to: 'report', reportId: REPORT, sectionId: SECTION },
      },
      `[Giao Ban] Báo cáo được trả lại để bổ sung: ${PERIOD} (hạn bổ sung 24/06/2022)`,
      ['Lý do: Bổ sung số liệu tin, bài', 'Phần cần bổ sung: 1. Tuyên truyền; Đề xuất, kiến nghị', 'Hạn gửi lại: 24/06/2022', `#section-${SECTION}`],
    ],
    [
      'report returned as a whole',
      { kind: 'report_returned', params: { periodTitle: PERIOD, dueDate: '2022-06-24', reason: 'Sai mẫu', sectionTitles: [] }, link: report },
      `[Giao Ban] Báo cáo được trả lại để bổ sung: ${PERIOD} (hạn bổ sung 24/06/2022)`,
      ['Lý do: Sai mẫu'],
    ],
    [
      'report accepted',
      { kind: 'report_accepted', params: { periodTitle: PERIOD, dueDate: '2022-06-17', version: 2 }, link: report },
      `[Giao Ban] Báo cáo đã được tiếp nhận: ${PERIOD}`,
      ['đã tiếp nhận báo cáo', '(phiên bản 2)'],
    ],
    [
      'report submitted, to the office',
      {
        kind: 'report_submitted',
        params: { periodTitle: PERIOD, dueDate: '2022-06-17', agencyName: 'Sở Ngoại vụ', version: 1, onTime: true },
        link: { to: 'review', reportId: REPORT },
      },
      `[Giao Ban] Sở Ngoại vụ đã gửi báo cáo: ${PERIOD} — chờ tiếp nhận`,
      ['(phiên bản 1, đúng hạn)', 'chờ tiếp nhận', `${APP}/reports/${REPORT}/review`],
    ],
    [
      'report resubmitted late, to the office',
      {
        kind: 'report_resubmitted',
        params: { periodTitle: PERIOD, dueDate: '2022-06-24', agencyName: 'Công an tỉnh', version: 3, onTime: false },
        link: { to: 'review', reportId: REPORT },
      },
      `[Giao Ban] Công an tỉnh đã gửi lại báo cáo: ${PERIOD} — chờ tiếp nhận`,
      ['(phiên bản 3, quá hạn)', 'Hạn gửi lại: 24/06/2022'],
    ],
    [
      'extension granted',
      { kind: 'extension_granted', params: { periodTitle: PERIOD, dueDate: '2022-06-30', originalDueDate: '2022-06-17', reason: 'Chờ số liệu quý II' }, link: report },
      `[Giao Ban] Gia hạn gửi báo cáo đến 30/06/2022: ${PERIOD}`,
      ['Thời hạn mới: 30/06/2022 (thời hạn ban đầu: 17/06/2022)', 'Lý do: Chờ số liệu quý II'],
    ],
  ])('%s', (_, event, subject, inBody) => {
    const email = notificationEmail(event, { appUrl: APP, recipientName: 'Nguyễn Văn An' });
    expect(email.subject).toBe(subject);
    expect(email.text.startsWith('Kính gửi Nguyễn Văn An,\n')).toBe(true);
    expect(email.text).toContain(`Kỳ báo cáo: ${PERIOD}`);
    expect(email.text).toContain(`Xem chi tiết: ${APP}/${event.link.to === 'period' || event.link.to === 'summary' ? 'periods' : 'reports'}/${REPORT}`);
    for (const part of inBody) expect(email.text).toContain(part);
  });

  const ISSUE = 'Số 14/2021';
  const issue: NotificationLink = { to: 'bulletin_issue', issueId: REPORT };
  const item: NotificationLink = { to: 'bulletin_item', itemId: SECTION };
  it.each<[string, NotificationEvent, string, string[]]>([
    [
      'bulletin window opened, to a unit',
      { kind: 'bulletin_window_opened', params: { issueLabel: ISSUE, deadline: '2021-07-26' }, link: issue },
      `[Giao Ban] Bản tin ${ISSUE} nhận tin, bài đến 26/07/2021`,
      ['đề nghị đơn vị gửi tin, bài cho Bản tin thông tin đối ngoại Số 14/2021', 'Hạn gửi tin, bài: 26/07/2021', `${APP}/bulletin/issues/${REPORT}`],
    ],
    [
      'bulletin reminder, three days before',
      { kind: 'bulletin_reminder', params: { issueLabel: ISSUE, deadline: '2021-07-26', daysLeft: 3 }, link: issue },
      `[Giao Ban] Nhắc hạn: còn 3 ngày để gửi tin, bài cho Bản tin ${ISSUE} (hạn 26/07/2021)`,
      ['chưa gửi tin, bài nào', 'Hạn gửi tin, bài: 26/07/2021'],
    ],
    [
      'bulletin reminder, on the day',
      { kind: 'bulletin_reminder', params: { issueLabel: ISSUE, deadline: '2021-07-26', daysLeft: 0 }, link: issue },
      `[Giao Ban] Nhắc hạn: hôm nay (26/07/2021) là hạn gửi tin, bài cho Bản tin ${ISSUE}`,
      ['trước khi hết hạn'],
    ],
    [
      'bulletin item sent, to the office',
      { kind: 'bulletin_item_submitted', params: { issueLabel: ISSUE, deadline: '2021-07-26', agencyName: 'Sở Ngoại vụ', itemTitle: 'Đón đoàn Quảng Tây', resubmitted: false }, link: issue },
      `[Giao Ban] Sở Ngoại vụ đã gửi tin, bài cho Bản tin ${ISSUE} — chờ biên tập`,
      ['Sở Ngoại vụ đã gửi tin, bài "Đón đoàn Quảng Tây" cho Bản tin Số 14/2021.'],
    ],
    [
      'bulletin item sent again after a return',
      { kind: 'bulletin_item_submitted', params: { issueLabel: ISSUE, deadline: '2021-07-26', agencyName: 'Công an tỉnh', itemTitle: 'Tuần tra', resubmitted: true }, link: issue },
      `[Giao Ban] Công an tỉnh đã gửi lại tin, bài cho Bản tin ${ISSUE} — chờ biên tập`,
      ['đã gửi lại tin, bài "Tuần tra"'],
    ],
    [
      'bulletin item returned, with the reason',
      { kind: 'bulletin_item_returned', params: { issueLabel: ISSUE, deadline: '2021-07-26', itemTitle: 'Tuần tra', reason: 'Bổ sung ảnh' }, link: item },
      '[Giao Ban] Tin, bài được trả lại để chỉnh sửa: Tuần tra',
      ['Lý do: Bổ sung ảnh', 'Hạn gửi lại: 26/07/2021', `${APP}/bulletin/items/${SECTION}`],
    ],
    [
      'bulletin item accepted',
      { kind: 'bulletin_item_accepted', params: { issueLabel: ISSUE, itemTitle: 'Tuần tra', section: 'Tin trong tỉnh' }, link: item },
      '[Giao Ban] Tin, bài đã được nhận đăng: Tuần tra',
      ['đã nhận đăng tin, bài "Tuần tra" của đơn vị trong Bản tin Số 14/2021', 'Mục: Tin trong tỉnh'],
    ],
  ])('%s', (_, event, subject, inBody) => {
    const email = notificationEmail(event, { appUrl: APP, recipientName: 'Nguyễn Văn An' });
    expect(email.subject).toBe(subject);
    expect(email.text).toContain(`Bản tin: ${ISSUE}`);
    expect(email.text).not.toContain('Kỳ báo cáo');
    expect(email.text).toContain(`Xem chi tiết: ${APP}${notificationPath(event.link)}`);
    for (const part of inBody) expect(email.text).toContain(part);
  });
});
