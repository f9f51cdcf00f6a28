/**
 * The demo clock's picker works in Vietnam's wall-clock time whatever the browser's zone is:
 * Asia/Ho_Chi_Minh is UTC+7 all year (no summer time), so the instant sent carries +07:00.
 */
const VIETNAM_OFFSET = '+07:00';
const VIETNAM_OFFSET_MS = 7 * 60 * 60_000;

/** An instant as Vietnam's wall clock reads it: `YYYY-MM-DDTHH:mm`. */
export function toVietnamWallClock(iso: string): string {
  return new Date(Date.parse(iso) + VIETNAM_OFFSET_MS).toISOString().slice(0, 16);
}

/** Vietnam's wall-clock time `YYYY-MM-DDTHH:mm` as the instant the API takes. */
export function fromVietnamWallClock(wallClock: string): string {
  return `${wallClock}:00${VIETNAM_OFFSET}`;
}

/** How far the demo clock is from the real time, in whole days, hours and minutes; ahead or behind. */
export function offsetParts(offsetMinutes: number): { ahead: boolean; days: number; hours: number; minutes: number } {
  const total = Math.abs(Math.round(offsetMinutes));
  return { ahead: offsetMinutes > 0, days: Math.floor(total / 1440), hours: Math.floor((total % 1440) / 60), minutes: total % 60 };
}
