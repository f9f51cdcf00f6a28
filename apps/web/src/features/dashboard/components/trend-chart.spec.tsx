import type { TrendPoint } from '@giao-ban/shared';
import { render, screen } from '@testing-library/react';
import { TrendChart } from './trend-chart';

const point = (periodId: string, title: string, rate: number): TrendPoint => ({
  periodId,
  title,
  dueDate: '2021-12-20',
  reportingRate: rate,
  onTimeRate: rate / 2,
  completionRate: 0.5,
});

describe('TrendChart', () => {
  it('says in one line what a single period shows, with no chart', () => {
    const { container } = render(<TrendChart trend={[point('p1', 'Báo cáo 6 tháng cuối năm 2021', 0.8)]} />);

    expect(container.querySelector('svg')).toBeNull();
    expect(container.querySelectorAll('p')).toHaveLength(1);
    expect(container.textContent).toMatch(/^Mới có một kỳ \(Báo cáo 6 tháng cuối năm 2021: đã gửi 80\s?%, đúng hạn 40\s?%/);
  });

  it('draws the trend once there are two periods', () => {
    render(<TrendChart trend={[point('p1', 'Kỳ 1', 0.6), point('p2', 'Kỳ 2', 0.8)]} />);

    expect(screen.getByRole('img', { name: /^Biểu đồ xu hướng qua 2 kỳ báo cáo/ })).toBeInTheDocument();
  });
});
