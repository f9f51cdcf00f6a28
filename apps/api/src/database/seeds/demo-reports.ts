import type { TaskStatus } from '@giao-ban/shared';

/**
 * The demo period, lived in: what each unit reported for the second half of 2021, written from
 * the meeting report's own account of the committee's work (../shared/seed/). Times are local
 * (+07:00); the due date is 17/12/2021.
 */
export type DemoOutcome =
  | { kind: 'accepted'; submittedAt: string; acceptedAt: string }
  | { kind: 'late'; submittedAt: string }
  | { kind: 'returned'; submittedAt: string; returnedAt: string; returnedGroup: number; reason: string; revisionDueDate: string }
  | { kind: 'missing' };

export interface DemoReport {
  agencyCode: string;
  outcome: DemoOutcome;
  /** Per task group ordinal (1–8): status, narrative, indicator values in the group's order. */
  groups: Record<number, { status: TaskStatus; text: string; values?: number[] }>;
  general: { strengths: string; limitations: string; causes: string; difficulties: string; proposals: string; next_plan: string };
}

const COMMON_GENERAL = {
  causes:
    'Một số cơ quan, đơn vị chưa bố trí cán bộ chuyên trách công tác thông tin đối ngoại; diễn biến phức tạp của dịch COVID-19 làm hạn chế các hoạt động trực tiếp.',
  proposals:
    'Đề nghị Ban Chỉ đạo tiếp tục tổ chức tập huấn, bồi dưỡng kỹ năng, nghiệp vụ thông tin đối ngoại cho đội ngũ cán bộ tham mưu; cung cấp định hướng thông tin kịp thời về các vấn đề nhạy cảm.',
};

