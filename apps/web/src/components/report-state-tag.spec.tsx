import type { ReportState } from '@giao-ban/shared';
import { render, screen } from '@testing-library/react';
import { ReportStateTag } from './report-state-tag';

describe('ReportStateTag', () => {
  it.each<[ReportState, string, string]>([
    ['not_started', 'Chưa thực hiện', 'ant-tag-default'],
    ['draft', 'Đang soạn', 'ant-tag-default'],
    ['awaiting_approval', 'Chờ lãnh đạo duyệt', 'ant-tag-gold'],
    ['submitted', 'Đã gửi', 'ant-tag-blue'],
    ['returned', 'Yêu cầu bổ sung', 'ant-tag-orange'],
    ['accepted', 'Đã tiếp nhận', 'ant-tag-green'],
  ])('shows %s as "%s" in %s, on every screen', (state, label, colourClass) => {
    render(<ReportStateTag state={state} />);
    expect(screen.getByText(label)).toHaveClass(colourClass);
  });
});
