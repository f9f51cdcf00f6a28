import { formatDateTime } from '@/lib/format';
import { formatClockTime, formatCount, formatPercent } from './format';

describe('dashboard formatting', () => {
  it('writes rates as Vietnamese percentages with at most one decimal', () => {
    expect(formatPercent(0.875, 'vi')).toBe('87,5 %');
    expect(formatPercent(0.75, 'vi')).toBe('75 %');
    expect(formatPercent(0.7666666, 'vi')).toBe('76,7 %');
    expect(formatPercent(1, 'vi')).toBe('100 %');
    expect(formatPercent(0.875, 'en')).toBe('87.5 %');
    expect(formatPercent(null, 'vi')).toBe('—');
  });

  it('groups thousands the Vietnamese way', () => {
    expect(formatCount(1808, 'vi')).toBe('1.808');
    expect(formatCount(1808, 'en')).toBe('1,808');
  });

  it('reads instants on the Asia/Ho_Chi_Minh clock', () => {
    expect(formatClockTime('2021-12-20T02:03:04.000Z')).toBe('09:03:04');
    expect(formatClockTime('2021-12-20T20:00:00.000Z')).toBe('03:00:00');
    expect(formatDateTime('2021-12-20T20:00:00.000Z')).toBe('03:00 21/12/2021');
    expect(formatDateTime(null)).toBe('');
  });
});
