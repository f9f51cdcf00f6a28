import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BulletinItemKind, CurrentUser } from '@giao-ban/shared';
import type { DataSource } from 'typeorm';
import type { Clock } from '../../common/clock/clock.js';
import type { FileStorage } from '../../common/storage/file-storage.js';
import { AuditEventsRepository } from '../../modules/audit/audit-events.repository.js';
import { AuditService } from '../../modules/audit/audit.service.js';
import { BulletinPhotosService } from '../../modules/bulletins/bulletin-photos.service.js';
import { BulletinsRepository } from '../../modules/bulletins/bulletins.repository.js';
import { BulletinsService } from '../../modules/bulletins/bulletins.service.js';
import type { NotificationsService } from '../../modules/notifications/notifications.service.js';
import { DEMO_BULLETIN_PHOTOS } from './demo-bulletin-photos.js';

type Fate =
  | { state: 'draft' }
  | { state: 'submitted' }
  | { state: 'accepted'; section: string; editedTitle?: string }
  | { state: 'returned'; reason: string }
  | { state: 'not_used'; reason: string };

interface DemoItem {
  login: string;
  kind: BulletinItemKind;
  title: string;
  sapo: string;
  body: string;
  eventPlace: string;
  /** The event's date where the seed gives it; otherwise none (the print shows the place alone). */
  eventDate?: string;
  /** The task group of the half-year it serves (the seed's eight, by ordinal). */
  taskGroup: number | null;
  photo?: { key: keyof typeof DEMO_BULLETIN_PHOTOS; caption: string; credit: string };
  sentAt: string;
  fate: Fate;
}

/**
 * The two issues of July 2021, written from the seed's account of the units' work in the first
 * half of 2021 and of the review meeting of 14/7/2021 (no figures or names beyond it). Số 13/2021
 * is published with photos; Số 14/2021 is still being edited, with an item in each state.
 */
