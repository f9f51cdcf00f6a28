import { notificationPath, type NotificationEvent, type NotificationLink } from '@giao-ban/shared';
import i18next from 'i18next';
import { paths } from '@/config/paths';
import { translation } from '@/lib/i18n';
import { notificationText } from './notification-text';

const PERIOD = 'Báo cáo quý II năm 2022';
const link: NotificationLink = { to: 'report', reportId: 'r-1' };

describe('notificationText', () => {
  const t = i18next.createInstance();
  beforeAll(async () => {
    const resources = { vi: { translation: await translation('vi') }, en: { translation: await translation('en') } };
    await t.init({ lng: 'vi', resources, interpolation: { escapeValue: false } });
  });

  it.each<[NotificationEvent, string, string, string, string]>([
    [{ kind: 'period_opened', params: { periodTitle: PERIOD, dueDate: '2022-07-15' }, link }, 'Kỳ báo cáo đã mở', `${PERIOD} — hạn gửi 15/07/2022`, 'Reporting period opened', `${PERIOD} — due 15/07/2022`],
    [{ kind: 'reminder', params: { periodTitle: PERIOD, dueDate: '2022-07-15', daysLeft: 3 }, link }, 'Nhắc hạn: còn 3 ngày để gửi báo cáo', `${PERIOD} — hạn gửi 15/07/2022`, 'Reminder: 3 days left to submit', `${PERIOD} — due 15/07/2022`],
    [{ kind: 'reminder', params: { periodTitle: PERIOD, dueDate: '2022-07-15', daysLeft: 0 }, link }, 'Nhắc hạn: hôm nay là hạn gửi báo cáo', `${PERIOD} — hạn gửi 15/07/2022`, 'Reminder: the report is due today', `${PERIOD} — due 15/07/2022`],
    [{ kind: 'reminder', params: { periodTitle: PERIOD, dueDate: '2022-07-15', daysLeft: -4 }, link }, 'Đôn đốc: báo cáo quá hạn từ 15/07/2022', `${PERIOD} — hạn gửi 15/07/2022`, 'Chase: the report is overdue since 15/07/2022', `${PERIOD} — due 15/07/2022`],
    [
      { kind: 'reminder', params: { periodTitle: PERIOD, dueDate: '2022-07-15', daysLeft: -4, message: 'Đề nghị gửi trước thứ Sáu.' }, link },
      'Cơ quan thường trực đôn đốc gửi báo cáo',
      `${PERIOD} — Đề nghị gửi trước thứ Sáu.`,
      'The standing office asks for your report',
      `${PERIOD} — Đề nghị gửi trước thứ Sáu.`,
    ],
    [
      { kind: 'overdue_digest', params: { periodTitle: PERIOD, dueDate: '2022-07-15', agencyNames: ['Công an tỉnh', 'Huyện Bình Liêu'] }, link: { to: 'period', periodId: 'p-1' } },
      '2 đơn vị quá hạn đã được nhắc',
      `${PERIOD} — Công an tỉnh, Huyện Bình Liêu`,
      '2 overdue units were reminded',
      `${PERIOD} — Công an tỉnh, Huyện Bình Liêu`,
    ],
    [
      { kind: 'summary_ready', params: { periodTitle: PERIOD, dueDate: '2022-07-15', acceptedCount: 14 }, link: { to: 'summary', periodId: 'p-1' } },
      'Đã tiếp nhận đủ báo cáo: sẵn sàng ban hành báo cáo tổng hợp',
      `${PERIOD} — đã tiếp nhận báo cáo của cả 14 đơn vị`,
      'Every report accepted: the summary is ready to finalize',
      `${PERIOD} — reports of all 14 units accepted`,
    ],
    [
      { kind: 'report_returned', params: { periodTitle: PERIOD, dueDate: '2022-07-22', reason: 'Thiếu số liệu', sectionTitles: [] }, link },
      'Báo cáo được trả lại để bổ sung',
      `${PERIOD} — Thiếu số liệu (hạn gửi lại 22/07/2022)`,
      'Report returned for revision',
      `${PERIOD} — Thiếu số liệu (resubmit by 22/07/2022)`,
    ],
    [{ kind: 'report_accepted', params: { periodTitle: PERIOD, dueDate: '2022-07-15', version: 2 }, link }, 'Báo cáo đã được tiếp nhận', `${PERIOD} (phiên bản 2)`, 'Report accepted', `${PERIOD} (version 2)`],
    [
      { kind: 'report_submitted', params: { periodTitle: PERIOD, dueDate: '2022-07-15', agencyName: 'Sở Ngoại vụ', version: 1, onTime: true }, link: { to: 'review', reportId: 'r-1' } },
      'Sở Ngoại vụ đã gửi báo cáo',
      `${PERIOD} — phiên bản 1, đúng hạn; chờ tiếp nhận`,
      'Sở Ngoại vụ submitted its report',
      `${PERIOD} — version 1, on time; awaiting acceptance`,
    ],
    [
      { kind: 'report_resubmitted', params: { periodTitle: PERIOD, dueDate: '2022-07-22', agencyName: 'Công an tỉnh', version: 3, onTime: false }, link: { to: 'review', reportId: 'r-1' } },
      'Công an tỉnh đã gửi lại báo cáo',
      `${PERIOD} — phiên bản 3, quá hạn; chờ tiếp nhận`,
      'Công an tỉnh resubmitted its report',
      `${PERIOD} — version 3, late; awaiting acceptance`,
    ],
    [
      { kind: 'extension_granted', params: { periodTitle: PERIOD, dueDate: '2022-07-29', originalDueDate: '2022-07-15', reason: 'Chờ số liệu' }, link },
      'Được gia hạn gửi báo cáo đến 29/07/2022',
      `${PERIOD} — Chờ số liệu`,
      'Extension granted until 29/07/2022',
      `${PERIOD} — Chờ số liệu`,
    ],
    [
      { kind: 'bulletin_window_opened', params: { issueLabel: 'Số 14/2021', deadline: '2021-07-26' }, link: { to: 'bulletin_issue', issueId: 'b-14' } },
      'Bản tin Số 14/2021 đang nhận tin, bài',
      'Bản tin Số 14/2021 — hạn gửi tin, bài 26/07/2021',
      'Bulletin Số 14/2021 is taking items',
      'Bulletin Số 14/2021 — items due 26/07/2021',
    ],
    [
      { kind: 'bulletin_reminder', params: { issueLabel: 'Số 14/2021', deadline: '2021-07-26', daysLeft: 3 }, link: { to: 'bulletin_issue', issueId: 'b-14' } },
      'Nhắc hạn: còn 3 ngày để gửi tin, bài cho Bản tin',
      'Bản tin Số 14/2021 — hạn gửi tin, bài 26/07/2021',
      'Reminder: 3 days left to send items to the bulletin',
      'Bulletin Số 14/2021 — items due 26/07/2021',
    ],
    [
      { kind: 'bulletin_reminder', params: { issueLabel: 'Số 14/2021', deadline: '2021-07-26', daysLeft: 0 }, link: { to: 'bulletin_issue', issueId: 'b-14' } },
      'Nhắc hạn: hôm nay là hạn gửi tin, bài cho Bản tin',
      'Bản tin Số 14/2021 — hạn gửi tin, bài 26/07/2021',
      'Reminder: items for the bulletin are due today',
      'Bulletin Số 14/2021 — items due 26/07/2021',
    ],
    [
      {
        kind: 'bulletin_item_submitted',
        params: { issueLabel: 'Số 14/2021', deadline: '2021-07-26', agencyName: 'Sở Ngoại vụ', itemTitle: 'Đón đoàn Quảng Tây', resubmitted: false },
        link: { to: 'bulletin_issue', issueId: 'b-14' },
      },
      'Sở Ngoại vụ đã gửi tin, bài cho Bản tin',
      'Số 14/2021 — Đón đoàn Quảng Tây; chờ biên tập',
      'Sở Ngoại vụ sent an item to the bulletin',
      'Số 14/2021 — Đón đoàn Quảng Tây; awaiting editing',
    ],
    [
      {
        kind: 'bulletin_item_submitted',
        params: { issueLabel: 'Số 14/2021', deadline: '2021-07-26', agencyName: 'Công an tỉnh', itemTitle: 'Tuần tra', resubmitted: true },
        link: { to: 'bulletin_issue', issueId: 'b-14' },
      },
      'Công an tỉnh đã gửi lại tin, bài cho Bản tin',
      'Số 14/2021 — Tuần tra; chờ biên tập',
      'Công an tỉnh sent an item to the bulletin again',
      'Số 14/2021 — Tuần tra; awaiting editing',
    ],
    [
      { kind: 'bulletin_item_returned', params: { issueLabel: 'Số 14/2021', deadline: '2021-07-26', itemTitle: 'Tuần tra', reason: 'Bổ sung ảnh' }, link: { to: 'bulletin_item', itemId: 'i-1' } },
      'Tin, bài được trả lại để chỉnh sửa',
      'Tuần tra — Bổ sung ảnh (hạn gửi lại 26/07/2021)',
      'Bulletin item returned for editing',
      'Tuần tra — Bổ sung ảnh (send again by 26/07/2021)',
    ],
    [
      { kind: 'bulletin_item_accepted', params: { issueLabel: 'Số 14/2021', itemTitle: 'Tuần tra', section: 'Tin trong tỉnh' }, link: { to: 'bulletin_item', itemId: 'i-1' } },
      'Tin, bài đã được nhận đăng',
      'Tuần tra — đăng trong Bản tin Số 14/2021, mục Tin trong tỉnh',
      'Bulletin item accepted',
      'Tuần tra — in bulletin Số 14/2021, section Tin trong tỉnh',
    ],
  ])('%j', async (event, viTitle, viDescription, enTitle, enDescription) => {
    await t.changeLanguage('vi');
    expect(notificationText(event, t.t)).toEqual({ title: viTitle, description: viDescription });
    await t.changeLanguage('en');
    expect(notificationText(event, t.t)).toEqual({ title: enTitle, description: enDescription });
  });
});

describe('notificationPath (libs/shared) and the route registry agree', () => {
  it.each<[NotificationLink, string]>([
    [{ to: 'report', reportId: 'r-1' }, paths.app.report.getHref('r-1')],
    [{ to: 'report', reportId: 'r-1', sectionId: 's-2' }, `${paths.app.report.getHref('r-1')}#section-s-2`],
    [{ to: 'review', reportId: 'r-1' }, paths.app.reportReview.getHref('r-1')],
    [{ to: 'summary', periodId: 'p-1' }, paths.app.periodSummary.getHref('p-1')],
    [{ to: 'period', periodId: 'p-1' }, paths.app.period.getHref('p-1')],
    [{ to: 'bulletin_issue', issueId: 'b-1' }, paths.app.bulletinIssue.getHref('b-1')],
    [{ to: 'bulletin_item', itemId: 'i-1' }, paths.app.bulletinItem.getHref('i-1')],
  ])('%j → %s', (target, href) => {
    expect(notificationPath(target)).toBe(href);
  });
});
