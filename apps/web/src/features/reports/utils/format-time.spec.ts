import { formatClockTime } from './format-time';

describe(formatClockTime.name, () => {
  it('reads the Asia/Ho_Chi_Minh clock (UTC+7), on 24 hours', () => {
    expect(formatClockTime(new Date('2021-12-20T02:15:00Z'))).toBe('09:15');
    expect(formatClockTime('2021-12-20T17:05:00Z')).toBe('00:05');
    expect(formatClockTime('2021-12-20T16:59:00Z')).toBe('23:59');
  });

  it('gives nothing for a non-date', () => {
    expect(formatClockTime('không phải ngày')).toBe('');
  });
});
