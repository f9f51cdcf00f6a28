import { APP_TIME_HEADER, toLocalDate, type LocalDate } from '@giao-ban/shared';

/**
 * The app's time as the API last said it (every answer carries it): "today" for date pickers,
 * defaults and the year shown is the server's, whatever day the computer in front of the user is
 * set to, and follows the demo clock when the administrator moves it.
 */
let offsetMs = 0;

export function noteAppTime(headers: Pick<Headers, 'get'> | undefined, receivedAt = Date.now()): void {
  const said = Date.parse(headers?.get(APP_TIME_HEADER) ?? '');
  if (Number.isFinite(said)) offsetMs = said - receivedAt;
}

export function appNow(): Date {
  return new Date(Date.now() + offsetMs);
}

/** The app's today in Vietnam's calendar: the day date pickers and defaults start from. */
export function appToday(): LocalDate {
  return toLocalDate(appNow());
}