const ISSUE_13: DemoItem[] = [
  {
    login: 'songoaivu',
    kind: 'news',
    title: 'Duy trì trao đổi thông tin với các địa phương nước láng giềng trong bối cảnh dịch COVID-19',
    sapo: 'Sở Ngoại vụ tham mưu duy trì, củng cố mối quan hệ hữu nghị truyền thống của tỉnh với các tỉnh kết nghĩa của nước láng giềng bằng các hình thức trao đổi trực tuyến.',
    body:
      'Trong điều kiện dịch COVID-19 còn diễn biến phức tạp, các hoạt động đối ngoại trực tiếp bị hạn chế. Sở Ngoại vụ đã chủ động tham mưu ứng dụng các hình thức tương tác mới, ngoại giao số và trao đổi trực tuyến để giữ mối liên hệ thường xuyên với các địa phương của nước bạn.\n' +
      'Qua đó, thông tin về công tác phòng, chống dịch và bảo vệ trật tự, an ninh biên giới được trao đổi kịp thời, góp phần quảng bá hình ảnh Quảng Ninh an toàn, có khả năng thích ứng và xử lý hiệu quả các thách thức.',
    eventPlace: 'Hạ Long',
    taskGroup: 6,
    photo: { key: 'huuNghi', caption: 'Trao đổi thông tin trực tuyến với các địa phương nước bạn (ảnh minh họa)', credit: 'Sở Ngoại vụ' },
    sentAt: '2021-07-05T09:10:00+07:00',
    fate: { state: 'accepted', section: 'Hợp tác quốc tế' },
  },
  {
    login: 'congan',
    kind: 'news',
    title: 'Tăng cường tuyên truyền phòng, chống xuất, nhập cảnh trái phép qua biên giới',
    sapo: 'Công an tỉnh đẩy mạnh tuyên truyền để người dân khu vực biên giới không xuất, nhập cảnh trái phép, thực hiện khai báo y tế và cách ly khi nhập cảnh.',
    body:
      'Cùng với nhiệm vụ bảo vệ trật tự, an ninh biên giới, Công an tỉnh phối hợp với các địa phương tuyên truyền về tác hại của việc xuất, nhập cảnh, lao động trái phép, bất hợp pháp trong thời kỳ dịch bệnh.\n' +
      'Công tác phòng, chống tội phạm và tệ nạn xã hội qua biên giới được duy trì thường xuyên, góp phần giữ vững an ninh, trật tự trên địa bàn.',
    eventPlace: 'Khu vực biên giới tỉnh Quảng Ninh',
    taskGroup: 1,
    photo: { key: 'bienGioi', caption: 'Tuyên truyền tại khu vực biên giới (ảnh minh họa)', credit: 'Công an tỉnh' },
    sentAt: '2021-07-06T14:20:00+07:00',
    fate: { state: 'accepted', section: 'Tin trong tỉnh' },
  },
  {
    login: 'sotttt',
    kind: 'article',
    title: 'Tuyên truyền sự kiện Việt Nam đảm nhiệm vai trò Chủ tịch luân phiên Hội đồng Bảo an Liên hợp quốc',
    sapo: 'Sở Thông tin và Truyền thông định hướng các cơ quan báo chí của tỉnh tuyên truyền sự kiện Việt Nam lần thứ hai đảm nhiệm vai trò Chủ tịch luân phiên Hội đồng Bảo an Liên hợp quốc nhiệm kỳ 2020-2021.',
    body:
      'Các cơ quan báo chí, hệ thống thông tin cơ sở được định hướng thông tin về vị thế, vai trò của Việt Nam tại Liên hợp quốc, kết hợp chặt chẽ thông tin đối nội và thông tin đối ngoại.\n' +
      'Cùng với đó, công tác tuyên truyền chủ trương, đường lối của Đảng và Nhà nước về các vấn đề liên quan đến Trường Sa - Hoàng Sa, Biển Đông tiếp tục được chú trọng.',
    eventPlace: 'Quảng Ninh',
    taskGroup: 4,
    sentAt: '2021-07-07T10:00:00+07:00',
    fate: { state: 'accepted', section: 'Tin trong tỉnh', editedTitle: 'Tuyên truyền vai trò Chủ tịch luân phiên Hội đồng Bảo an Liên hợp quốc của Việt Nam' },
  },
  {
    login: 'xuctiendautu',
    kind: 'news',
    title: 'Quảng bá hình ảnh Quảng Ninh là điểm đến an toàn, thân thiện với nhà đầu tư nước ngoài',
    sapo: 'Ban Xúc tiến và Hỗ trợ đầu tư tỉnh tăng cường thông tin, quảng bá hình ảnh Quảng Ninh an toàn, giàu tiềm năng tới nhà đầu tư, đặc biệt từ Trung Quốc, Nhật Bản, Hàn Quốc.',
    body:
      'Trong bối cảnh hạn chế đi lại, các hoạt động xúc tiến thương mại, thu hút đầu tư được chuyển sang hình thức trực tuyến. Thông tin về môi trường đầu tư và thành tựu thực hiện mục tiêu kép của tỉnh được cập nhật đến các đối tác.\n' +
      'Hình ảnh Quảng Ninh an toàn, thân thiện, hấp dẫn được giới thiệu nhất quán trên các kênh thông tin của tỉnh.',
    eventPlace: 'Hạ Long',
    taskGroup: 2,
    photo: { key: 'diemDen', caption: 'Quảng Ninh - điểm đến an toàn, thân thiện, hấp dẫn (ảnh minh họa)', credit: 'Ban Xúc tiến và Hỗ trợ đầu tư tỉnh' },
    sentAt: '2021-07-08T16:45:00+07:00',
    fate: { state: 'accepted', section: 'Quảng bá hình ảnh' },
  },
  {
    login: 'khukinhte',
    kind: 'news',
    title: 'Thông tin về môi trường đầu tư tại các khu kinh tế',
    sapo: 'Ban Quản lý Khu kinh tế tỉnh cập nhật thông tin về môi trường đầu tư tới các đối tác nước ngoài.',
    body: 'Các thông tin về môi trường đầu tư được cập nhật thường xuyên trên các kênh thông tin của Ban.',
    eventPlace: 'Quảng Ninh',
    taskGroup: 2,
    sentAt: '2021-07-09T08:30:00+07:00',
    fate: { state: 'not_used', reason: 'Nội dung đã có trong tin của Ban Xúc tiến và Hỗ trợ đầu tư tỉnh cùng số.' },
  },
];

