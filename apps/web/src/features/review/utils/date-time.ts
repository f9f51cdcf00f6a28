const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/**
 * An instant from the API on the Asia/Ho_Chi_Minh clock, written dd/MM/yyyy HH:mm in both
 * languages (Intl's vi-VN puts the time first). UTC+7 has no daylight saving: a fixed offset is exact.
 */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  const local = new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString();
  const [date, time] = [local.slice(0, 10), local.slice(11, 16)];
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year} ${time}`;
}