export const DEMO_REPORTS: DemoReport[] = [
  {
    agencyCode: 'SNGV',
    outcome: { kind: 'accepted', submittedAt: '2021-12-15T09:20:00+07:00', acceptedAt: '2021-12-18T10:00:00+07:00' },
    groups: {
      1: { status: 'done', text: 'Tham mưu UBND tỉnh triển khai Hướng dẫn công tác thông tin đối ngoại năm 2021; lồng ghép nhiệm vụ thông tin đối ngoại vào kế hoạch công tác đối ngoại của tỉnh.', values: [3] },
      2: { status: 'done', text: 'Phối hợp giới thiệu hình ảnh Quảng Ninh an toàn, thân thiện với các cơ quan đại diện nước ngoài; quảng bá thành tựu phòng, chống dịch COVID-19 và thực hiện mục tiêu kép.', values: [46] },
      3: { status: 'done', text: 'Theo dõi, tổng hợp dư luận quốc tế liên quan đến tỉnh; kịp thời báo cáo các vấn đề phát sinh liên quan đến công tác đối ngoại trên địa bàn.', values: [5] },
      4: { status: 'done', text: 'Hướng dẫn, hỗ trợ phóng viên nước ngoài tác nghiệp theo quy định; cung cấp thông tin chính thống về các sự kiện đối ngoại của tỉnh.', values: [12] },
      5: { status: 'done', text: 'Tham mưu tổ chức các hoạt động ngoại giao nhà nước và đối ngoại nhân dân theo hình thức trực tuyến; tăng cường quan hệ hữu nghị với các tỉnh kết nghĩa của nước láng giềng.', values: [4] },
      6: { status: 'done', text: 'Duy trì trao đổi thông tin với các cơ quan, đơn vị của các nước bạn; gửi tin, bài cho Bản tin công tác thông tin đối ngoại của tỉnh đều đặn mỗi kỳ.', values: [12] },
      7: { status: 'in_progress', text: 'Phối hợp Ban Tuyên giáo Tỉnh ủy xây dựng nội dung lớp tập huấn nghiệp vụ thông tin đối ngoại, dự kiến tổ chức trong quý I/2022.', values: [0, 0] },
      8: { status: 'done', text: 'Vận động cán bộ, công chức tham gia Giải thưởng toàn quốc về thông tin đối ngoại lần thứ VIII.', values: [2] },
    },
    general: {
      strengths: 'Công tác thông tin đối ngoại gắn chặt với hoạt động đối ngoại của tỉnh; thông tin kịp thời, chính xác.',
      limitations: 'Hoạt động đối ngoại trực tiếp bị hạn chế do dịch COVID-19.',
      causes: COMMON_GENERAL.causes,
      difficulties: 'Thiếu kinh phí cho các ấn phẩm quảng bá bằng tiếng nước ngoài.',
      proposals: COMMON_GENERAL.proposals,
      next_plan: 'Tiếp tục ứng dụng ngoại giao số và các hình thức trao đổi trực tuyến; làm tốt công tác lãnh sự và bảo hộ công dân.',
    },
  },
  {
    agencyCode: 'STTTT',
    outcome: { kind: 'accepted', submittedAt: '2021-12-16T15:05:00+07:00', acceptedAt: '2021-12-18T10:20:00+07:00' },
    groups: {
      1: { status: 'done', text: 'Thực hiện công tác quản lý nhà nước về thông tin đối ngoại; hướng dẫn các cơ quan báo chí tuyên truyền các nghị quyết, chỉ thị của Trung ương, của tỉnh.', values: [4] },
      2: { status: 'done', text: 'Chỉ đạo các cơ quan báo chí, hệ thống thông tin cơ sở tuyên truyền hình ảnh Quảng Ninh là điểm đến an toàn, hấp dẫn.', values: [210] },
      3: { status: 'done', text: 'Chủ động phát hiện, xử lý thông tin sai trái, xuyên tạc trên mạng xã hội liên quan đến tình hình trong tỉnh.', values: [38] },
      4: { status: 'done', text: 'Tổ chức giao ban báo chí định kỳ, định hướng thông tin về những vấn đề nhạy cảm, mới, được dư luận quan tâm.', values: [0] },
      5: { status: 'not_applicable', text: '' },
      6: { status: 'done', text: 'Cung cấp tin, bài cho Bản tin công tác thông tin đối ngoại của tỉnh (02 số/tháng).', values: [14] },
      7: { status: 'done', text: 'Phối hợp tổ chức 01 lớp tập huấn kỹ năng thông tin đối ngoại trên môi trường số.', values: [1, 85] },
      8: { status: 'done', text: 'Hướng dẫn các cơ quan báo chí lựa chọn tác phẩm tham dự Giải thưởng.', values: [9] },
    },
    general: {
      strengths: 'Quản lý tốt thông tin trên môi trường mạng; phối hợp chặt chẽ với các cơ quan báo chí.',
      limitations: 'Nội dung thông tin đối ngoại bằng tiếng nước ngoài còn ít.',
      causes: COMMON_GENERAL.causes,
      difficulties: 'Nguồn nhân lực biên dịch còn thiếu.',
      proposals: COMMON_GENERAL.proposals,
      next_plan: 'Tăng cường đấu tranh phản bác thông tin sai trái trên không gian mạng.',
    },
  },
  {
    agencyCode: 'TTTT',
    outcome: { kind: 'accepted', submittedAt: '2021-12-17T14:00:00+07:00', acceptedAt: '2021-12-18T10:40:00+07:00' },
    groups: {
      1: { status: 'done', text: 'Xây dựng chuyên mục tuyên truyền các chỉ thị, nghị quyết về công tác thông tin đối ngoại.', values: [1] },
      2: { status: 'done', text: 'Sản xuất phóng sự, tin, bài quảng bá hình ảnh, văn hóa, con người Quảng Ninh trên các nền tảng số, bằng tiếng Anh và tiếng Trung.', values: [360] },
      3: { status: 'done', text: 'Thực hiện loạt bài đấu tranh, phản bác các luận điệu xuyên tạc về tình hình trong tỉnh.', values: [24] },
      4: { status: 'done', text: 'Phối hợp cung cấp tư liệu cho các cơ quan báo chí Trung ương hợp tác với tỉnh.', values: [3] },
      5: { status: 'done', text: 'Đưa tin đầy đủ các sự kiện đối ngoại Đảng, ngoại giao Nhà nước và đối ngoại nhân dân trên địa bàn tỉnh.', values: [0] },
      6: { status: 'done', text: 'Chia sẻ tin, bài, hình ảnh cho Bản tin công tác thông tin đối ngoại của tỉnh.', values: [20] },
      7: { status: 'in_progress', text: 'Cử phóng viên tham gia các lớp bồi dưỡng nghiệp vụ thông tin đối ngoại.', values: [0, 12] },
      8: { status: 'done', text: 'Gửi tác phẩm báo chí tham dự Giải thưởng toàn quốc về thông tin đối ngoại lần thứ VIII.', values: [6] },
    },
    general: {
      strengths: 'Đa dạng hóa hình thức thể hiện; tăng lượng tin, bài bằng tiếng nước ngoài.',
      limitations: 'Thời lượng phát sóng bằng tiếng nước ngoài chưa nhiều.',
      causes: COMMON_GENERAL.causes,
      difficulties: 'Trang thiết bị sản xuất chương trình đa nền tảng chưa đồng bộ.',
      proposals: COMMON_GENERAL.proposals,
      next_plan: 'Mở rộng chuyên mục quảng bá Quảng Ninh trên mạng xã hội bằng tiếng nước ngoài.',
    },
  },
  {
    agencyCode: 'BXTDT',
    outcome: { kind: 'accepted', submittedAt: '2021-12-14T10:30:00+07:00', acceptedAt: '2021-12-18T11:00:00+07:00' },
    groups: {
      1: { status: 'done', text: 'Lồng ghép thông tin đối ngoại trong các chương trình xúc tiến đầu tư của tỉnh.', values: [1] },
      2: { status: 'done', text: 'Quảng bá môi trường đầu tư, kinh doanh của Quảng Ninh tới nhà đầu tư nước ngoài qua các hội nghị xúc tiến trực tuyến với Nhật Bản, Hàn Quốc.', values: [28] },
      3: { status: 'not_started', text: 'Chưa triển khai trong kỳ.' },
      4: { status: 'not_applicable', text: '' },
      5: { status: 'done', text: 'Phục vụ các đoàn doanh nghiệp nước ngoài làm việc với tỉnh theo hình thức trực tuyến.', values: [6] },
      6: { status: 'done', text: 'Trao đổi thông tin xúc tiến thương mại với các cơ quan, đơn vị của các nước bạn.', values: [8] },
      7: { status: 'not_started', text: 'Chưa tổ chức.', values: [0, 0] },
      8: { status: 'done', text: 'Tuyên truyền, vận động hưởng ứng Giải thưởng.', values: [1] },
    },
    general: {
      strengths: 'Xúc tiến đầu tư gắn với quảng bá hình ảnh tỉnh.',
      limitations: 'Các hoạt động xúc tiến trực tiếp tạm dừng.',
      causes: COMMON_GENERAL.causes,
      difficulties: 'Nhà đầu tư nước ngoài khó nhập cảnh do dịch COVID-19.',
      proposals: COMMON_GENERAL.proposals,
      next_plan: 'Tổ chức xúc tiến đầu tư trực tuyến với Trung Quốc, Nhật Bản, Hàn Quốc.',
    },
  },
  {
    agencyCode: 'LDLD',
    outcome: {
      kind: 'returned',
      submittedAt: '2021-12-17T16:45:00+07:00',
      returnedAt: '2021-12-18T14:00:00+07:00',
      returnedGroup: 7,
      reason: 'Đề nghị bổ sung số lớp tập huấn và số lượt cán bộ công đoàn được tập huấn về thông tin đối ngoại trong 6 tháng cuối năm.',
      revisionDueDate: '2021-12-22',
    },
    groups: {
      1: { status: 'done', text: 'Quán triệt các chỉ thị, nghị quyết về thông tin đối ngoại tới cán bộ công đoàn các cấp.', values: [1] },
      2: { status: 'done', text: 'Tuyên truyền tới người lao động về hình ảnh Quảng Ninh an toàn, thân thiện.', values: [15] },
      3: { status: 'done', text: 'Nắm bắt tư tưởng của người lao động tại các doanh nghiệp có vốn đầu tư nước ngoài.', values: [2] },
      4: { status: 'not_applicable', text: '' },
      5: { status: 'in_progress', text: 'Duy trì quan hệ với tổ chức công đoàn các tỉnh giáp biên của Trung Quốc.', values: [0] },
      6: { status: 'done', text: 'Gửi tin, bài về hoạt động công đoàn cho Bản tin công tác thông tin đối ngoại.', values: [4] },
      7: { status: 'done', text: 'Đã tổ chức tập huấn cho cán bộ công đoàn.', values: [0, 0] },
      8: { status: 'done', text: 'Tuyên truyền về Giải thưởng trong hệ thống công đoàn.', values: [0] },
    },
    general: {
      strengths: 'Tuyên truyền rộng khắp trong đoàn viên, người lao động.',
      limitations: 'Chưa có nhiều sản phẩm thông tin đối ngoại riêng.',
      causes: COMMON_GENERAL.causes,
      difficulties: 'Lao động nước ngoài tại doanh nghiệp biến động do dịch COVID-19.',
      proposals: COMMON_GENERAL.proposals,
      next_plan: 'Tuyên truyền phòng, chống xuất, nhập cảnh, lao động trái phép trong người lao động.',
    },
  },
  {
    agencyCode: 'CAT',
    outcome: { kind: 'late', submittedAt: '2021-12-20T09:15:00+07:00' },
    groups: {
      1: { status: 'done', text: 'Thực hiện nghiêm các chỉ thị, nghị quyết về bảo vệ an ninh biên giới gắn với thông tin đối ngoại.', values: [2] },
      2: { status: 'done', text: 'Tuyên truyền Quảng Ninh là điểm đến an toàn, bảo đảm an ninh, trật tự cho du khách và nhà đầu tư.', values: [40] },
      3: { status: 'done', text: 'Đấu tranh phản bác, ngăn chặn, vô hiệu hóa các quan điểm sai trái, luận điệu xuyên tạc của các thế lực thù địch.', values: [56] },
      4: { status: 'done', text: 'Phối hợp định hướng thông tin về các vụ việc phức tạp liên quan đến người nước ngoài.', values: [0] },
      5: { status: 'done', text: 'Bảo đảm an ninh, an toàn các sự kiện đối ngoại trên địa bàn tỉnh.', values: [5] },
      6: { status: 'done', text: 'Trao đổi thông tin phòng, chống tội phạm qua biên giới với lực lượng chức năng nước bạn.', values: [6] },
      7: { status: 'done', text: 'Tập huấn nghiệp vụ thông tin đối ngoại cho cán bộ làm công tác tuyên truyền trong lực lượng.', values: [1, 60] },
      8: { status: 'in_progress', text: 'Lựa chọn tác phẩm tham dự Giải thưởng.', values: [0] },
    },
    general: {
      strengths: 'Giữ vững an ninh, trật tự biên giới; tuyên truyền phòng, chống xuất, nhập cảnh trái phép hiệu quả.',
      limitations: 'Báo cáo gửi chậm so với thời hạn.',
      causes: 'Lực lượng tập trung cho nhiệm vụ phòng, chống dịch COVID-19 tại khu vực biên giới.',
      difficulties: 'Tình hình xuất, nhập cảnh trái phép diễn biến phức tạp.',
      proposals: COMMON_GENERAL.proposals,
      next_plan: 'Tiếp tục bảo vệ trật tự, an ninh biên giới; phòng chống tội phạm và tệ nạn xã hội qua biên giới.',
    },
  },
  {
    agencyCode: 'BINHLIEU',
    outcome: { kind: 'accepted', submittedAt: '2021-12-16T08:40:00+07:00', acceptedAt: '2021-12-18T11:20:00+07:00' },
    groups: {
      1: { status: 'done', text: 'Ban hành kế hoạch thông tin đối ngoại của huyện năm 2021 theo hướng dẫn của tỉnh.', values: [2] },
      2: { status: 'done', text: 'Quảng bá hình ảnh Bình Liêu, sống lưng khủng long và các điểm du lịch biên giới.', values: [32] },
      3: { status: 'done', text: 'Nắm bắt tình hình tư tưởng nhân dân khu vực biên giới; định hướng dư luận xã hội.', values: [4] },
      4: { status: 'not_applicable', text: '' },
      5: { status: 'done', text: 'Giao lưu hữu nghị với chính quyền huyện giáp biên của nước bạn theo hình thức trực tuyến.', values: [2] },
      6: { status: 'done', text: 'Duy trì trao đổi thông tin với các đơn vị của nước bạn về phòng, chống dịch tại khu vực biên giới.', values: [5] },
      7: { status: 'done', text: 'Tổ chức 01 lớp tập huấn cho cán bộ cơ sở về thông tin đối ngoại.', values: [1, 70] },
      8: { status: 'done', text: 'Tuyên truyền Giải thưởng tới cán bộ, đảng viên.', values: [1] },
    },
    general: {
      strengths: 'Thông tin đối ngoại gắn với bảo vệ chủ quyền, an ninh biên giới.',
      limitations: 'Cán bộ làm công tác thông tin đối ngoại kiêm nhiệm.',
      causes: COMMON_GENERAL.causes,
      difficulties: 'Hạ tầng thông tin ở một số thôn, bản vùng biên còn hạn chế.',
      proposals: COMMON_GENERAL.proposals,
      next_plan: 'Tiếp tục tuyên truyền phòng, chống dịch COVID-19 và xuất, nhập cảnh trái phép.',
    },
  },
  {
    agencyCode: 'BQLKKT',
    outcome: { kind: 'missing' },
    groups: {
      2: { status: 'in_progress', text: 'Đang tổng hợp số liệu quảng bá môi trường đầu tư tại các khu kinh tế.', values: [10] },
    },
    general: { strengths: '', limitations: '', causes: '', difficulties: '', proposals: '', next_plan: '' },
  },
];

export const DEMO_OFFICE_OPENED_AT = '2021-11-20T08:00:00+07:00';

/**
 * The demo's present: the morning its story ends (Công an tỉnh's late report came at 09:15). A demo
 * started from an empty database opens on it, so its deadlines read "3 days late", not years.
 */
export const DEMO_STORY_PRESENT = '2021-12-20T10:00:00+07:00';