const ISSUE_14: DemoItem[] = [
  {
    login: 'truyenthong',
    kind: 'article',
    title: 'Giao ban công tác thông tin đối ngoại 6 tháng đầu năm 2021',
    sapo: 'Sáng 14/7, Ban Chỉ đạo Công tác thông tin đối ngoại tỉnh tổ chức Hội nghị giao ban 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2021. Đồng chí Vi Ngọc Bích, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Tuyên giáo Tỉnh ủy, Trưởng ban Chỉ đạo chủ trì hội nghị.',
    body:
      '6 tháng đầu năm, công tác thông tin đối ngoại của tỉnh được đổi mới hình thức, nội dung và ngày càng đi vào chiều sâu, góp phần nâng cao hiệu quả quảng bá hình ảnh, văn hóa, con người Quảng Ninh.\n' +
      'Các thành viên Ban Chỉ đạo thống nhất tám nhóm nhiệm vụ trọng tâm 6 tháng cuối năm, trong đó có tăng cường thông tin, quảng bá hình ảnh Quảng Ninh là điểm đến an toàn, thân thiện, hấp dẫn; tổ chức tập huấn cho đội ngũ cán bộ tham mưu; tích cực hưởng ứng Giải thưởng toàn quốc về thông tin đối ngoại lần thứ VIII.\n' +
      'Kết luận hội nghị, Trưởng ban Chỉ đạo đề nghị các sở, ngành, đơn vị thành viên duy trì, tăng cường cung cấp thông tin về Ban Chỉ đạo để làm phong phú thêm nội dung Bản tin công tác thông tin đối ngoại của tỉnh (02 số/tháng) và thực hiện tốt chế độ thông tin báo cáo.',
    eventPlace: 'Hạ Long',
    eventDate: '2021-07-14',
    taskGroup: 1,
    sentAt: '2021-07-19T10:15:00+07:00',
    fate: { state: 'accepted', section: 'Tin trong tỉnh', editedTitle: 'Hội nghị giao ban công tác thông tin đối ngoại 6 tháng đầu năm 2021' },
  },
  {
    login: 'binhlieu',
    kind: 'news',
    title: 'Bình Liêu tuyên truyền khai báo y tế, cách ly khi nhập cảnh cho người dân khu vực biên giới',
    sapo: 'Huyện Bình Liêu tiếp tục tuyên truyền để người dân khu vực biên giới thực hiện khai báo y tế, cách ly khi nhập cảnh, không xuất, nhập cảnh trái phép.',
    body: 'Công tác tuyên truyền được thực hiện qua hệ thống thông tin cơ sở, kết hợp với bảo vệ trật tự, an ninh biên giới trên địa bàn huyện.',
    eventPlace: 'Bình Liêu',
    taskGroup: 1,
    sentAt: '2021-07-22T15:00:00+07:00',
    fate: { state: 'submitted' },
  },
  {
    login: 'laodong',
    kind: 'news',
    title: 'Tuyên truyền công nhân lao động không xuất cảnh, lao động trái phép',
    sapo: 'Liên đoàn Lao động tỉnh tuyên truyền đến công nhân lao động về tác hại của việc xuất cảnh, lao động trái phép trong thời kỳ dịch COVID-19.',
    body: 'Nội dung tuyên truyền được lồng ghép trong các hoạt động của tổ chức công đoàn cơ sở.',
    eventPlace: 'Quảng Ninh',
    taskGroup: 1,
    sentAt: '2021-07-21T09:40:00+07:00',
    fate: { state: 'returned', reason: 'Đề nghị bổ sung thời gian, địa điểm cụ thể của hoạt động và ảnh minh họa.' },
  },
  {
    login: 'khukinhte',
    kind: 'news',
    title: 'Ban Quản lý Khu kinh tế tỉnh tiếp tục thông tin về thu hút đầu tư',
    sapo: 'Ban Quản lý Khu kinh tế tỉnh tiếp tục cung cấp thông tin về thu hút đầu tư vào các khu kinh tế.',
    body: 'Thông tin được cập nhật trên các kênh của Ban.',
    eventPlace: 'Quảng Ninh',
    taskGroup: 2,
    sentAt: '2021-07-23T11:20:00+07:00',
    fate: { state: 'not_used', reason: 'Chưa có thông tin mới so với Số 13/2021.' },
  },
  {
    login: 'sotttt',
    kind: 'news',
    title: 'Hưởng ứng Giải thưởng toàn quốc về thông tin đối ngoại lần thứ VIII',
    sapo: '',
    body: 'Sở Thông tin và Truyền thông hướng dẫn các cơ quan báo chí của tỉnh tham gia Giải thưởng.',
    eventPlace: '',
    taskGroup: 8,
    sentAt: '2021-07-24T08:00:00+07:00',
    fate: { state: 'draft' },
  },
];

/** The clock the demo story moves. */
interface SettableClock extends Clock {
  set(instant: string): void;
}

