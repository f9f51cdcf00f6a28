import { vietnamClock } from '@giao-ban/shared';

/** HH:mm on the Asia/Ho_Chi_Minh clock, whatever the browser's zone ("Đã lưu lúc 14:05"). */
export function formatClockTime(instant: Date | string): string {
  return vietnamClock(instant)?.time.slice(0, 5) ?? '';
}
