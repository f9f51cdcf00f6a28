import { formatInstantVi, vietnamClock } from '@giao-ban/shared';

/** HH:mm on the Asia/Ho_Chi_Minh clock, whatever the browser's zone ("Đã lưu lúc 14:05"). */
export function formatClockTime(instant: Date | string): string {
  return vietnamClock(instant)?.time.slice(0, 5) ?? '';
}

/** dd/MM/yyyy HH:mm on the Asia/Ho_Chi_Minh clock, in both languages ("17/12/2021 16:45"). */
export function formatDateTimeVi(instant: Date | string): string {
  return formatInstantVi(instant);
}