/**
 * Plans 2021's issues and lives through July's with the application's own services on the demo
 * clock, so states, photos, audit entries and the frozen copy are what the app itself makes.
 * Skipped once 2021 has issues (loading twice changes nothing).
 */
export async function loadDemoBulletins(
  dataSource: DataSource,
  storage: FileStorage,
  clock: SettableClock,
  actor: (login: string) => CurrentUser,
  notifications: NotificationsService,
): Promise<void> {
  const repository = new BulletinsRepository();
  if ((await repository.countIssuesOfYear(dataSource.manager, 2021)) > 0) return;
  const audit = new AuditService(clock, new AuditEventsRepository());
  const bulletins = new BulletinsService(dataSource, repository, audit, notifications.withClock(clock), clock);
  const photos = new BulletinPhotosService(dataSource, bulletins, repository, audit, storage, clock);
  const office = actor('vanphong');
  const taskGroups: { id: string; ordinal: number }[] = await dataSource.query(
    `SELECT g.id, g.ordinal FROM task_groups g JOIN reporting_periods p ON p.id = g.period_id WHERE p.kind = 'half_year' AND p.year = 2021 AND p.sequence = 2`,
  );
  const incoming = await mkdtemp(path.join(tmpdir(), 'giaoban-demo-photos-'));

  clock.set('2021-06-21T09:00:00+07:00');
  const planned = await bulletins.plan(office, { year: 2021, firstNumber: 1, deadlineDays: [10, 25], windowDays: 10 });
  const editorial = { editorialBoard: 'Phòng Thông tin - Tổng hợp, Ban Tuyên giáo Tỉnh ủy' };

  const live = async (number: number, items: DemoItem[], decidedAt: string) => {
    const issue = planned.find((i) => i.number === number)!;
    const sent: { id: string; demo: DemoItem }[] = [];
    for (const demo of items) {
      clock.set(demo.sentAt);
      const unit = actor(demo.login);
      const created = await bulletins.createItem(unit, issue.id, { kind: demo.kind, title: demo.title });
      const taskGroupId = taskGroups.find((g) => g.ordinal === demo.taskGroup)?.id ?? null;
      await bulletins.saveItem(unit, created.id, {
        kind: demo.kind,
        title: demo.title,
        sapo: demo.sapo,
        body: demo.body,
        eventDate: demo.eventDate ?? null,
        eventPlace: demo.eventPlace,
        taskGroupId,
        links: [],
        expectedRevision: created.revision,
      });
      if (demo.photo) {
        const { fileName, base64 } = DEMO_BULLETIN_PHOTOS[demo.photo.key];
        const bytes = Buffer.from(base64, 'base64');
        const file = path.join(incoming, `${created.id}-${fileName}`);
        await writeFile(file, bytes);
        await photos.upload(unit, created.id, { originalname: fileName, size: bytes.length, path: file }, { caption: demo.photo.caption, credit: demo.photo.credit });
      }
      if (demo.fate.state !== 'draft') await bulletins.submit(unit, created.id);
      sent.push({ id: created.id, demo });
    }
    clock.set(decidedAt);
    for (const { id, demo } of sent) {
      const fate = demo.fate;
      if (fate.state === 'accepted') await bulletins.accept(office, id, { section: fate.section, ...(fate.editedTitle ? { title: fate.editedTitle } : {}) });
      else if (fate.state === 'returned') await bulletins.returnItem(office, id, { reason: fate.reason });
      else if (fate.state === 'not_used') await bulletins.setAside(office, id, { reason: fate.reason });
    }
    return issue.id;
  };

  const first = await live(13, ISSUE_13, '2021-07-13T09:30:00+07:00');
  await bulletins.updateIssue(office, first, { editorial: { ...editorial, releaseDate: '2021-07-15' } });
  // Printed in two columns, the sections in the issue's order and each item where it was accepted.
  const laidOut = await bulletins.issueDetail(office, first);
  await bulletins.setLayout(office, first, {
    sections: laidOut.sections.map((title) => ({
      title,
      itemIds: laidOut.items.filter((i) => i.state === 'accepted' && i.section === title).sort((a, b) => a.position! - b.position!).map((i) => i.id),
    })),
    twoColumns: true,
  });
  clock.set('2021-07-15T08:00:00+07:00');
  await bulletins.publish(office, first);

  const second = await live(14, ISSUE_14, '2021-07-27T10:00:00+07:00');
  await bulletins.updateIssue(office, second, { editorial });
}
